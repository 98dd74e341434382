package vn.dangbo.emulation.tournament.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentMatch.Stage;
import vn.dangbo.emulation.tournament.TournamentMatch.State;
import vn.dangbo.emulation.tournament.standing.AdvancementRules.Kind;
import vn.dangbo.emulation.tournament.standing.AdvancementRules.Match;
import vn.dangbo.emulation.tournament.standing.AdvancementRules.Side;

class AdvancementRulesTest {

    private final UUID a1 = UUID.randomUUID();
    private final UUID a2 = UUID.randomUUID();
    private final UUID a3 = UUID.randomUUID();
    private final UUID b1 = UUID.randomUUID();

    @Test
    void aGroupsPlacesAreKnownOnlyOnceTheGroupIsComplete() {
        Map<String, List<UUID>> complete = Map.of("A", List.of(a1, a2, a3));
        assertEquals(new Side(Kind.KNOWN, a1), AdvancementRules.resolve("A1", complete, Map.of()));
        assertEquals(new Side(Kind.KNOWN, a2), AdvancementRules.resolve("A2", complete, Map.of()));
        assertEquals(Kind.PENDING, AdvancementRules.resolve("B1", complete, Map.of()).kind());
        assertEquals(Kind.VOID, AdvancementRules.resolve("A4", complete, Map.of()).kind(), "a group of three");
    }

    @Test
    void aKnockoutMatchSendsItsWinnerAndItsLoserOnceDecided() {
        Map<Integer, Match> matches = Map.of(
                12, new Match(12, Stage.KNOCKOUT, a1, b1, State.PLAYED, b1),
                13, new Match(13, Stage.KNOCKOUT, a2, a3, State.PENDING, null),
                14, new Match(14, Stage.KNOCKOUT, a2, a3, State.DOUBLE_FORFEIT, null),
                15, new Match(15, Stage.KNOCKOUT, a1, a2, State.FORFEIT, a2));
        assertEquals(new Side(Kind.KNOWN, b1), AdvancementRules.resolve("W12", Map.of(), matches));
        assertEquals(new Side(Kind.KNOWN, a1), AdvancementRules.resolve("L12", Map.of(), matches));
        assertEquals(Kind.PENDING, AdvancementRules.resolve("W13", Map.of(), matches).kind());
        assertEquals(Kind.VOID, AdvancementRules.resolve("W14", Map.of(), matches).kind());
        assertEquals(Kind.VOID, AdvancementRules.resolve("L14", Map.of(), matches).kind());
        assertEquals(new Side(Kind.KNOWN, a1), AdvancementRules.resolve("L15", Map.of(), matches));
    }

    @Test
    void aGroupCalledLIsAGroupWhenTheNumberIsNoKnockoutMatch() {
        Map<Integer, Match> matches = Map.of(1, new Match(1, Stage.GROUP, a1, a2, State.PLAYED, a1));
        assertEquals(new Side(Kind.KNOWN, b1), AdvancementRules.resolve("L1", Map.of("L", List.of(b1)), matches));
    }

    @Test
    void aSourceReadsAsTheOfficeSaysIt() {
        assertEquals("Nhất bảng A", AdvancementRules.label("A1"));
        assertEquals("Nhì bảng B", AdvancementRules.label("B2"));
        assertEquals("Hạng 3 bảng C", AdvancementRules.label("C3"));
        assertEquals("Thắng trận 12", AdvancementRules.label("W12"));
        assertEquals("Thua trận 13", AdvancementRules.label("L13"));
    }

    @Test
    void aSideNobodyComesToMakesTheMatchAWalkover() {
        Side known = new Side(Kind.KNOWN, a1);
        Side none = new Side(Kind.VOID, null);
        Side pending = new Side(Kind.PENDING, null);
        assertEquals(Optional.of(State.FORFEIT), AdvancementRules.walkover(known, none));
        assertEquals(Optional.of(State.FORFEIT), AdvancementRules.walkover(none, known));
        assertEquals(Optional.of(State.DOUBLE_FORFEIT), AdvancementRules.walkover(none, none));
        assertEquals(Optional.empty(), AdvancementRules.walkover(none, pending));
        assertEquals(Optional.empty(), AdvancementRules.walkover(known, new Side(Kind.KNOWN, a2)));
    }
}
