package vn.dangbo.congress.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.congress.attendance.AttendanceRecords.AbsenceView;
import vn.dangbo.congress.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.AttendeeResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.ExcludedMember;
import vn.dangbo.congress.attendance.AttendanceRecords.ExclusionResponse;
import vn.dangbo.congress.attendance.AttendanceRecords.StandingView;
import vn.dangbo.congress.attendance.AttendanceRecords.VoteBaseResponse;
import vn.dangbo.congress.attendance.VoteBaseRules.Breakdown;
import vn.dangbo.congress.attendance.VoteBaseRules.Voter;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.kit.text.VietnameseText;

/** The attendance list and the vote base as the congress reads them. */
@ApplicationScoped
public class AttendanceQueries {

    private final AttendanceCongress congresses;
    private final AttendeeRepository attendees;
    private final VoteBases voteBases;

    public AttendanceQueries(AttendanceCongress congresses, AttendeeRepository attendees, VoteBases voteBases) {
        this.congresses = congresses;
        this.attendees = attendees;
        this.voteBases = voteBases;
    }

    /** Every member convened, by cell then by name (Vietnamese order), with the voters convened and present. */
    public AttendanceResponse attendance(UUID congressId) {
        Congress congress = congresses.get(congressId);
        Map<UUID, Voter> voters = new HashMap<>();
        voteBases.voters(congress).forEach(v -> voters.put(v.memberId(), v));
        Map<UUID, String> cellNames = new HashMap<>();
        Comparator<AttendeeResponse> byCell = Comparator.comparing(
                a -> Objects.requireNonNullElse(a.organisationName(), ""), VietnameseText.collator());
        List<AttendeeResponse> list = attendees.ofCongress(congressId).stream()
                .map(a -> view(congress.kind, a, voters.get(a.memberId),
                        cellNames.computeIfAbsent(a.organisationId, congresses::organisationName)))
                .sorted(byCell.thenComparing(a -> VietnameseText.sortKey(a.fullName())))
                .toList();
        Breakdown base = VoteBaseRules.compute(congress.kind, congresses.ruleSet(congress).voteBase(),
                List.copyOf(voters.values()));
        return new AttendanceResponse(congress.id, congress.kind, congress.startDate, base.convened(),
                base.present(), list);
    }

    /** One member as recorded now. */
    public AttendeeResponse attendee(UUID congressId, Attendee attendee) {
        Congress congress = congresses.get(congressId);
        Voter voter = voteBases.voters(congress).stream().filter(v -> v.memberId().equals(attendee.memberId))
                .findFirst().orElseThrow();
        return view(congress.kind, attendee, voter, congresses.organisationName(attendee.organisationId));
    }

    public VoteBaseResponse voteBase(UUID congressId) {
        Congress congress = congresses.get(congressId);
        String ruleSetId = congresses.ruleSet(congress).id();
        Breakdown base = voteBases.breakdownOf(congressId);
        List<ExclusionResponse> exclusions = base.exclusions().stream()
                .map(e -> new ExclusionResponse(e.code(), e.label(), e.count(), e.approvedBy(), e.members().stream()
                        .map(m -> new ExcludedMember(m.memberId(), m.fullName(), m.approvedBy()))
                        .sorted(Comparator.comparing(m -> VietnameseText.sortKey(m.fullName())))
                        .toList()))
                .toList();
        return new VoteBaseResponse(congress.id, congress.kind, ruleSetId, base.convened(), exclusions, base.base(),
                base.base() / 2 + 1, base.present());
    }

    private static AttendeeResponse view(CongressKind kind, Attendee a, Voter voter, String cellName) {
        AbsenceView absence = a.absenceReason == null ? null : new AbsenceView(a.absenceReason, a.absentThroughout,
                a.absenceApproved, a.absenceApprovedBy, a.absenceRecordedBy, a.absenceRecordedAt);
        StandingView standing = a.standing == null ? null
                : new StandingView(a.standing, a.standingReference, a.standingRecordedBy, a.standingRecordedAt);
        return new AttendeeResponse(a.memberId, a.fullName, a.organisationId, cellName, a.role, a.fullMember,
                a.conveningCommitteeMember, VoteBaseRules.votes(kind, voter), a.checkedIn(), a.checkedInAt,
                a.checkedInBy, absence, standing, voter.attachedElsewhere(), voter.exempted(), a.replacesMemberId,
                a.replacementRecordedBy, voter.replacedBy());
    }
}
