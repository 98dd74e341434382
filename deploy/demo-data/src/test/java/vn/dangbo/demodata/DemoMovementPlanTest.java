package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dangbo.demodata.DemoMovementPlan.PlannedNomination;
import vn.dangbo.demodata.DemoMovementPlan.PlannedWork;
import vn.dangbo.demodata.DemoMovementPlan.Report;

/**
 * The demo's movement keeps the rules emulation-service applies (issue 13 §2, §4), read against the seed's plan file
 * as emulation-service ships it and the demo bloc as the registry receives it, so the local stack's start is never
 * refused.
 */
class DemoMovementPlanTest {

    private static final Path PLAN_FILE = Path.of(System.getProperty("dangbo.repository.root", "../.."))
            .resolve("emulation-service/src/main/resources/plans/2024-khoi-65-nam.json");

    private final DemoMovementPlan plan = DemoMovementPlan.seed2024();
    private final Map<String, DemoOrganisation> organisations = DemoDataGenerator
            .generate(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE).organisations().stream()
            .collect(Collectors.toMap(DemoOrganisation::key, Function.identity()));

    @Test
    void theMovementIsTheSeedsPlanLaunchedForTheDemoBloc() throws IOException {
        JsonNode file = new ObjectMapper().readTree(Files.readString(PLAN_FILE));
        assertEquals(file.path("id").asText(), plan.planId());
        assertEquals(LocalDate.parse(file.path("period").path("from").asText()), plan.periodFrom());
        assertEquals(LocalDate.parse(file.path("period").path("to").asText()), plan.periodTo());
        assertEquals(DemoFiles.idOf(DemoDataGenerator.BLOC_KEY), plan.blocId());
        assertEquals("BLOC_COMMITTEE", organisations.get(DemoDataGenerator.BLOC_KEY).type());
        assertEquals(Map.of("planId", "2024-khoi-65-nam", "blocId", plan.blocId().toString()), plan.launchRequest());
    }

    @Test
    void everyWorkIsOfAGrassrootsOrganisationOfTheBlocInACategoryOfThePlan() throws IOException {
        JsonNode works = new ObjectMapper().readTree(Files.readString(PLAN_FILE)).path("sections").path("works");
        Set<String> categories = new HashSet<>();
        works.path("categories").forEach(c -> categories.add(c.path("code").asText()));
        int max = works.path("maxPerOrganisation").asInt();
        Map<String, Long> perOrganisation = plan.works().stream()
                .collect(Collectors.groupingBy(PlannedWork::organisationKey, Collectors.counting()));
        perOrganisation.forEach((key, count) -> assertTrue(count <= max, key + " registers " + count));
        for (PlannedWork work : plan.works()) {
            DemoOrganisation organisation = organisations.get(work.organisationKey());
            assertNotNull(organisation, work.organisationKey());
            assertTrue(organisation.type().startsWith("GRASSROOTS_"), organisation.name() + " takes part");
            assertEquals(DemoDataGenerator.BLOC_KEY, organisation.parentKey());
            assertTrue(categories.contains(work.categoryCode()), work.categoryCode());
            assertTrue(inPeriod(work.targetDate()), work.title() + " due " + work.targetDate());
        }
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", organisations.get(plan.works().get(0).organisationKey()).name());
        assertTrue(perOrganisation.size() >= 4, "several organisations report into the movement");
    }

    @Test
    void reportsAreDatedInsideThePeriodAndNeverGoBack() {
        boolean completed = false;
        for (PlannedWork work : plan.works()) {
            Report previous = null;
            for (Report report : work.reports()) {
                assertTrue(inPeriod(report.reportedOn()), report.reportedOn() + " is inside 1/12/2023-30/4/2024");
                assertTrue(report.percent() >= 0 && report.percent() <= 100);
                if (previous != null) {
                    assertTrue(report.reportedOn().isAfter(previous.reportedOn()), work.title());
                    assertTrue(report.percent() >= previous.percent(), work.title());
                }
                previous = report;
            }
            completed |= previous != null && previous.percent() == 100;
        }
        assertTrue(completed, "one work is completed");
        assertTrue(plan.works().stream().anyMatch(w -> w.reports().isEmpty()), "one work has no report yet");
    }

    @Test
    void everyNomineeIsInTheSubtreeOfTheOrganisationNominatingIt() {
        Set<String> nominees = new HashSet<>();
        for (PlannedNomination nomination : plan.nominations()) {
            DemoOrganisation nominee = organisations.get(nomination.nomineeKey());
            assertNotNull(nominee, nomination.nomineeKey());
            assertTrue(nomination.nomineeKey().equals(nomination.nominatedByKey())
                    || nominee.parentKey().equals(nomination.nominatedByKey()), nomination.toString());
            assertTrue(organisations.get(nomination.nominatedByKey()).type().startsWith("GRASSROOTS_"));
            if (nomination.member()) {
                assertTrue(nominee.type().equals("CELL") || nominee.type().equals("GRASSROOTS_CELL"),
                        "a member is on a cell's list");
            }
            assertTrue(nominees.add(nomination.nomineeKind() + nomination.nomineeKey() + nomination.place()),
                    "one nomination per nominee");
        }
        assertEquals(Set.of("ORGANISATION", "MEMBER"), plan.nominations().stream()
                .map(PlannedNomination::nomineeKind).collect(Collectors.toSet()), "collectives and individuals");
    }

    @Test
    void everyTextIsVietnameseInNfc() {
        List<String> texts = new ArrayList<>();
        for (PlannedWork work : plan.works()) {
            texts.add(work.title());
            texts.add(work.description());
            work.reports().forEach(r -> texts.add(r.text()));
        }
        plan.nominations().forEach(n -> texts.add(n.achievement()));
        for (String text : texts) {
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "not NFC: " + text);
            assertFalse(text.isBlank());
        }
        assertTrue(texts.stream().allMatch(t -> t.chars().anyMatch(c -> c > 0x7f)), "with diacritics");
    }

    @Test
    void theRequestsCarryWhatEmulationServiceReads() {
        PlannedWork work = plan.works().get(0);
        assertEquals(List.of("organisationId", "title", "categoryCode", "targetDate", "description"),
                List.copyOf(DemoMovementPlan.workRequest(work).keySet()));
        assertEquals(Map.of("reportedOn", "2024-01-15", "percent", 30, "text",
                "Hoàn thành số hóa hồ sơ các năm 2015-2017"), DemoMovementPlan.reportRequest(work.reports().get(0)));
        PlannedNomination nomination = plan.nominations().get(0);
        Map<String, Object> body = DemoMovementPlan.nominationRequest(nomination,
                nomination.nomineeOrganisationId());
        assertEquals(DemoFiles.idOf(DemoDataGenerator.PILOT_CELL_KEY).toString(), body.get("nomineeId"));
        assertEquals("ORGANISATION", body.get("nomineeKind"));
        assertEquals(DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY).toString(), body.get("nominatedBy"));
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(plan.periodFrom()) && !day.isAfter(plan.periodTo());
    }
}
