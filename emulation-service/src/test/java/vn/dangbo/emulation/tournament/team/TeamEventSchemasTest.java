package vn.dangbo.emulation.tournament.team;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.team.TeamEvents.MovementRef;
import vn.dangbo.emulation.tournament.team.TeamEvents.OrganisationRef;
import vn.dangbo.emulation.tournament.team.TeamEvents.Player;
import vn.dangbo.emulation.tournament.team.TeamEvents.Registered;
import vn.dangbo.emulation.tournament.team.TeamEvents.TeamData;
import vn.dangbo.emulation.tournament.team.TeamEvents.TournamentRef;
import vn.dangbo.emulation.tournament.team.TeamEvents.Withdrawn;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The teams' schemas describe exactly the {@link TeamEvents} records as serialised; a player carries a name and a
 * sex, nothing else. What the running service publishes is checked against them in {@code TeamRegistrationTest}.
 */
class TeamEventSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final MovementRef MOVEMENT = new MovementRef(UUID.randomUUID(), "Phong trào thi đua 65 năm");
    private static final TournamentRef TOURNAMENT = new TournamentRef(UUID.randomUUID(), "Giải Bóng chuyền hơi");

    static TeamData team() {
        return new TeamData(UUID.randomUUID(), "Liên quân Chi bộ A - Chi bộ B", List.of(new OrganisationRef(
                UUID.randomUUID(), "Chi bộ A"), new OrganisationRef(UUID.randomUUID(), "Chi bộ B")),
                List.of(new Player("Nguyễn Thị An", TeamRules.Sex.FEMALE), new Player("Trần Văn Bình",
                        TeamRules.Sex.MALE)), 1, 1);
    }

    @Test
    void registeredAndWithdrawnMatchTheirSchemas() throws Exception {
        EventSchemas.assertValid(schema(TeamEvents.REGISTERED), JSON.writeValueAsString(new Registered(MOVEMENT,
                TOURNAMENT, team(), Instant.parse("2024-04-20T02:00:00Z"))));
        EventSchemas.assertValid(schema(TeamEvents.WITHDRAWN), JSON.writeValueAsString(new Withdrawn(MOVEMENT,
                TOURNAMENT, team(), "Không đủ vận động viên nữ", Instant.parse("2024-04-22T02:00:00Z"))));
    }

    @Test
    void aPlayersMemberIdOrBirthDateIsRefused() throws Exception {
        ObjectNode event = JSON.valueToTree(new Registered(MOVEMENT, TOURNAMENT, team(), Instant.now()));
        ((ObjectNode) event.at("/team/players/0")).put("birthDate", "1980-05-01");
        String json = JSON.writeValueAsString(event);
        AssertionError refused = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(schema(TeamEvents.REGISTERED), json));
        assertTrue(refused.getMessage().contains("birthDate"), refused.getMessage());
    }

    @Test
    void bothTypesAreListedOnTheTournamentsChannel() throws Exception {
        String asyncapi = Files.readString(SCHEMAS.resolveSibling("asyncapi.yaml"));
        for (String type : List.of(TeamEvents.REGISTERED, TeamEvents.WITHDRAWN)) {
            assertTrue(Files.readString(schema(type)).contains("\"$id\": \"urn:dangbo:event:" + type + "\""), type);
            assertTrue(asyncapi.contains("$ref: 'schemas/" + type + ".json'"), type);
        }
        assertTrue(asyncapi.contains("address: " + TeamEvents.TOPIC));
    }

    private static Path schema(String type) {
        return SCHEMAS.resolve(type + ".json");
    }
}
