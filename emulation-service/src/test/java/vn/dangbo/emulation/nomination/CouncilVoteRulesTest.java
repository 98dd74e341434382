package vn.dangbo.emulation.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.nomination.CouncilVoteRules.Base;
import vn.dangbo.emulation.nomination.CouncilVoteRules.Council;
import vn.dangbo.emulation.nomination.CouncilVoteRules.Outcome;
import vn.dangbo.emulation.nomination.CouncilVoteRules.Tally;

/** The council's tally against the movement's threshold. */
class CouncilVoteRulesTest {

    @Test
    void sevenMembersAtNinetyPercentOfAllNeedAllSeven() {
        Council council = new Council(7, Base.ALL_MEMBERS, 90, false);
        Outcome six = CouncilVoteRules.conclude(council, new Tally(7, 6, 1));
        assertFalse(six.approved());
        assertEquals(7, six.votesRequired());
        assertEquals(7, six.baseCount());
        assertTrue(CouncilVoteRules.conclude(council, new Tally(7, 7, 0)).approved());
        // "of all": six present all voting for is still not 90% of seven
        assertFalse(CouncilVoteRules.conclude(council, new Tally(6, 6, 0)).approved());
    }

    @Test
    void theBasePresentCountsOnlyThoseAtTheMeeting() {
        Council present = new Council(7, Base.PRESENT, 50, true);
        Council all = new Council(7, Base.ALL_MEMBERS, 50, true);
        Tally threeOfFive = new Tally(5, 3, 2);
        Outcome ofPresent = CouncilVoteRules.conclude(present, threeOfFive);
        assertTrue(ofPresent.approved());
        assertEquals(5, ofPresent.baseCount());
        assertEquals(3, ofPresent.votesRequired());
        Outcome ofAll = CouncilVoteRules.conclude(all, threeOfFive);
        assertFalse(ofAll.approved());
        assertEquals(4, ofAll.votesRequired());
    }

    @Test
    void strictlyAboveHalfRefusesExactlyHalfWhereAtLeastHalfAccepts() {
        Tally half = new Tally(8, 4, 4);
        assertFalse(CouncilVoteRules.conclude(new Council(8, Base.PRESENT, 50, true), half).approved());
        assertTrue(CouncilVoteRules.conclude(new Council(8, Base.PRESENT, 50, false), half).approved());
        assertTrue(CouncilVoteRules.conclude(new Council(8, Base.PRESENT, 50, true), new Tally(8, 5, 3)).approved());
        assertEquals("trên 50% số thành viên có mặt (8): ít nhất 5 phiếu đồng ý", CouncilVoteRules.describe(
                new Council(8, Base.PRESENT, 50, true), new Outcome(false, 8, 5)));
        assertEquals("từ 90% tổng số thành viên Hội đồng (7): ít nhất 7 phiếu đồng ý", CouncilVoteRules.describe(
                new Council(7, Base.ALL_MEMBERS, 90, false), new Outcome(true, 7, 7)));
    }

    @Test
    void votesAreAtMostThePresentAndThePresentAtMostTheMembers() {
        Council council = new Council(7, Base.ALL_MEMBERS, 50, true);
        assertEquals(List.of(), CouncilVoteRules.problems(council, new Tally(7, 4, 3)));
        assertEquals(List.of("membersPresent: 8 thành viên có mặt, nhiều hơn số thành viên Hội đồng (7)"),
                CouncilVoteRules.problems(council, new Tally(8, 4, 3)));
        assertEquals(List.of("votesFor: 4 phiếu đồng ý và 2 phiếu không đồng ý, nhiều hơn số thành viên có mặt (5)"),
                CouncilVoteRules.problems(council, new Tally(5, 4, 2)));
        assertEquals(List.of("membersPresent: phải có ít nhất 1 thành viên Hội đồng có mặt"),
                CouncilVoteRules.problems(council, new Tally(0, 0, 0)));
    }
}
