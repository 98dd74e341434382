package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.demodata.DemoRoundPlan.PlannedCongress;

/** The 2020 round the demo enters for the Office committee keeps the seed plan's windows, order and terms. */
class DemoRoundPlanTest {

    private final DemoRoundPlan plan = DemoRoundPlan.seed2020();
    private final List<PlannedCongress> congresses = plan.congresses();

    @Test
    void theRoundIsTheSeedsPlanOfTheOfficeCommittee() {
        assertEquals(DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY), plan.conveningCommitteeId());
        assertEquals("2020", plan.ruleSetId());
        assertEquals(Map.of("GRASSROOTS", "2020-04"), plan.ageReferenceMonths());
        assertEquals(DemoFiles.idOf(DemoDataGenerator.PILOT_CELL_KEY), plan.pilotOrganisationId());
        assertEquals(new DemoRoundPlan.Window(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31)), plan.pilotWindow());
        assertEquals(new DemoRoundPlan.Window(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30)), plan.cellWindow());
        assertEquals(new DemoRoundPlan.Window(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)),
                plan.committeeWindow());
        assertEquals("2020-2022", plan.cellTerm());
        assertEquals("2020-2025", plan.committeeTerm());
    }

    @Test
    void everyCellOfTheOfficeAndTheCommitteeHoldOneCongress() {
        DemoDataset dataset = DemoDataGenerator.generate(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE);
        List<UUID> cells = dataset.organisations().stream()
                .filter(o -> DemoDataGenerator.OFFICE_KEY.equals(o.parentKey()))
                .map(o -> DemoFiles.idOf(o.key())).toList();
        assertEquals(cells, congresses.subList(0, 6).stream().map(PlannedCongress::organisationId).toList(),
                "the committee's congress comes after all its cells', so each needs one");
        assertEquals(List.of("Chi bộ I", "Chi bộ II", "Chi bộ III", "Chi bộ IV", "Chi bộ V", "Chi bộ VI",
                "Đảng bộ Văn phòng UBND tỉnh"), congresses.stream().map(PlannedCongress::organisationName).toList());
        assertEquals(plan.conveningCommitteeId(), congresses.get(6).organisationId());
    }

    @Test
    void chiBoIIsThePilotInMarchAndEndsBeforeAnyOtherCell() {
        PlannedCongress pilot = congresses.get(0);
        assertTrue(pilot.pilot());
        assertEquals(plan.pilotOrganisationId(), pilot.organisationId());
        assertEquals(LocalDate.of(2020, 3, 20), pilot.start());
        assertTrue(plan.pilotWindow().contains(pilot.start(), pilot.end()));
        assertEquals(1, congresses.stream().filter(PlannedCongress::pilot).count(), "one pilot");
        for (PlannedCongress cell : congresses.subList(1, 6)) {
            assertTrue(cell.start().isAfter(pilot.end()), cell.organisationName() + " after the pilot's last day");
        }
    }

    @Test
    void theOtherCellsMeetInAprilForOneDayEach() {
        for (PlannedCongress cell : congresses.subList(1, 6)) {
            assertEquals(1, cell.days(), cell.organisationName());
            assertTrue(plan.cellWindow().contains(cell.start(), cell.end()), cell.organisationName());
            assertEquals("2020-2022", cell.term());
            assertEquals("ALL_MEMBER", cell.kind(), "a cell always holds an all-member congress");
        }
        assertEquals(LocalDate.of(2020, 4, 15), congresses.get(4).start(),
                "Chi bộ V on 15/4/2020, the issue's example of a cell's deadlines");
    }

    @Test
    void theCommitteeMeetsLastInJuneForTwoDaysAsAnAllMemberCongress() {
        PlannedCongress committee = congresses.get(6);
        assertEquals(2, committee.days());
        assertEquals(LocalDate.of(2020, 6, 18), committee.start());
        assertEquals(LocalDate.of(2020, 6, 19), committee.end());
        assertTrue(plan.committeeWindow().contains(committee.start(), committee.end()));
        assertEquals("2020-2025", committee.term());
        assertTrue(congresses.subList(0, 6).stream().allMatch(c -> committee.start().isAfter(c.end())),
                "after every cell's congress");
        DemoDataset dataset = DemoDataGenerator.generate(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE);
        long officeMembers = dataset.members().stream().filter(m -> m.organisationKey().startsWith("vp-ubnd-")).count();
        assertTrue(officeMembers < 200, officeMembers + " members: below 200, an all-member congress");
        assertEquals("ALL_MEMBER", committee.kind());
        assertTrue(plan.committeeDraftsDue().isBefore(committee.start()),
                "the bloc committee approves the committee's drafts before its congress");
        assertEquals(DayOfWeek.MONDAY, plan.committeeDraftsDue().getDayOfWeek());
    }

    @Test
    void everyCongressFallsOnAWorkingDay() {
        for (PlannedCongress congress : congresses) {
            for (LocalDate day = congress.start(); !day.isAfter(congress.end()); day = day.plusDays(1)) {
                assertTrue(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
                        congress.organisationName() + " on " + day);
            }
        }
    }

    @Test
    void theRequestsCarryWhatCongressServiceReads() {
        UUID round = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Map<String, Object> pilot = DemoRoundPlan.congressRequest(round, congresses.get(0));
        assertEquals(Map.of("roundId", round.toString(), "organisationId", plan.pilotOrganisationId().toString(),
                "kind", "ALL_MEMBER", "startDate", "2020-03-20", "days", 1, "pilot", true, "term", "2020-2022"), pilot);
        Map<String, Object> round2020 = plan.roundRequest();
        assertEquals(Map.of("from", "2020-03-01", "to", "2020-03-31"), round2020.get("pilotWindow"));
        assertEquals(Map.of("GRASSROOTS", "2020-04"), round2020.get("ageReferenceMonths"));
        assertEquals(plan.conveningCommitteeId().toString(), round2020.get("conveningCommitteeId"));
        assertEquals("2020-06-08", round2020.get("committeeDraftsDue"));
    }
}
