package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.attendance.AttendanceRecords.Answer;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyRequest;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyResponse;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyView;
import vn.dangbo.emulation.attendance.EventDesk.Event;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * An invitee's reply: by themselves with their invitation's token, or by the office on their behalf. A reply may be
 * changed until the attendance is closed; going over the planned count warns the office, never refuses.
 */
@ApplicationScoped
public class Replies {

    static final String VIA_TOKEN = "TOKEN";
    static final String VIA_OFFICE = "OFFICE";

    private final EventDesk desk;
    private final AttendanceRepository repository;
    private final ChangeRecorder changes;

    public Replies(EventDesk desk, AttendanceRepository repository, ChangeRecorder changes) {
        this.desk = desk;
        this.repository = repository;
        this.changes = changes;
    }

    /**
     * The invitee's own reply. Nothing but their own invitation is readable with the token, so the office's warning
     * (the seats over the planned count) is not told here: the office reads it in the replies' counts.
     *
     * @throws ProblemException 404 for an unknown token, 410 for a withdrawn invitation, 409 once closed
     */
    @Transactional
    public ReplyResponse byToken(String token, ReplyRequest request) {
        // the event's row first, then the invitee's, in the order every command takes them (no deadlock)
        Event event = desk.ofToken(token).orElseThrow(() -> ProblemException.notFound("Mã giấy mời không đúng"));
        Invitee invitee = repository.lockByToken(token).orElseThrow();
        requireInvited(invitee);
        ReplyResponse answered = answer(event, invitee, request, VIA_TOKEN, null, "invitee:" + invitee.id);
        return new ReplyResponse(answered.invitee(), answered.reply(), List.of());
    }

    /** @throws ProblemException 404, 403 without write access on the bloc, 410 for a withdrawn invitee, 409 */
    @Transactional
    public ReplyResponse byOffice(UUID movementId, UUID eventId, UUID inviteeId, ReplyRequest request) {
        Event event = desk.write(movementId, eventId, LockModeType.PESSIMISTIC_READ);
        Invitee invitee = repository.lock(event.id(), inviteeId).orElseThrow(
                () -> ProblemException.notFound("Sự kiện không có đại biểu với mã " + inviteeId));
        requireInvited(invitee);
        return answer(event, invitee, request, VIA_OFFICE, desk.actor(), null);
    }

    /** A withdrawn invitation is kept (it may be out) but is answered as gone. */
    static void requireInvited(Invitee invitee) {
        if (invitee.withdrawn) {
            throw new ProblemException(410, "gone", "Giấy mời không còn hiệu lực",
                    "Giấy mời của đồng chí " + invitee.fullName + " đã được thu hồi", List.of());
        }
    }

    private ReplyResponse answer(Event event, Invitee invitee, ReplyRequest request, String via, String by,
            String auditActor) {
        event.requireOpen();
        String substituteName = request.substitute() == null ? null
                : VietnameseText.nfcStripped(request.substitute().fullName());
        ReplyRules.refusal(request.answer(), substituteName, request.substitute() != null).ifPresent(r -> {
            throw ProblemException.ruleViolated(r.message(), r.field());
        });
        ReplyView before = desk.reply(event, invitee);
        invitee.reply = switch (request.answer()) {
            case ACCEPT -> Invitee.Reply.ACCEPTED;
            case DECLINE -> Invitee.Reply.DECLINED;
            case SUBSTITUTE -> Invitee.Reply.SUBSTITUTE;
        };
        boolean substitute = request.answer() == Answer.SUBSTITUTE;
        invitee.substituteName = substitute ? substituteName : null;
        invitee.substituteTitle = substitute ? blankToNull(request.substitute().title()) : null;
        invitee.repliedAt = desk.now();
        invitee.repliedVia = via;
        invitee.repliedBy = by;
        Change change = Change.of(invitee.id);
        if (auditActor == null) {
            change.audit("invitee", "REPLIED", before, () -> desk.reply(event, invitee));
        } else {
            change.audit("invitee", "REPLIED", before, () -> desk.reply(event, invitee), auditActor);
        }
        changes.record(change);
        List<String> warnings = request.answer() == Answer.DECLINE ? List.of()
                : ReplyRules.overPlanned(repository.total(event.id()).seatsTaken(), event.gathering().plannedCount)
                        .stream().toList();
        return new ReplyResponse(desk.view(event, invitee), desk.reply(event, invitee), warnings);
    }

    private static String blankToNull(String text) {
        String stripped = VietnameseText.nfcStripped(text);
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }
}
