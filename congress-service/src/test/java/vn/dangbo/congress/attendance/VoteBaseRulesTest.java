package vn.dangbo.congress.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.attendance.VoteBaseRules.Breakdown;
import vn.dangbo.congress.attendance.VoteBaseRules.ExclusionDetail;
import vn.dangbo.congress.attendance.VoteBaseRules.Voter;
import vn.dangbo.congress.congress.CongressKind;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;

/** The vote base of 244-QĐ/TW Điều 32 (190-QĐ/TW Điều 30) with the and the reference notes' cases. */
class VoteBaseRulesTest {

    private static final RuleSet.VoteBase RULES = RuleSets.shipped("2020").voteBase();
    private static final String SECRETARY = "Đồng chí Lê Văn Ba, Bí thư Đảng ủy";

    @Test
    void aCellOfElevenWithOneAbsentOnApprovedLeaveHasBaseTen() {
        List<Voter> cell = present(10);
        cell.add(member().absentApprovedBy(SECRETARY).build());

        Breakdown base = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);

        assertEquals(11, base.convened());
        assertEquals(10, base.base());
        assertEquals(10, base.present());
        ExclusionDetail approved = exclusion(base, VoteBaseRules.ABSENT_WITH_APPROVAL);
        assertEquals(1, approved.count());
        assertEquals(List.of(SECRETARY), approved.approvedBy());
        assertEquals("Đảng viên vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý", approved.label());
        assertEquals(cell.get(10).memberId(), approved.members().get(0).memberId());
        // 5 votes are not more than half of 10, 6 are
        assertFalse(5 * 2 > base.base());
        assertTrue(6 * 2 > base.base());
    }

    @Test
    void everyExclusionOfTheRuleSetIsShownInItsOrderWithItsLabelAndCount() {
        VoteBase base = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, present(3)).voteBase();

        assertEquals(RULES.allMemberExclusions().stream().map(RuleSet.Exclusion::code).toList(),
                base.exclusions().stream().map(VoteBase.Exclusion::code).toList());
        assertEquals(RULES.allMemberExclusions().stream().map(RuleSet.Exclusion::label).toList(),
                base.exclusions().stream().map(VoteBase.Exclusion::label).toList());
        assertTrue(base.exclusions().stream().allMatch(e -> e.count() == 0 && e.approvedBy().isEmpty()));
        assertEquals(3, base.base());
    }

    @Test
    void twelveMembersWithAnExemptAbsenteeAndAnApprovedAbsenceHaveBaseTenAndElevenWhenTheExemptMemberAttends() {
        List<Voter> cell = present(10);
        cell.add(member().absentApprovedBy(SECRETARY).build());
        Voter exempt = member().exempted().build();
        cell.add(exempt);

        Breakdown absent = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);
        assertEquals(12, absent.convened());
        assertEquals(10, absent.base());
        assertEquals(1, exclusion(absent, VoteBaseRules.EXEMPTED_ABSENT).count());
        assertEquals(1, exclusion(absent, VoteBaseRules.ABSENT_WITH_APPROVAL).count());
        assertFalse(5 * 2 > absent.base());
        assertTrue(6 * 2 > absent.base());

        cell.set(11, member(exempt).exempted().checkedIn().build());
        Breakdown attending = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);
        assertEquals(11, attending.base());
        assertEquals(11, attending.present());
        assertEquals(0, exclusion(attending, VoteBaseRules.EXEMPTED_ABSENT).count());
    }

    @Test
    void aDelegateCongressOf150With2CommitteeMembersAnd2UnreplacedDelegatesAbsentHasBase146() {
        List<Voter> delegates = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            delegates.add(delegate().committee().checkedIn().build());
        }
        delegates.add(delegate().committee().absentRecordedBy("officer").build());
        delegates.add(delegate().committee().absentApprovedBy(SECRETARY).build());
        for (int i = 0; i < 132; i++) {
            delegates.add(delegate().checkedIn().build());
        }
        Voter replacedDelegate = delegate().absentRecordedBy("officer").build();
        Voter standIn = alternate().replaces(replacedDelegate.memberId()).checkedIn().build();
        delegates.add(delegate(replacedDelegate).replacedBy(standIn.memberId()).build());
        delegates.add(standIn);
        delegates.add(delegate().absentRecordedBy("officer").build());
        delegates.add(delegate().absentApprovedBy(SECRETARY).build());
        delegates.add(alternate().checkedIn().build()); // no one to stand in for: neither counts nor votes

        Breakdown base = VoteBaseRules.compute(CongressKind.DELEGATE, RULES, delegates);

        assertEquals(150, base.convened());
        assertEquals(146, base.base());
        ExclusionDetail committee = exclusion(base, VoteBaseRules.CONVENING_COMMITTEE_MEMBER_ABSENT);
        assertEquals(2, committee.count());
        assertEquals("Cấp ủy viên triệu tập vắng mặt suốt thời gian đại hội", committee.label());
        assertEquals(List.of("officer", SECRETARY), committee.approvedBy());
        assertEquals(2, exclusion(base, VoteBaseRules.DELEGATE_ABSENT_NOT_REPLACED).count());
        // 13 + 132 delegates checked in and the alternate standing in
        assertEquals(146, base.present());
        assertFalse(73 * 2 > base.base());
        assertTrue(74 * 2 > base.base());
    }

    @Test
    void probationaryMembersNeitherVoteNorCount() {
        List<Voter> cell = present(9);
        cell.add(member().probationary().checkedIn().build());
        cell.add(member().probationary().absentApprovedBy(SECRETARY).build());

        Breakdown base = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);

        assertEquals(9, base.convened());
        assertEquals(9, base.base());
        assertEquals(9, base.present());
        assertEquals(0, exclusion(base, VoteBaseRules.ABSENT_WITH_APPROVAL).count());
        assertFalse(VoteBaseRules.votes(CongressKind.ALL_MEMBER, cell.get(9)));
    }

    @Test
    void suspendedProsecutedOrDetainedMembersAreLeftOutWithWhoRecordedItAndGetNoBallot() {
        List<Voter> cell = present(8);
        cell.add(member().standing(Standing.SUSPENDED, "Trần Thị Thu").checkedIn().build());
        cell.add(member().standing(Standing.DETAINED, "Trần Thị Thu").build());

        Breakdown base = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);

        assertEquals(10, base.convened());
        assertEquals(8, base.base());
        assertEquals(8, base.present());
        ExclusionDetail standing = exclusion(base, VoteBaseRules.SUSPENDED_PROSECUTED_DETAINED);
        assertEquals(2, standing.count());
        assertEquals(List.of("Trần Thị Thu"), standing.approvedBy());
    }

    @Test
    void aMemberAttachedElsewhereIsLeftOutOnceEvenWhenAbsentOnApprovedLeaveToo() {
        List<Voter> cell = present(5);
        cell.add(member().attachedElsewhere().absentApprovedBy(SECRETARY).build());

        Breakdown base = VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell);

        assertEquals(5, base.base());
        assertEquals(1, exclusion(base, VoteBaseRules.ATTACHED_ELSEWHERE).count());
        assertEquals(List.of(), exclusion(base, VoteBaseRules.ATTACHED_ELSEWHERE).approvedBy());
        assertEquals(0, exclusion(base, VoteBaseRules.ABSENT_WITH_APPROVAL).count());
    }

    @Test
    void anAbsenceCountsOnlyWhenApprovedForTheWholeCongressAndTheMemberNeverCheckedIn() {
        List<Voter> cell = present(5);
        cell.add(member().absentRecordedBy("officer").build()); // not approved
        cell.add(member().absentApprovedBy(SECRETARY).checkedIn().build()); // came after all
        cell.add(member().absenceForPart(SECRETARY).build()); // absent one day of two

        assertEquals(8, VoteBaseRules.compute(CongressKind.ALL_MEMBER, RULES, cell).base());
    }

    @Test
    void aDelegateAbsentForPartOfTheCongressStaysInTheBase() {
        List<Voter> delegates = new ArrayList<>();
        delegates.add(delegate().checkedIn().build());
        delegates.add(delegate().absenceForPart("officer").build());
        delegates.add(delegate().committee().absenceForPart("officer").build());

        Breakdown base = VoteBaseRules.compute(CongressKind.DELEGATE, RULES, delegates);

        assertEquals(3, base.base());
        assertEquals(1, base.present());
    }

    @Test
    void aRuleSetWithAnExclusionThisVersionDoesNotKnowIsRefused() {
        RuleSet.VoteBase unknown = new RuleSet.VoteBase("test", 50,
                List.of(new RuleSet.Exclusion("ON_MISSION", "Đảng viên đi công tác")), List.of());
        List<Voter> cell = present(1);
        assertThrows(IllegalArgumentException.class,
                () -> VoteBaseRules.compute(CongressKind.ALL_MEMBER, unknown, cell));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static ExclusionDetail exclusion(Breakdown base, String code) {
        return base.exclusions().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Voter> present(int count) {
        List<Voter> voters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            voters.add(member().checkedIn().build());
        }
        return voters;
    }

    private static VoterBuilder member() {
        return new VoterBuilder(UUID.randomUUID(), AttendeeRole.MEMBER);
    }

    private static VoterBuilder member(Voter voter) {
        return new VoterBuilder(voter.memberId(), AttendeeRole.MEMBER);
    }

    private static VoterBuilder delegate() {
        return new VoterBuilder(UUID.randomUUID(), AttendeeRole.DELEGATE);
    }

    private static VoterBuilder delegate(Voter voter) {
        VoterBuilder b = new VoterBuilder(voter.memberId(), AttendeeRole.DELEGATE);
        b.absentThroughout = voter.absentThroughout();
        b.recordedBy = voter.absenceRecordedBy();
        return b;
    }

    private static VoterBuilder alternate() {
        return new VoterBuilder(UUID.randomUUID(), AttendeeRole.ALTERNATE);
    }

    private static final class VoterBuilder {
        private final UUID id;
        private final AttendeeRole role;
        private boolean full = true;
        private boolean committee;
        private boolean checkedIn;
        private boolean absentThroughout;
        private String approvedBy;
        private String recordedBy;
        private Standing standing;
        private String standingBy;
        private boolean attached;
        private boolean exempted;
        private UUID replaces;
        private UUID replacedBy;

        VoterBuilder(UUID id, AttendeeRole role) {
            this.id = id;
            this.role = role;
        }

        VoterBuilder probationary() {
            full = false;
            return this;
        }

        VoterBuilder committee() {
            committee = true;
            return this;
        }

        VoterBuilder checkedIn() {
            checkedIn = true;
            return this;
        }

        VoterBuilder absentApprovedBy(String name) {
            absentThroughout = true;
            approvedBy = name;
            recordedBy = "officer";
            return this;
        }

        VoterBuilder absentRecordedBy(String actor) {
            absentThroughout = true;
            recordedBy = actor;
            return this;
        }

        VoterBuilder absenceForPart(String name) {
            absentThroughout = false;
            approvedBy = name;
            recordedBy = "officer";
            return this;
        }

        VoterBuilder standing(Standing value, String by) {
            standing = value;
            standingBy = by;
            return this;
        }

        VoterBuilder attachedElsewhere() {
            attached = true;
            return this;
        }

        VoterBuilder exempted() {
            exempted = true;
            return this;
        }

        VoterBuilder replaces(UUID delegate) {
            replaces = delegate;
            return this;
        }

        VoterBuilder replacedBy(UUID alternate) {
            replacedBy = alternate;
            return this;
        }

        Voter build() {
            return new Voter(id, "Đảng viên " + id.toString().substring(0, 4), role, full, committee, checkedIn,
                    absentThroughout, approvedBy, recordedBy, standing, standingBy, attached, exempted, replaces,
                    replacedBy);
        }
    }
}
