package vn.dangbo.emulation.tournament.score;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.tournament.score.ResultEvents.Corrected;
import vn.dangbo.emulation.tournament.score.ResultEvents.MatchData;
import vn.dangbo.emulation.tournament.score.ResultEvents.Previous;
import vn.dangbo.emulation.tournament.score.ResultEvents.Recorded;
import vn.dangbo.emulation.tournament.score.ResultEvents.TeamRef;
import vn.dangbo.emulation.tournament.score.ResultEvents.TournamentRef;
import vn.dangbo.emulation.tournament.standing.SetScore;
import vn.dangbo.emulation.tournament.standing.TournamentCompletedEvent;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The results' events and the final ranking as the service serialises them match their schemas (the ranking's is
 * the lead's contract with docs-service); what the running service publishes is checked in TournamentResultsTest.
 */
class ResultEventSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final TournamentRef TOURNAMENT = new TournamentRef(UUID.randomUUID(),
            "Giải Bóng chuyền hơi chào mừng kỷ niệm 65 năm");
    private static final TeamRef Y_TE = new TeamRef(UUID.randomUUID(), "Đội Sở Y tế");
    private static final TeamRef CONG_AN = new TeamRef(UUID.randomUUID(), "Đội Công an tỉnh");
    private static final Instant AT = Instant.parse("2024-05-04T02:15:00Z");

    private static MatchData played() {
        return new MatchData(UUID.randomUUID(), 3, "GROUP", "A", 2, Y_TE, CONG_AN,
                List.of(new SetScore(21, 19), new SetScore(15, 21), new SetScore(15, 12)), Y_TE, "PLAYED", null);
    }

    @Test
    void aResultAForfeitAndAWalkoverMatchTheirSchema() throws Exception {
        assertMatches(ResultEvents.RECORDED, new Recorded(TOURNAMENT, played(), AT));
        assertMatches(ResultEvents.RECORDED, new Recorded(TOURNAMENT, new MatchData(UUID.randomUUID(), 15,
                "THIRD_PLACE", null, 2, null, CONG_AN, List.of(new SetScore(0, 25), new SetScore(0, 25)), CONG_AN,
                "FORFEIT", "HOME"), AT));
        assertMatches(ResultEvents.RECORDED, new Recorded(TOURNAMENT, new MatchData(UUID.randomUUID(), 13,
                "KNOCKOUT", null, 1, Y_TE, CONG_AN, List.of(), null, "DOUBLE_FORFEIT", "BOTH"), AT));
    }

    @Test
    void aCorrectionCarriesThePreviousResult() throws Exception {
        assertMatches(ResultEvents.CORRECTED, new Corrected(TOURNAMENT, played(), new Previous("PLAYED",
                List.of(new SetScore(21, 15), new SetScore(21, 17)), CONG_AN), AT));
        ObjectNode without = JSON.valueToTree(new Corrected(TOURNAMENT, played(), null, AT));
        without.remove("previous");
        assertRefused(ResultEvents.CORRECTED, without, "previous");
    }

    @Test
    void aPlayersPersonalDataIsRefused() throws Exception {
        ObjectNode recorded = JSON.valueToTree(new Recorded(TOURNAMENT, played(), AT));
        ((ObjectNode) recorded.at("/match/home")).put("birthDate", "1980-05-01");
        assertRefused(ResultEvents.RECORDED, recorded, "birthDate");
    }

    @Test
    void theFinalRankingMatchesTheResultNoticesContract() throws Exception {
        assertMatches(TournamentCompletedEvent.TYPE, new TournamentCompletedEvent(
                new TournamentCompletedEvent.MovementRef(UUID.randomUUID(), "Phong trào thi đua chào mừng 65 năm"),
                new IssuingBody.Issuer(UUID.randomUUID(), "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "ĐUK",
                        "BLOC_COMMITTEE", "2020-2025"),
                null,
                new TournamentCompletedEvent.TournamentRef(TOURNAMENT.id(), TOURNAMENT.name(),
                        "Nhà thi đấu đa năng tỉnh Lào Cai"),
                LocalDate.of(2024, 5, 5),
                List.of(new TournamentCompletedEvent.Placed(1, new TournamentCompletedEvent.TeamRef(Y_TE.id(),
                                Y_TE.name(), List.of("Đảng bộ Sở Y tế"))),
                        new TournamentCompletedEvent.Placed(2, new TournamentCompletedEvent.TeamRef(CONG_AN.id(),
                                CONG_AN.name(), List.of()))),
                new TournamentCompletedEvent.Final(Y_TE.name(), CONG_AN.name(),
                        List.of(new SetScore(21, 19), new SetScore(21, 23), new SetScore(15, 9)), Y_TE.name())));
    }

    private static void assertMatches(String type, Object event) throws Exception {
        EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), JSON.writeValueAsString(event));
    }

    private static void assertRefused(String type, ObjectNode payload, String offending) throws Exception {
        String json = JSON.writeValueAsString(payload);
        AssertionError refused = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), json));
        assertTrue(refused.getMessage().contains(offending), refused.getMessage());
    }
}
