package vn.dangbo.congress.attendance;

import static vn.dangbo.kit.web.ProblemException.conflict;
import static vn.dangbo.kit.web.ProblemException.ruleViolated;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.congress.attendance.AttendanceRecords.ConvocationResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.DelegateEntry;
import vn.dangbo.congress.attendance.AttendanceRecords.DelegatesRequest;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.congress.roll.MemberOnDate;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.roll.RollMember;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Who a congress convenes: the members on the roll of an all-member congress' subtree at its first day, or the
 * delegates and alternates the office enters for a delegate congress. Convening again adds only who is missing
 * (a member whose registration reached the roll late), never a member twice.
 */
@ApplicationScoped
public class Convocation {

    private final AttendanceCongress congresses;
    private final AttendeeRepository attendees;
    private final MemberRollRepository roll;
    private final OrganisationDirectory organisations;

    public Convocation(AttendanceCongress congresses, AttendeeRepository attendees, MemberRollRepository roll,
            OrganisationDirectory organisations) {
        this.congresses = congresses;
        this.attendees = attendees;
        this.roll = roll;
        this.organisations = organisations;
    }

    @Transactional
    public ConvocationResponse convene(UUID congressId) {
        Congress congress = congresses.writable(congressId);
        if (congress.kind != CongressKind.ALL_MEMBER) {
            throw conflict("Đại hội " + congressId + " là đại hội đại biểu: văn phòng nhập danh sách đại biểu "
                    + "chính thức và dự khuyết, không triệu tập toàn bộ đảng viên");
        }
        List<MemberOnDate> members = roll.inSubtreeOn(congresses.organisation(congress), congress.startDate);
        int added = attendees.convene(congress.id, members);
        int full = (int) members.stream().filter(MemberOnDate::full).count();
        return new ConvocationResponse(congress.id, congress.startDate, added, full, members.size() - full);
    }

    /** Enters (or corrects) delegates and alternates; every entry is checked before any is stored. */
    @Transactional
    public Congress enterDelegates(UUID congressId, DelegatesRequest request) {
        Congress congress = congresses.writable(congressId);
        if (congress.kind != CongressKind.DELEGATE) {
            throw conflict("Đại hội " + congressId + " là đại hội toàn thể đảng viên: triệu tập đảng viên theo "
                    + "danh sách đảng viên, không nhập đại biểu");
        }
        KnownOrganisation organisation = congresses.organisation(congress);
        Set<UUID> seen = new HashSet<>();
        List<DelegateEntry> entries = request.delegates();
        for (int i = 0; i < entries.size(); i++) {
            check(organisation, entries.get(i), "delegates[" + i + "]", seen);
        }
        for (DelegateEntry entry : entries) {
            RollMember member = roll.findById(entry.memberId());
            Attendee attendee = attendees.find(congress.id, entry.memberId()).orElseGet(() -> {
                Attendee created = new Attendee();
                created.id = UUID.randomUUID();
                created.congressId = congress.id;
                created.memberId = entry.memberId();
                return created;
            });
            if (attendee.role == AttendeeRole.ALTERNATE && entry.role() != AttendeeRole.ALTERNATE
                    && attendee.replacesMemberId != null) {
                throw conflict("Đại biểu dự khuyết " + member.fullName + " đang thay thế một đại biểu chính thức; "
                        + "hủy việc thay thế trước khi đổi thành đại biểu chính thức");
            }
            if (attendee.role == AttendeeRole.DELEGATE && entry.role() != AttendeeRole.DELEGATE
                    && attendees.replacing(congress.id, attendee.memberId).isPresent()) {
                throw conflict("Đại biểu chính thức " + member.fullName + " đang có đại biểu dự khuyết thay thế; "
                        + "hủy việc thay thế trước khi đổi thành đại biểu dự khuyết");
            }
            attendee.fullName = member.fullName;
            attendee.organisationId = member.organisationId;
            attendee.role = entry.role();
            attendee.fullMember = true;
            attendee.conveningCommitteeMember = entry.conveningCommitteeMember();
            if (!attendees.isPersistent(attendee)) {
                attendees.persist(attendee);
            }
        }
        attendees.flush();
        return congress;
    }

    private void check(KnownOrganisation organisation, DelegateEntry entry, String field, Set<UUID> seen) {
        if (!seen.add(entry.memberId())) {
            throw ruleViolated("Đảng viên " + entry.memberId() + " có hai lần trong danh sách đại biểu",
                    field + ".memberId");
        }
        RollMember member = roll.findById(entry.memberId());
        if (member == null || !RollMember.ACTIVE.equals(member.state)) {
            throw ruleViolated("Đảng viên " + entry.memberId() + " không có trong danh sách đảng viên",
                    field + ".memberId");
        }
        if (!organisations.contains(organisation.id, member.organisationId)) {
            throw ruleViolated("Đảng viên " + member.fullName + " không sinh hoạt trong " + organisation.name
                    + ", không là đại biểu của đại hội được", field + ".memberId");
        }
        if (!RollMember.FULL.equals(member.status)) {
            throw ruleViolated("Đảng viên " + member.fullName + " là đảng viên dự bị, không là đại biểu được",
                    field + ".memberId");
        }
        if (entry.role() == AttendeeRole.MEMBER) {
            throw ruleViolated("Đại biểu là đại biểu chính thức (DELEGATE) hoặc dự khuyết (ALTERNATE)",
                    field + ".role");
        }
        if (entry.conveningCommitteeMember() && entry.role() != AttendeeRole.DELEGATE) {
            throw ruleViolated("Cấp ủy viên triệu tập là đại biểu chính thức đương nhiên, không là đại biểu dự khuyết",
                    field + ".role");
        }
    }
}
