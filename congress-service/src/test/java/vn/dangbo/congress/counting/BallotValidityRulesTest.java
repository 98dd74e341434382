package vn.dangbo.congress.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;

/** The reference notes' cases R2 and R3: which ballots are valid, and whom they vote for. */
class BallotValidityRulesTest {

    private static final RuleSet.Elections RULES = RuleSets.shipped("2020").elections();
    private static final List<UUID> SEVEN = IntStream.range(0, 7).mapToObj(i -> UUID.randomUUID()).toList();
    private static final CountBasis FIVE_OF_SEVEN = CountBasis.of(BallotKind.STRIKE_OUT, 5, SEVEN, 2, RULES);

    @Test
    void sevenNamesFiveSeatsSixKeptIsInvalidFiveKeptIsValidAllStruckIsInvalid() {
        BallotValidityRules.Verdict six = judge(FIVE_OF_SEVEN, SEVEN.subList(0, 6));
        assertFalse(six.valid());
        assertEquals("Phiếu giữ lại 6 người, nhiều hơn số lượng cần bầu (5)", six.reason());
        assertTrue(six.votes().isEmpty(), "an invalid ballot votes for nobody");

        BallotValidityRules.Verdict five = judge(FIVE_OF_SEVEN, SEVEN.subList(2, 7));
        assertTrue(five.valid());
        assertEquals(SEVEN.subList(2, 7), five.votes());

        BallotValidityRules.Verdict none = judge(FIVE_OF_SEVEN, List.of());
        assertFalse(none.valid());
        assertEquals("Phiếu gạch hết tên trong danh sách bầu cử có số dư", none.reason());

        assertTrue(judge(FIVE_OF_SEVEN, SEVEN.subList(0, 1)).valid(), "keeping fewer names than seats is valid");
    }

    @Test
    void agreeBothNoneKeepsTheBallotValidAndOnlyTheAgreedGetAVote() {
        List<UUID> three = SEVEN.subList(0, 3);
        CountBasis basis = CountBasis.of(BallotKind.AGREE_DISAGREE, 3, three, 2, RULES);
        Map<UUID, Mark> marks = new LinkedHashMap<>();
        marks.put(three.get(0), Mark.AGREE);
        marks.put(three.get(1), Mark.BOTH);
        // the third left out: neither box marked
        BallotValidityRules.Verdict verdict = BallotValidityRules.judge(basis,
                BallotContent.entered(basis, null, marks));
        assertTrue(verdict.valid());
        assertEquals(List.of(three.get(0)), verdict.votes());
    }

    @Test
    void oneCandidateMarkedDisagreeIsAValidBallotWithNoVote() {
        CountBasis secretary = CountBasis.of(BallotKind.AGREE_DISAGREE, 1, SEVEN.subList(0, 1), 2, RULES);
        BallotValidityRules.Verdict verdict = BallotValidityRules.judge(secretary,
                BallotContent.entered(secretary, null, Map.of(SEVEN.get(0), Mark.DISAGREE)));
        assertTrue(verdict.valid());
        assertTrue(verdict.votes().isEmpty());
    }

    @Test
    void aRuleSetWithoutTheNoVoteRuleMakesBothBoxesAnInvalidBallot() {
        RuleSet.Elections strict = new RuleSet.Elections(RULES.source(), true, true, false, 3, 2, 5, 3, 2);
        CountBasis basis = CountBasis.of(BallotKind.AGREE_DISAGREE, 2, SEVEN.subList(0, 2), 2, strict);
        BallotValidityRules.Verdict verdict = BallotValidityRules.judge(basis, BallotContent.entered(basis, null,
                Map.of(SEVEN.get(0), Mark.AGREE, SEVEN.get(1), Mark.BOTH)));
        assertFalse(verdict.valid());
        assertEquals("Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào cho 1 người", verdict.reason());
    }

    @Test
    void anEntryIsRefusedForANameNotOnTheListOrTwice() {
        ContentRefusal outsider = org.junit.jupiter.api.Assertions.assertThrows(ContentRefusal.class,
                () -> BallotContent.entered(FIVE_OF_SEVEN, List.of(UUID.randomUUID()), null));
        assertEquals("kept", outsider.field());
        ContentRefusal twice = org.junit.jupiter.api.Assertions.assertThrows(ContentRefusal.class,
                () -> BallotContent.entered(FIVE_OF_SEVEN, List.of(SEVEN.get(0), SEVEN.get(0)), null));
        assertEquals("Người có mã " + SEVEN.get(0) + " được nhập hai lần", twice.getMessage());
    }

    @Test
    void theSameBallotEnteredInAnotherOrderIsTheSameCanonicalEntry() {
        String one = BallotContent.entered(FIVE_OF_SEVEN, List.of(SEVEN.get(3), SEVEN.get(1)), null).canonical();
        String other = BallotContent.entered(FIVE_OF_SEVEN, List.of(SEVEN.get(1), SEVEN.get(3)), null).canonical();
        assertEquals(one, other);
        assertEquals(List.of(SEVEN.get(1), SEVEN.get(3)), BallotContent.parse(FIVE_OF_SEVEN, one).kept());
    }

    private static BallotValidityRules.Verdict judge(CountBasis basis, List<UUID> kept) {
        return BallotValidityRules.judge(basis, BallotContent.entered(basis, kept, null));
    }
}
