package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.attendance.AttendanceRecords.CheckInRequest;
import vn.dangbo.emulation.attendance.AttendanceRecords.CheckInResponse;
import vn.dangbo.emulation.attendance.AttendanceRepository.Scan;
import vn.dangbo.emulation.attendance.EventDesk.Event;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/**
 * Check-in at the door. Scans of one person take turns on their row (the first checks in, the others are told
 * when); the event's row is held shared, so closing waits for the scans under way and no scan lands after it. A
 * scanner's nonce is recorded once per event: its retries get the first answer.
 */
@ApplicationScoped
public class CheckIns {

    private final EventDesk desk;
    private final AttendanceRepository repository;
    private final ChangeRecorder changes;

    public CheckIns(EventDesk desk, AttendanceRepository repository, ChangeRecorder changes) {
        this.desk = desk;
        this.repository = repository;
        this.changes = changes;
    }

    /**
     * @throws ProblemException 400 without a token or an invitee, 404 for a token or invitee not of this event, 410
     *                          for a withdrawn invitee, 422 for a scan time in the future or before the event's day,
     *                          409 once the attendance is closed or for a nonce used for another person
     */
    @Transactional
    public CheckInResponse scan(UUID movementId, UUID eventId, CheckInRequest request) {
        if ((request.token() == null || request.token().isBlank()) && request.inviteeId() == null) {
            throw ProblemException.invalid("token", "cần mã trên giấy mời (token) hoặc mã đại biểu (inviteeId)");
        }
        Event event = desk.write(movementId, eventId, LockModeType.PESSIMISTIC_READ);
        Invitee invitee = invitee(event, request);
        String nonce = request.nonce() == null || request.nonce().isBlank() ? null : request.nonce().strip();
        if (nonce != null) {
            Optional<Scan> seen = repository.scan(event.id(), nonce);
            if (seen.isPresent()) {
                return replay(event, invitee, seen.get(), nonce);
            }
        }
        Replies.requireInvited(invitee);
        event.requireOpen();
        Instant now = desk.now();
        Instant scannedAt = now;
        if (request.scannedAt() != null) {
            scannedAt = request.scannedAt().toInstant().truncatedTo(ChronoUnit.SECONDS);
            CheckInRules.scannedAtRefusal(scannedAt, now, event.gathering().onDate, event.zone())
                    .ifPresent(reason -> {
                        throw ProblemException.ruleViolated(reason, "scannedAt");
                    });
        }
        boolean first = invitee.checkedInAt == null;
        if (first) {
            invitee.checkedInAt = scannedAt;
        }
        if (!repository.recordScan(event.id(), invitee.id, nonce, first, invitee.checkedInAt, scannedAt,
                desk.actor())) {
            throw nonceTaken(nonce);
        }
        return response(event, invitee, first, invitee.checkedInAt);
    }

    /** Undo a check-in (a wrong person scanned): audited; a later scan checks them in again. */
    @Transactional
    public void undo(UUID movementId, UUID eventId, UUID inviteeId) {
        Event event = desk.write(movementId, eventId, LockModeType.PESSIMISTIC_READ);
        Invitee invitee = repository.lock(event.id(), inviteeId).orElseThrow(() -> notOfEvent(inviteeId));
        event.requireOpen();
        if (invitee.checkedInAt == null) {
            throw ProblemException.notFound("Đồng chí " + invitee.fullName + " chưa được điểm danh");
        }
        CheckInResponse before = response(event, invitee, false, invitee.checkedInAt);
        invitee.checkedInAt = null;
        changes.record(Change.of(invitee.id).audit("check-in", "UNDONE", before,
                () -> response(event, invitee, false, null)));
    }

    private Invitee invitee(Event event, CheckInRequest request) {
        if (request.inviteeId() != null) {
            return repository.lock(event.id(), request.inviteeId()).orElseThrow(
                    () -> notOfEvent(request.inviteeId()));
        }
        String token = request.token().strip();
        // a token of another event is as unknown here as a made-up one
        Optional<Invitee> scanned = repository.lockByToken(token).filter(i -> i.gatheringId.equals(event.id()));
        if (scanned.isPresent() || !CheckInRules.mayBeShortCode(token)) {
            return scanned.orElseThrow(() -> ProblemException.notFound("Mã giấy mời không thuộc sự kiện này"));
        }
        List<Invitee> typed = repository.lockByShortCode(event.id(), token);
        if (typed.size() > 1) {
            throw ProblemException.conflict("Mã " + token + " trùng với nhiều giấy mời: hãy tra cứu theo tên");
        }
        return typed.stream().findFirst().orElseThrow(
                () -> ProblemException.notFound("Mã giấy mời không thuộc sự kiện này"));
    }

    private CheckInResponse replay(Event event, Invitee invitee, Scan seen, String nonce) {
        if (!seen.inviteeId().equals(invitee.id)) {
            throw nonceTaken(nonce);
        }
        return response(event, invitee, seen.checkedIn(), seen.checkedInAt());
    }

    private CheckInResponse response(Event event, Invitee invitee, boolean first, Instant checkedInAt) {
        String message = first || checkedInAt == null ? null
                : CheckInRules.alreadyCheckedIn(checkedInAt, event.zone());
        return new CheckInResponse(desk.view(event, invitee), event.local(checkedInAt), first,
                !first && checkedInAt != null, message);
    }

    private static ProblemException notOfEvent(UUID inviteeId) {
        return ProblemException.notFound("Sự kiện không có đại biểu với mã " + inviteeId);
    }

    private static ProblemException nonceTaken(String nonce) {
        return ProblemException.conflict("Mã lượt quét (nonce) " + nonce + " đã dùng cho một đại biểu khác");
    }
}
