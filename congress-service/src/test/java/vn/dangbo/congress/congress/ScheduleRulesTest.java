package vn.dangbo.congress.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.congress.ScheduleRules.Missing;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.congress.ScheduleRules.Slot;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.round.DateWindow;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;
import vn.dangbo.kit.organisation.OrganisationType;

/** The seed's plan: Chi bộ I the pilot within 3/2020, Chi bộ II-VI within 4/2020, the Office committee within 6/2020. */
class ScheduleRulesTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");
    private static final UUID OFFICE = UUID.randomUUID();
    private static final UUID CELL_I = UUID.randomUUID();
    private static final UUID CELL_II = UUID.randomUUID();
    private static final RoundPlan SEED = new RoundPlan(UUID.randomUUID(), OFFICE, "2020", CELL_I,
            new DateWindow(d(3, 1), d(3, 31)), new DateWindow(d(4, 1), d(4, 30)), new DateWindow(d(6, 1), d(6, 30)),
            "2020-2022", "2020-2025");
    private static final RoundPlan WITHOUT_PILOT = new RoundPlan(UUID.randomUUID(), OFFICE, "2020", null, null,
            new DateWindow(d(4, 1), d(4, 30)), new DateWindow(d(6, 1), d(6, 30)), "2020-2022", "2020-2025");
    private static final Slot PILOT_ON_20_MARCH = new Slot(CELL_I, "Chi bộ I", d(3, 20), d(3, 20));

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2020, month, day);
    }

    @Test
    void theRoundGivesEachOrganisationItsPart() {
        assertEquals(Role.PILOT, ScheduleRules.role(SEED, CELL_I, OrganisationType.CELL, true, List.of())
                .orElseThrow());
        assertEquals(Role.CELL, ScheduleRules.role(SEED, CELL_II, OrganisationType.CELL, true, List.of())
                .orElseThrow());
        assertEquals(Role.CELL, ScheduleRules.role(SEED, CELL_II, OrganisationType.CELL, true,
                List.of(OrganisationType.PARTIAL_COMMITTEE)).orElseThrow(), "a cell of a partial committee");
        assertEquals(Role.COMMITTEE, ScheduleRules.role(SEED, OFFICE, OrganisationType.GRASSROOTS_COMMITTEE, false,
                List.of()).orElseThrow());
        assertTrue(ScheduleRules.role(SEED, UUID.randomUUID(), OrganisationType.CELL, false, List.of()).isEmpty(),
                "a cell of another committee");
        assertTrue(ScheduleRules.role(SEED, UUID.randomUUID(), OrganisationType.PARTIAL_COMMITTEE, true, List.of())
                .isEmpty());
    }

    /** A national round: the root convenes every grassroots organisation below it, through the provinces. */
    @Test
    void aNationalRoundHoldsTheCongressOfEveryGrassrootsOrganisation() {
        UUID root = UUID.randomUUID();
        RoundPlan national = new RoundPlan(UUID.randomUUID(), root, "2020", null, null,
                new DateWindow(d(4, 1), d(4, 30)), new DateWindow(d(6, 1), d(6, 30)), "2020-2022", "2020-2025");
        List<OrganisationType> province = List.of(OrganisationType.BLOC_COMMITTEE);
        assertEquals(Role.COMMITTEE, ScheduleRules.role(national, root, OrganisationType.BLOC_COMMITTEE, false,
                List.of()).orElseThrow());
        assertEquals(Role.CELL, ScheduleRules.role(national, UUID.randomUUID(), OrganisationType.GRASSROOTS_COMMITTEE,
                true, province).orElseThrow());
        assertEquals(Role.CELL, ScheduleRules.role(national, UUID.randomUUID(), OrganisationType.GRASSROOTS_CELL,
                true, province).orElseThrow());
        assertTrue(ScheduleRules.role(national, UUID.randomUUID(), OrganisationType.CELL, true,
                List.of(OrganisationType.BLOC_COMMITTEE, OrganisationType.GRASSROOTS_COMMITTEE)).isEmpty(),
                "a cell inside a grassroots committee holds its congress in that committee's round");
        assertTrue(ScheduleRules.role(national, UUID.randomUUID(), OrganisationType.BLOC_COMMITTEE, true, List.of())
                .isEmpty(), "a province holds no congress of the national round");
    }

    @Test
    void onlyThePilotAndTheCommitteeOrderTheRound() {
        assertTrue(ScheduleRules.ordersTheRound(SEED, OFFICE));
        assertTrue(ScheduleRules.ordersTheRound(SEED, CELL_I));
        assertFalse(ScheduleRules.ordersTheRound(SEED, CELL_II));
        assertFalse(ScheduleRules.ordersTheRound(WITHOUT_PILOT, CELL_I));
    }

    @Test
    void everyCongressLiesInsideItsWindow() {
        assertTrue(ScheduleRules.windowProblem(SEED, Role.PILOT, d(3, 20), d(3, 20)).isEmpty());
        assertTrue(ScheduleRules.windowProblem(SEED, Role.CELL, d(4, 15), d(4, 15)).isEmpty());
        assertTrue(ScheduleRules.windowProblem(SEED, Role.COMMITTEE, d(6, 15), d(6, 16)).isEmpty());
        assertEquals("Đại hội điểm tổ chức trong thời gian 01/03/2020 - 31/03/2020; đề nghị 01/04/2020 - 01/04/2020",
                ScheduleRules.windowProblem(SEED, Role.PILOT, d(4, 1), d(4, 1)).orElseThrow());
        assertEquals("Đại hội các chi bộ tổ chức trong thời gian 01/04/2020 - 30/04/2020; đề nghị "
                + "20/03/2020 - 20/03/2020", ScheduleRules.windowProblem(SEED, Role.CELL, d(3, 20), d(3, 20))
                .orElseThrow());
        assertEquals("Đại hội đảng bộ tổ chức trong thời gian 01/06/2020 - 30/06/2020; đề nghị "
                + "30/06/2020 - 01/07/2020", ScheduleRules.windowProblem(SEED, Role.COMMITTEE, d(6, 30), d(7, 1))
                .orElseThrow(), "the last day counts too");
    }

    @Test
    void noOtherCellBeforeThePilotHasBeenHeld() {
        assertEquals("Chưa lên lịch đại hội điểm: các chi bộ khác chỉ tổ chức đại hội sau đại hội điểm",
                ScheduleRules.afterPilotProblem(SEED, Role.CELL, Optional.empty(), d(4, 15)).orElseThrow());
        assertEquals("Các chi bộ khác tổ chức đại hội sau khi đại hội điểm (Chi bộ I, kết thúc 20/03/2020) đã tiến "
                + "hành; đề nghị bắt đầu 20/03/2020",
                ScheduleRules.afterPilotProblem(SEED, Role.CELL, Optional.of(PILOT_ON_20_MARCH), d(3, 20))
                        .orElseThrow());
        assertTrue(ScheduleRules.afterPilotProblem(SEED, Role.CELL, Optional.of(PILOT_ON_20_MARCH), d(3, 21))
                .isEmpty());
        assertTrue(ScheduleRules.afterPilotProblem(SEED, Role.PILOT, Optional.empty(), d(3, 20)).isEmpty());
        assertTrue(ScheduleRules.afterPilotProblem(WITHOUT_PILOT, Role.CELL, Optional.empty(), d(4, 15)).isEmpty(),
                "a round without a pilot");
    }

    @Test
    void aMovedPilotStaysBeforeTheOtherCells() {
        Optional<Slot> first = Optional.of(new Slot(CELL_II, "Chi bộ II", d(4, 10), d(4, 10)));
        assertTrue(ScheduleRules.pilotFirstProblem(Role.PILOT, first, d(3, 25)).isEmpty());
        assertEquals("Đại hội điểm phải kết thúc trước đại hội các chi bộ khác (Chi bộ II bắt đầu 10/04/2020); "
                + "đề nghị kết thúc 10/04/2020", ScheduleRules.pilotFirstProblem(Role.PILOT, first, d(4, 10))
                .orElseThrow());
        assertTrue(ScheduleRules.pilotFirstProblem(Role.CELL, first, d(4, 10)).isEmpty());
        assertTrue(ScheduleRules.pilotFirstProblem(Role.PILOT, Optional.empty(), d(3, 31)).isEmpty(),
                "no other cell scheduled yet");
    }

    @Test
    void theCommitteeAfterAllItsCells() {
        // of the pilot (20/3) and Chi bộ II (15/4), Chi bộ II ends last
        Optional<Slot> last = Optional.of(new Slot(CELL_II, "Chi bộ II", d(4, 15), d(4, 15)));
        assertEquals("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại hội: Chi bộ III, "
                + "Chi bộ IV", ScheduleRules.afterCellsProblem(Role.COMMITTEE,
                new Missing(List.of("Chi bộ III", "Chi bộ IV"), 2), last, d(6, 15)).orElseThrow());
        assertEquals("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ (Chi bộ II kết thúc 15/04/2020); "
                + "đề nghị bắt đầu 15/04/2020", ScheduleRules.afterCellsProblem(Role.COMMITTEE, Missing.NONE, last,
                d(4, 15)).orElseThrow());
        assertTrue(ScheduleRules.afterCellsProblem(Role.COMMITTEE, Missing.NONE, last, d(6, 15)).isEmpty());
        assertTrue(ScheduleRules.afterCellsProblem(Role.CELL, new Missing(List.of("Chi bộ III"), 1), last, d(4, 20))
                .isEmpty());
    }

    @Test
    void aNationalRoundNamesTheFirstTenOrganisationsWithoutACongress() {
        List<String> first = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "Chi bộ cơ sở số " + i)
                .toList();
        assertEquals("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại hội: "
                + String.join(", ", first) + " và 51.990 tổ chức khác", ScheduleRules.afterCellsProblem(
                Role.COMMITTEE, new Missing(first, 52_000), Optional.empty(), d(6, 15)).orElseThrow());
    }

    @Test
    void aCellStaysBeforeAScheduledCommittee() {
        Optional<Slot> committee = Optional.of(new Slot(OFFICE, "Đảng bộ Văn phòng", d(4, 28), d(4, 29)));
        assertTrue(ScheduleRules.beforeCommitteeProblem(Role.CELL, committee, d(4, 27)).isEmpty());
        assertEquals("Đại hội chi bộ phải kết thúc trước đại hội đảng bộ (bắt đầu 28/04/2020); đề nghị kết thúc "
                + "28/04/2020", ScheduleRules.beforeCommitteeProblem(Role.CELL, committee, d(4, 28)).orElseThrow());
        assertTrue(ScheduleRules.beforeCommitteeProblem(Role.CELL, Optional.empty(), d(4, 28)).isEmpty());
    }

    @Test
    void oneCongressPerOrganisationPerRound() {
        assertTrue(ScheduleRules.duplicateProblem("Chi bộ II", false).isEmpty());
        assertEquals("Chi bộ II đã có đại hội trong đợt đại hội này; mỗi tổ chức một đại hội trong một đợt "
                + "(hủy đại hội cũ trước khi lên lịch lại)", ScheduleRules.duplicateProblem("Chi bộ II", true)
                .orElseThrow());
    }

    @Test
    void theRoundSetsTheTermOfEachLevel() {
        assertTrue(ScheduleRules.termProblem(SEED, Role.CELL, "2020-2022").isEmpty());
        assertTrue(ScheduleRules.termProblem(SEED, Role.COMMITTEE, "2020-2025").isEmpty());
        assertEquals("Nhiệm kỳ của các chi bộ trong đợt đại hội này là 2020-2022; đề nghị 2020-2025",
                ScheduleRules.termProblem(SEED, Role.PILOT, "2020-2025").orElseThrow());
    }

    @Test
    void onlyThePilotIsMarkedPilot() {
        assertTrue(ScheduleRules.pilotMarkProblem(Role.PILOT, true).isEmpty());
        assertTrue(ScheduleRules.pilotMarkProblem(Role.CELL, false).isEmpty());
        assertTrue(ScheduleRules.pilotMarkProblem(Role.CELL, true).isPresent());
    }

    @Test
    void fewerThanTheThresholdHoldAnAllMemberCongress() {
        int threshold = RULES_2020.congresses().delegateCongressFromMembers();
        assertEquals(200, threshold);
        OrganisationType committee = OrganisationType.GRASSROOTS_COMMITTEE;
        assertEquals(CongressKind.ALL_MEMBER, ScheduleRules.requiredKind(RULES_2020, committee,
                new MemberCounts(190, 9)));
        assertEquals(CongressKind.DELEGATE, ScheduleRules.requiredKind(RULES_2020, committee,
                new MemberCounts(190, 10)));
        assertEquals("Đảng bộ có 199 đảng viên (dưới 200): tiến hành đại hội toàn thể (ALL_MEMBER), không tổ chức "
                + "đại hội đại biểu", ScheduleRules.kindProblem(RULES_2020, committee, new MemberCounts(190, 9),
                CongressKind.DELEGATE).orElseThrow());
        assertEquals("Đảng bộ có 200 đảng viên (từ 200 trở lên): tiến hành đại hội đại biểu (DELEGATE)",
                ScheduleRules.kindProblem(RULES_2020, committee, new MemberCounts(200, 0), CongressKind.ALL_MEMBER)
                        .orElseThrow());
    }

    @Test
    void aCellIsAlwaysAllMember() {
        assertEquals(CongressKind.ALL_MEMBER, ScheduleRules.requiredKind(RULES_2020, OrganisationType.CELL,
                new MemberCounts(450, 0)));
        assertTrue(ScheduleRules.kindProblem(RULES_2020, OrganisationType.CELL, new MemberCounts(450, 0),
                CongressKind.DELEGATE).isPresent());
        assertTrue(ScheduleRules.kindProblem(RULES_2020, OrganisationType.GRASSROOTS_CELL, new MemberCounts(450, 0),
                CongressKind.ALL_MEMBER).isEmpty());
    }
}
