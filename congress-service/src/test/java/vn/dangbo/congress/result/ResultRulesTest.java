package vn.dangbo.congress.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.result.ResultRules.Declaration;
import vn.dangbo.congress.result.ResultRules.Outcome;
import vn.dangbo.congress.result.ResultRules.Ranked;
import vn.dangbo.congress.result.ResultRules.Votes;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;

class ResultRulesTest {

    private static final RuleSet RULES = RuleSets.shipped("2020");

    /** Candidates named A, B, C... in printed order with these votes. */
    private static List<Votes> votes(int... each) {
        List<Votes> list = new ArrayList<>();
        for (int i = 0; i < each.length; i++) {
            list.add(new Votes(UUID.randomUUID(), String.valueOf((char) ('A' + i)), each[i], i + 1));
        }
        return list;
    }

    private static Outcome outcomeOf(Declaration d, String name) {
        return d.candidates().stream().filter(c -> c.fullName().equals(name)).findFirst().orElseThrow().outcome();
    }

    private static List<String> names(List<Ranked> ranked) {
        return ranked.stream().map(Ranked::fullName).toList();
    }

    @Test
    void baseTenFiveVotesIsNotElectedSixIs() {
        Declaration d = ResultRules.declare(2, 0, 10, votes(5, 6), RULES);
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "A"));
        assertEquals(Outcome.ELECTED, outcomeOf(d, "B"));
        assertEquals(1, d.vacantSeats());
        assertEquals(new BigDecimal("50.00"), d.candidates().get(1).percentOfBase());
        assertEquals(new BigDecimal("60.00"), d.candidates().get(0).percentOfBase());
    }

    @Test
    void baseOneHundredFortySixSeventyThreeIsNotElectedSeventyFourIs() {
        Declaration d = ResultRules.declare(2, 0, 146, votes(73, 74), RULES);
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "A"));
        assertEquals(Outcome.ELECTED, outcomeOf(d, "B"));
        assertEquals(new BigDecimal("50.00"), d.candidates().get(1).percentOfBase());
        assertEquals(new BigDecimal("50.68"), d.candidates().get(0).percentOfBase());
    }

    @Test
    void percentagesAreRoundedHalfUpToTheRuleSetsDecimals() {
        assertEquals(new BigDecimal("54.55"), ResultRules.percentOfBase(6, 11, RULES.elections()));
        assertEquals(new BigDecimal("66.67"), ResultRules.percentOfBase(2, 3, RULES.elections()));
        // 1/8 = 12.5: half up at one decimal place gives 13
        RuleSet.Elections e = RULES.elections();
        RuleSet.Elections noDecimals = new RuleSet.Elections(e.source(), e.invalidWhenMoreVotesThanSeats(),
                e.invalidWhenNoneKeptOnSurplusList(), e.agreeDisagreeBothOrNeitherGivesNoVote(),
                e.secretaryMaxRounds(), e.tellersPerBallot(), e.spareBallotsPercent(), e.spareBallotsMin(), 0);
        assertEquals(new BigDecimal("13"), ResultRules.percentOfBase(1, 8, noDecimals));
        assertEquals(new BigDecimal("100.00"), ResultRules.percentOfBase(10, 10, RULES.elections()));
    }

    @Test
    void theHighestAboveHalfFillTheSeatsInOrderOfVotes() {
        Declaration d = ResultRules.declare(3, 0, 20, votes(11, 18, 15, 12, 9), RULES);
        assertEquals(List.of("B", "C", "D"), names(d.elected()));
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "A"), "above half but below the seats");
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "E"));
        assertEquals(List.of("B", "C", "D", "A", "E"), names(d.candidates()), "highest first");
        assertEquals(0, d.vacantSeats());
        assertNull(d.tie());
        assertNull(ResultRules.note(Office.PARTY_COMMITTEE, 1, d, RULES.elections()));
    }

    @Test
    void aTieAtTheLastOfThreeSeatsGivesARunoffNotTwoWinners() {
        Declaration d = ResultRules.declare(3, 0, 20, votes(18, 15, 12, 12, 9), RULES);
        assertEquals(List.of("A", "B"), names(d.elected()));
        assertEquals(Outcome.TIED, outcomeOf(d, "C"));
        assertEquals(Outcome.TIED, outcomeOf(d, "D"));
        assertNotNull(d.tie());
        assertEquals(3, d.tie().seat());
        assertEquals(1, d.tie().openSeats());
        assertEquals(List.of("C", "D"), names(d.tie().candidates()));
        assertEquals(1, d.vacantSeats(), "the tied seat is open until the runoff");
        String note = ResultRules.note(Office.PARTY_COMMITTEE, 1, d, RULES.elections());
        assertTrue(note.startsWith("Ghế thứ 3: 2 người bằng phiếu (C, D, 12 phiếu), bầu lại"), note);
    }

    @Test
    void aTieBelowTheLastSeatChangesNothing() {
        Declaration d = ResultRules.declare(2, 0, 20, votes(18, 15, 12, 12), RULES);
        assertEquals(List.of("A", "B"), names(d.elected()));
        assertNull(d.tie());
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "C"));
    }

    @Test
    void aTieOfTheTopTwoForOneSeatIsATie() {
        Declaration d = ResultRules.declare(1, 0, 10, votes(7, 7), RULES);
        assertTrue(d.elected().isEmpty());
        assertEquals(1, d.tie().seat());
        assertEquals(2, d.tie().candidates().size());
    }

    @Test
    void aTieAtHalfTheBaseIsNoTieBecauseNobodyIsElected() {
        Declaration d = ResultRules.declare(1, 0, 10, votes(5, 5), RULES);
        assertNull(d.tie());
        assertEquals(1, d.vacantSeats());
    }

    @Test
    void fiveSeatsWithThreeAboveHalfElectThreeAndLeaveTwoOpen() {
        Declaration d = ResultRules.declare(5, 0, 30, votes(25, 20, 16, 15, 14, 2), RULES);
        assertEquals(List.of("A", "B", "C"), names(d.elected()));
        assertEquals(2, d.vacantSeats());
        String note = ResultRules.note(Office.PARTY_COMMITTEE, 1, d, RULES.elections());
        assertTrue(note.startsWith("Còn 2 ghế chưa có người trúng cử"), note);
        assertTrue(note.contains("bầu tiếp hoặc để khuyết"), note);
    }

    @Test
    void tenDelegatesAndTwoAlternatesWithElevenAboveHalfGiveTenDelegatesAndOneAlternate() {
        int[] each = {90, 88, 86, 84, 82, 80, 78, 76, 74, 72, 70, 60, 50};
        Declaration d = ResultRules.declare(10, 2, 120, votes(each), RULES);
        assertEquals(10, d.elected().size());
        assertEquals(List.of("K"), names(d.alternates()));
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "L"), "60 of 120 is not above half");
        assertEquals(0, d.vacantSeats());
        assertEquals(1, d.vacantAlternateSeats());
        assertEquals("Còn 1 suất đại biểu dự khuyết chưa có người trúng cử",
                ResultRules.note(Office.DELEGATION, 1, d, RULES.elections()));
    }

    @Test
    void alternatesFollowTheDelegatesInOrderOfVotes() {
        Declaration d = ResultRules.declare(2, 2, 10, votes(6, 9, 7, 8, 10), RULES);
        assertEquals(List.of("E", "B"), names(d.elected()));
        assertEquals(List.of("D", "C"), names(d.alternates()));
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "A"), "above half, but both alternates' seats are taken");
    }

    @Test
    void aTieAcrossTheLastDelegateSeatIsARunoffAndItsLoserRanksFirstAmongTheAlternates() {
        Declaration d = ResultRules.declare(2, 2, 10, votes(9, 8, 8, 7), RULES);
        assertEquals(List.of("A"), names(d.elected()));
        assertEquals(2, d.tie().seat());
        assertEquals(false, d.tie().alternate());
        assertEquals(List.of("D"), names(d.alternates()));
        assertEquals(0, d.vacantAlternateSeats(), "the runoff's loser takes the first alternate's place");
        assertTrue(ResultRules.note(Office.DELEGATION, 1, d, RULES.elections()).contains("đại biểu dự khuyết"));
    }

    @Test
    void theRunoffForAnAlternatesPlaceElectsAnAlternateNotADelegate() {
        Declaration d = ResultRules.declare(0, 1, 10, votes(6, 4), RULES);
        assertEquals(List.of(), names(d.elected()));
        assertEquals(List.of("A"), names(d.alternates()));
        assertEquals(Outcome.NOT_ELECTED, outcomeOf(d, "B"));
        assertEquals(0, d.vacantAlternateSeats());
    }

    @Test
    void aTieAcrossTheLastAlternateSeatIsARunoffForTheAlternate() {
        Declaration d = ResultRules.declare(1, 1, 10, votes(9, 7, 7), RULES);
        assertEquals(List.of("A"), names(d.elected()));
        assertTrue(d.tie().alternate());
        assertEquals(2, d.tie().seat());
        assertEquals(1, d.vacantAlternateSeats());
        assertTrue(ResultRules.note(Office.DELEGATION, 1, d, RULES.elections())
                .startsWith("Suất đại biểu dự khuyết thứ 1: 2 người bằng phiếu"));
    }

    @Test
    void aSecretaryNotElectedAfterTheRuleSetsRoundsIsAppointedByTheHigherCommittee() {
        assertEquals(3, RULES.elections().secretaryMaxRounds());
        Declaration none = ResultRules.declare(1, 0, 10, votes(4), RULES);
        assertTrue(ResultRules.note(Office.SECRETARY, 2, none, RULES.elections()).contains("bầu tiếp"));
        String third = ResultRules.note(Office.SECRETARY, 3, none, RULES.elections());
        assertTrue(third.contains("cấp trên chỉ định"), third);
        assertTrue(ResultRules.anotherRoundProblem(Office.SECRETARY, 2, RULES.elections()).isEmpty());
        assertEquals("Đã bầu Bí thư 3 lần không có người trúng cử: cấp trên chỉ định, không bầu lần thứ 4",
                ResultRules.anotherRoundProblem(Office.SECRETARY, 3, RULES.elections()).orElseThrow());
        assertTrue(ResultRules.anotherRoundProblem(Office.DEPUTY_SECRETARY, 3, RULES.elections()).isEmpty(),
                "the limit is the secretary's");
    }

    @Test
    void theThresholdIsTheRuleSetsShareOfTheBase() {
        RuleSet.VoteBase v = RULES.voteBase();
        assertEquals(50, v.electedAbovePercentOfBase());
        assertTrue(ResultRules.aboveThreshold(6, 11, v));
        assertTrue(ResultRules.aboveThreshold(6, 11, v));
        assertEquals(false, ResultRules.aboveThreshold(5, 10, v));
        RuleSet.VoteBase twoThirds = new RuleSet.VoteBase(v.source(), 66, v.allMemberExclusions(),
                v.delegateExclusions());
        assertEquals(false, ResultRules.aboveThreshold(6, 10, twoThirds));
        assertTrue(ResultRules.aboveThreshold(7, 10, twoThirds));
    }

    @Test
    void noBaseNoResult() {
        assertThrows(IllegalArgumentException.class, () -> ResultRules.declare(1, 0, 0, votes(1), RULES));
    }
}
