package vn.dangbo.congress.attendance;

import static vn.dangbo.kit.web.ProblemException.conflict;
import static vn.dangbo.kit.web.ProblemException.ruleViolated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.congress.attendance.AttendanceRecords.AbsenceRequest;
import vn.dangbo.congress.attendance.AttendanceRecords.StandingRequest;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * What the office records of each member convened while the congress sits: check-in, an absence with its reason
 * and the convening committee's approval, a standing that takes the vote away, an alternate standing in for an
 * absent delegate. Each records who did it.
 */
@ApplicationScoped
public class AttendanceRecording {

    private final AttendanceCongress congresses;
    private final AttendeeRepository attendees;

    public AttendanceRecording(AttendanceCongress congresses, AttendeeRepository attendees) {
        this.congresses = congresses;
        this.attendees = attendees;
    }

    /** Checking in again changes nothing. */
    @Transactional
    public Attendee checkIn(UUID congressId, UUID memberId) {
        Congress congress = congresses.writable(congressId);
        Attendee attendee = convened(congress, memberId);
        if (attendee.checkedIn()) {
            return attendee;
        }
        attendees.replacing(congressId, memberId).ifPresent(alternate -> {
            throw conflict("Đại biểu " + attendee.fullName + " đã có đại biểu dự khuyết " + alternate.fullName
                    + " thay thế; hủy việc thay thế trước khi điểm danh");
        });
        attendee.checkedInAt = OffsetDateTime.now();
        attendee.checkedInBy = congresses.actor();
        attendees.flush();
        return attendee;
    }

    /** Undoes a check-in entered by mistake. */
    @Transactional
    public Attendee undoCheckIn(UUID congressId, UUID memberId) {
        Attendee attendee = convened(congresses.writable(congressId), memberId);
        attendee.checkedInAt = null;
        attendee.checkedInBy = null;
        attendees.flush();
        return attendee;
    }

    @Transactional
    public Attendee recordAbsence(UUID congressId, UUID memberId, AbsenceRequest request) {
        Attendee attendee = convened(congresses.writable(congressId), memberId);
        if (request.throughout() && attendee.checkedIn()) {
            throw ruleViolated("Đảng viên " + attendee.fullName + " đã điểm danh có mặt, không vắng mặt suốt thời "
                    + "gian đại hội; hủy điểm danh nếu ghi nhầm", "throughout");
        }
        String approvedBy = request.approvedBy() == null ? null : VietnameseText.nfcStripped(request.approvedBy());
        if (request.approved() && (approvedBy == null || approvedBy.isEmpty())) {
            throw ruleViolated("Vắng mặt được cấp ủy triệu tập đồng ý: cần ghi rõ người đồng ý", "approvedBy");
        }
        attendee.absenceReason = VietnameseText.nfcStripped(request.reason());
        attendee.absentThroughout = request.throughout();
        attendee.absenceApproved = request.approved();
        attendee.absenceApprovedBy = request.approved() ? approvedBy : null;
        attendee.absenceRecordedBy = congresses.actor();
        attendee.absenceRecordedAt = OffsetDateTime.now();
        attendees.flush();
        return attendee;
    }

    @Transactional
    public Attendee clearAbsence(UUID congressId, UUID memberId) {
        Attendee attendee = convened(congresses.writable(congressId), memberId);
        attendees.replacing(congressId, memberId).ifPresent(alternate -> {
            throw conflict("Đại biểu " + attendee.fullName + " đã có đại biểu dự khuyết " + alternate.fullName
                    + " thay thế; hủy việc thay thế trước khi xóa vắng mặt");
        });
        attendee.absenceReason = null;
        attendee.absentThroughout = false;
        attendee.absenceApproved = false;
        attendee.absenceApprovedBy = null;
        attendee.absenceRecordedBy = null;
        attendee.absenceRecordedAt = null;
        attendees.flush();
        return attendee;
    }

    /** Sets (or, with none, clears) the member's standing: suspended, prosecuted or detained. */
    @Transactional
    public Attendee recordStanding(UUID congressId, UUID memberId, StandingRequest request) {
        Attendee attendee = convened(congresses.writable(congressId), memberId);
        attendee.standing = request.standing();
        boolean set = request.standing() != null;
        attendee.standingReference = set && request.reference() != null
                ? VietnameseText.nfcStripped(request.reference()) : null;
        attendee.standingRecordedBy = set ? congresses.actor() : null;
        attendee.standingRecordedAt = set ? OffsetDateTime.now() : null;
        attendees.flush();
        return attendee;
    }

    /** An alternate stands in for a delegate who is absent (a convening committee member is never replaced). */
    @Transactional
    public Attendee replace(UUID congressId, UUID alternateId, UUID delegateId) {
        Congress congress = congresses.writable(congressId);
        if (congress.kind != CongressKind.DELEGATE) {
            throw conflict("Đại hội " + congressId + " là đại hội toàn thể đảng viên, không có đại biểu dự khuyết");
        }
        Attendee alternate = convened(congress, alternateId);
        if (alternate.role != AttendeeRole.ALTERNATE) {
            throw ruleViolated(alternate.fullName + " không là đại biểu dự khuyết của đại hội", "memberId");
        }
        Attendee delegate = attendees.find(congressId, delegateId)
                .filter(d -> d.role == AttendeeRole.DELEGATE)
                .orElseThrow(() -> ruleViolated("Đảng viên " + delegateId
                        + " không là đại biểu chính thức của đại hội", "delegateId"));
        if (delegate.conveningCommitteeMember) {
            throw ruleViolated("Cấp ủy viên triệu tập " + delegate.fullName
                    + " là đại biểu đương nhiên, không có đại biểu dự khuyết thay thế", "delegateId");
        }
        if (delegate.absenceReason == null || delegate.checkedIn()) {
            throw ruleViolated("Đại biểu " + delegate.fullName + " chưa được ghi nhận vắng mặt, không thay thế được",
                    "delegateId");
        }
        attendees.replacing(congressId, delegateId).filter(other -> !other.memberId.equals(alternateId))
                .ifPresent(other -> {
                    throw ruleViolated("Đại biểu " + delegate.fullName + " đã có đại biểu dự khuyết "
                            + other.fullName + " thay thế", "delegateId");
                });
        alternate.replacesMemberId = delegateId;
        alternate.replacementRecordedBy = congresses.actor();
        alternate.replacementRecordedAt = OffsetDateTime.now();
        attendees.flush();
        return alternate;
    }

    @Transactional
    public Attendee undoReplacement(UUID congressId, UUID alternateId) {
        Attendee alternate = convened(congresses.writable(congressId), alternateId);
        alternate.replacesMemberId = null;
        alternate.replacementRecordedBy = null;
        alternate.replacementRecordedAt = null;
        attendees.flush();
        return alternate;
    }

    private Attendee convened(Congress congress, UUID memberId) {
        return attendees.find(congress.id, memberId).orElseThrow(() -> ProblemException.notFound(
                "Đảng viên " + memberId + " không có trong danh sách triệu tập đại hội " + congress.id));
    }
}
