package vn.dangbo.congress.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.attendance.AttendeeRepository.RollFlags;
import vn.dangbo.congress.attendance.VoteBaseRules.Breakdown;
import vn.dangbo.congress.attendance.VoteBaseRules.Voter;
import vn.dangbo.congress.congress.Congress;

/**
 * The vote base of a congress as its attendance stands now: the base the results are declared on and the voters
 * present (who get a ballot). Computed on every call from the attendance and the roll, never stored here.
 */
@ApplicationScoped
public class VoteBases {

    private static final RollFlags NOT_ON_ROLL = new RollFlags(false, false);

    private final AttendanceCongress congresses;
    private final AttendeeRepository attendees;

    public VoteBases(AttendanceCongress congresses, AttendeeRepository attendees) {
        this.congresses = congresses;
        this.attendees = attendees;
    }

    /** @throws vn.dangbo.kit.web.ProblemException 404 for an unknown congress */
    public VoteBase ofCongress(UUID congressId) {
        return breakdownOf(congressId).voteBase();
    }

    /** The base with the members behind each exclusion. */
    public Breakdown breakdownOf(UUID congressId) {
        Congress congress = congresses.get(congressId);
        return VoteBaseRules.compute(congress.kind, congresses.ruleSet(congress).voteBase(), voters(congress));
    }

    /** Every member convened, as the rules see them. */
    List<Voter> voters(Congress congress) {
        List<Attendee> convened = attendees.ofCongress(congress.id);
        Map<UUID, RollFlags> flags = attendees.rollFlags(congress.id, congresses.organisation(congress));
        Map<UUID, UUID> replacedBy = new HashMap<>();
        convened.stream().filter(a -> a.replacesMemberId != null)
                .forEach(a -> replacedBy.put(a.replacesMemberId, a.memberId));
        return convened.stream().map(a -> voter(a, flags.getOrDefault(a.memberId, NOT_ON_ROLL),
                replacedBy.get(a.memberId))).toList();
    }

    static Voter voter(Attendee a, RollFlags flags, UUID replacedBy) {
        boolean absence = a.absenceReason != null;
        return new Voter(a.memberId, a.fullName, a.role, a.fullMember, a.conveningCommitteeMember, a.checkedIn(),
                absence && a.absentThroughout, absence && a.absenceApproved ? a.absenceApprovedBy : null,
                absence ? a.absenceRecordedBy : null, a.standing, a.standingRecordedBy, flags.attachedElsewhere(),
                flags.exempted(), a.replacesMemberId, replacedBy);
    }
}
