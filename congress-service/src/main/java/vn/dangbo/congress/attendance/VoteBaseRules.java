package vn.dangbo.congress.attendance;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.congress.ruleset.RuleSet;

/**
 * The vote base by the regulation (244-QĐ/TW Điều 32, 190-QĐ/TW Điều 30): the full members (all-member congress) or
 * the delegates (delegate congress) convened, minus the rule set's exclusions. Which exclusions apply and their
 * labels are the rule set's; each code has its test here. A member who fits several exclusions is left out once,
 * under the first in the rule set's order. Probationary members neither vote nor count.
 */
public final class VoteBaseRules {

    public static final String ATTACHED_ELSEWHERE = "ATTACHED_ELSEWHERE";
    public static final String EXEMPTED_ABSENT = "EXEMPTED_ABSENT";
    public static final String SUSPENDED_PROSECUTED_DETAINED = "SUSPENDED_PROSECUTED_DETAINED";
    public static final String ABSENT_WITH_APPROVAL = "ABSENT_WITH_APPROVAL";
    public static final String CONVENING_COMMITTEE_MEMBER_ABSENT = "CONVENING_COMMITTEE_MEMBER_ABSENT";
    public static final String DELEGATE_ABSENT_NOT_REPLACED = "DELEGATE_ABSENT_NOT_REPLACED";

    private VoteBaseRules() {
    }

    /**
     * What the rules need to know of one convened member.
     *
     * @param absentThroughout  an absence for the whole congress is recorded (a member who checks in is not absent)
     * @param absenceApprovedBy who of the convening committee approved the absence; null when not approved
     * @param attachedElsewhere temporarily attached to an organisation outside the congress' (from the roll)
     * @param exempted          exempted from party activities (from the roll)
     * @param replaces          for an alternate: the delegate they stand in for
     * @param replacedBy        for a delegate: the alternate standing in for them
     */
    public record Voter(UUID memberId, String fullName, AttendeeRole role, boolean fullMember,
            boolean conveningCommitteeMember, boolean checkedIn, boolean absentThroughout, String absenceApprovedBy,
            String absenceRecordedBy, Standing standing, String standingRecordedBy, boolean attachedElsewhere,
            boolean exempted, UUID replaces, UUID replacedBy) {

        boolean absentAllCongress() {
            return absentThroughout && !checkedIn;
        }
    }

    /** A member left out of the base, with who approved (or recorded) it; null when it comes from the roll. */
    public record Excluded(UUID memberId, String fullName, String approvedBy) {
    }

    /** One exclusion with the members it leaves out. */
    public record ExclusionDetail(String code, String label, List<Excluded> members) {

        public ExclusionDetail {
            members = List.copyOf(members);
        }

        public int count() {
            return members.size();
        }

        /** Who approved, each once, in the members' order. */
        public List<String> approvedBy() {
            return List.copyOf(members.stream().map(Excluded::approvedBy).filter(Objects::nonNull)
                    .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        }
    }

    /** The base with the members behind each exclusion. */
    public record Breakdown(int convened, List<ExclusionDetail> exclusions, int base, int present) {

        public Breakdown {
            exclusions = List.copyOf(exclusions);
        }

        public VoteBase voteBase() {
            return new VoteBase(convened, exclusions.stream()
                    .map(e -> new VoteBase.Exclusion(e.code(), e.label(), e.count(), e.approvedBy())).toList(),
                    base, present);
        }
    }

    /** The base of a congress of this kind from its convened members, by the rule set's exclusions. */
    public static Breakdown compute(CongressKind kind, RuleSet.VoteBase rules, List<Voter> attendees) {
        boolean delegates = kind == CongressKind.DELEGATE;
        List<Voter> convened = attendees.stream()
                .filter(delegates ? v -> v.role() == AttendeeRole.DELEGATE : Voter::fullMember).toList();
        List<RuleSet.Exclusion> exclusions = delegates ? rules.delegateExclusions() : rules.allMemberExclusions();
        List<List<Excluded>> members = new ArrayList<>();
        exclusions.forEach(e -> members.add(new ArrayList<>()));
        for (Voter voter : convened) {
            for (int i = 0; i < exclusions.size(); i++) {
                String code = exclusions.get(i).code();
                if (excludes(code).test(voter)) {
                    members.get(i).add(new Excluded(voter.memberId(), voter.fullName(), approvedBy(code, voter)));
                    break;
                }
            }
        }
        List<ExclusionDetail> details = new ArrayList<>();
        int excluded = 0;
        for (int i = 0; i < exclusions.size(); i++) {
            details.add(new ExclusionDetail(exclusions.get(i).code(), exclusions.get(i).label(), members.get(i)));
            excluded += members.get(i).size();
        }
        int present = (int) attendees.stream().filter(v -> votes(kind, v) && v.checkedIn()).count();
        return new Breakdown(convened.size(), details, convened.size() - excluded, present);
    }

    /**
     * Whether the member gets a ballot when present: a full member without a standing that takes the vote away (at a
     * delegate congress: a delegate, or an alternate standing in for one).
     */
    public static boolean votes(CongressKind kind, Voter voter) {
        if (!voter.fullMember() || voter.standing() != null) {
            return false;
        }
        if (kind != CongressKind.DELEGATE) {
            return true;
        }
        return voter.role() == AttendeeRole.DELEGATE
                || voter.role() == AttendeeRole.ALTERNATE && voter.replaces() != null;
    }

    private static Predicate<Voter> excludes(String code) {
        return switch (code) {
            case ATTACHED_ELSEWHERE -> Voter::attachedElsewhere;
            // an exempted member who attends and votes counts
            case EXEMPTED_ABSENT -> v -> v.exempted() && !v.checkedIn();
            case SUSPENDED_PROSECUTED_DETAINED -> v -> v.standing() != null;
            case ABSENT_WITH_APPROVAL -> v -> v.absentAllCongress() && v.absenceApprovedBy() != null;
            case CONVENING_COMMITTEE_MEMBER_ABSENT -> v -> v.conveningCommitteeMember() && v.absentAllCongress();
            case DELEGATE_ABSENT_NOT_REPLACED -> v -> !v.conveningCommitteeMember() && v.absentAllCongress()
                    && v.replacedBy() == null;
            default -> throw new IllegalArgumentException("vote-base exclusion " + code
                    + " of the rule set has no rule in this version of the service");
        };
    }

    private static String approvedBy(String code, Voter voter) {
        return switch (code) {
            case ATTACHED_ELSEWHERE, EXEMPTED_ABSENT -> null; // the registry's decision, read from the roll
            case SUSPENDED_PROSECUTED_DETAINED -> voter.standingRecordedBy();
            default -> voter.absenceApprovedBy() != null ? voter.absenceApprovedBy() : voter.absenceRecordedBy();
        };
    }
}
