package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.demodata.DemoEventsPlan.Guest;
import vn.dangbo.demodata.DemoEventsPlan.PlannedEvent;
import vn.dangbo.demodata.DemoEventsPlan.PlannedTeam;

/**
 * The demo's seminar, meeting and tournament keep the rules emulation-service applies (issue 14 §1, §2, §8), read
 * against the seed's plan file as emulation-service ships it and the demo bloc as the registry receives it, so the
 * local stack's start is never refused.
 */
class DemoEventsPlanTest {

    private static final Path PLAN_FILE = Path.of(System.getProperty("dangbo.repository.root", "../.."))
            .resolve("emulation-service/src/main/resources/plans/2024-khoi-65-nam.json");

    private final DemoEventsPlan plan = DemoEventsPlan.seed2024();
    private final DemoDataset demo = DemoDataGenerator.generate(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE);
    private final Map<String, DemoOrganisation> organisations = demo.organisations().stream()
            .collect(Collectors.toMap(DemoOrganisation::key, Function.identity()));

    private JsonNode section(String name) throws IOException {
        return new ObjectMapper().readTree(Files.readString(PLAN_FILE)).path("sections").path(name);
    }

    @Test
    void theSeminarIsOnADayOfItsWindowAndTheMeetingOnItsAnchorsDay() throws IOException {
        JsonNode gatherings = section("gatherings");
        PlannedEvent seminar = plan.events().get(0);
        assertEquals("SEMINAR", seminar.kind());
        LocalDate from = LocalDate.parse(gatherings.path("seminar").path("window").path("from").asText());
        LocalDate to = LocalDate.parse(gatherings.path("seminar").path("window").path("to").asText());
        assertTrue(!seminar.date().isBefore(from) && !seminar.date().isAfter(to), seminar.date() + " in April 2024");
        PlannedEvent meeting = plan.events().get(1);
        assertEquals("MEETING", meeting.kind());
        assertNull(meeting.date(), "the meeting takes its anchor's day, 10/5/2024");
        assertEquals(Map.of("kind", "MEETING"), DemoEventsPlan.eventRequest(meeting));
        assertEquals("2024-04-19", DemoEventsPlan.eventRequest(seminar).get("date"));
    }

    @Test
    void theGuestsAreNamedInVietnameseOnceAnEventAndTheChosenCellsAreTheOfficesCells() {
        for (PlannedEvent event : plan.events()) {
            Set<String> names = new HashSet<>();
            for (Guest guest : event.guests()) {
                for (String text : new String[] {guest.fullName(), guest.title(), guest.organisationName()}) {
                    assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), text);
                }
                assertTrue(names.add(guest.fullName()), "once a guest of the " + event.kind() + ": "
                        + guest.fullName());
            }
            for (String cell : event.chosenCells()) {
                assertEquals("CELL", organisations.get(cell).type(), cell);
                assertEquals(DemoDataGenerator.OFFICE_KEY, organisations.get(cell).parentKey(), cell);
            }
        }
        assertTrue(plan.events().get(1).guests().stream().anyMatch(g -> g.title().startsWith("Nguyên")),
                "former leaders at the meeting");
        assertEquals("nguyen bi thu dang uy khoi", DemoEventsPlan.fold("Nguyên Bí thư Đảng ủy Khối"));
    }

    @Test
    void everyTeamIsOneGrassrootsOrganisationOrAFewGrassrootsCellsWithAMixedRosterItsMembersCanFill()
            throws IOException {
        JsonNode tournament = section("tournament");
        JsonNode roster = tournament.path("rules").path("roster");
        int maxCells = tournament.path("maxCellsPerJointTeam").asInt();
        Set<String> taken = new HashSet<>();
        for (PlannedTeam team : plan.teams()) {
            int size = team.women() + team.men();
            assertTrue(size >= roster.path("minPlayers").asInt() && size <= roster.path("maxPlayers").asInt(),
                    team.toString());
            assertTrue(team.women() >= roster.path("minWomen").asInt(), team.toString());
            assertTrue(team.men() >= roster.path("minMen").asInt(), team.toString());
            for (String key : team.organisationKeys()) {
                assertTrue(taken.add(key), "one team per organisation: " + key);
                String type = organisations.get(key).type();
                assertTrue(team.organisationKeys().size() == 1 ? type.startsWith("GRASSROOTS_")
                        : type.equals("GRASSROOTS_CELL"), key + " " + type);
            }
            assertTrue(team.organisationKeys().size() <= maxCells, team.toString());
            for (String sex : new String[] {"FEMALE", "MALE"}) {
                long members = demo.members().stream().filter(m -> m.sex().equals(sex)
                        && team.organisationKeys().contains(grassrootsOf(m.organisationKey()))).count();
                assertTrue(members >= (sex.equals("FEMALE") ? team.women() : team.men()),
                        team + ": " + members + " " + sex);
            }
        }
        assertTrue(plan.teams().stream().anyMatch(t -> t.organisationKeys().size() > 1), "a joint team");
    }

    private String grassrootsOf(String organisationKey) {
        DemoOrganisation organisation = organisations.get(organisationKey);
        return organisation.type().equals("CELL") ? organisation.parentKey() : organisation.key();
    }
}
