package vn.dangbo.congress.round;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plan of the seed's round: pilot within 3/2020, the other cells within 4/2020, the committee within 6/2020. */
class RoundRulesTest {

    static final DateWindow MARCH = new DateWindow(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
    static final DateWindow APRIL = new DateWindow(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 30));
    static final DateWindow JUNE = new DateWindow(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30));

    @Test
    void theSeedsWindowsAreAcceptedInTheirOrder() {
        assertTrue(RoundRules.windowProblem("đại hội điểm", MARCH).isEmpty());
        assertTrue(RoundRules.pilotOrderProblem(MARCH, APRIL).isEmpty());
        assertTrue(RoundRules.committeeOrderProblem(APRIL, JUNE).isEmpty());
    }

    @Test
    void aWindowEndingBeforeItBeginsIsRefused() {
        assertEquals("Thời gian đại hội các chi bộ không hợp lệ: ngày kết thúc 01/04/2020 trước ngày bắt đầu 30/04/2020",
                RoundRules.windowProblem("đại hội các chi bộ",
                        new DateWindow(LocalDate.of(2020, 4, 30), LocalDate.of(2020, 4, 1))).orElseThrow());
        assertTrue(RoundRules.windowProblem("một ngày",
                new DateWindow(LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 1))).isEmpty(), "one day is a window");
    }

    @Test
    void thePilotComesBeforeTheOtherCells() {
        assertEquals("Đại hội điểm (01/04/2020 - 30/04/2020) phải tổ chức trước đại hội các chi bộ "
                + "(01/03/2020 - 31/03/2020)", RoundRules.pilotOrderProblem(APRIL, MARCH).orElseThrow());
        assertTrue(RoundRules.pilotOrderProblem(new DateWindow(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 1)),
                APRIL).isPresent(), "a pilot window running past the cells' is refused");
    }

    @Test
    void theCommitteeComesAfterItsCells() {
        assertEquals("Đại hội đảng bộ (01/03/2020 - 31/03/2020) phải tổ chức sau đại hội các chi bộ "
                + "(01/04/2020 - 30/04/2020)", RoundRules.committeeOrderProblem(APRIL, MARCH).orElseThrow());
        assertTrue(RoundRules.committeeOrderProblem(APRIL,
                new DateWindow(LocalDate.of(2020, 4, 2), LocalDate.of(2020, 4, 20))).isPresent(),
                "a committee window ending before the cells' is refused");
        assertTrue(RoundRules.committeeOrderProblem(APRIL,
                new DateWindow(LocalDate.of(2020, 4, 15), LocalDate.of(2020, 6, 30))).isEmpty(),
                "windows may overlap: each congress is then ordered against the others");
    }

    @Test
    void termsAreWellFormed() {
        assertTrue(RoundRules.termProblem("2020-2022").isEmpty());
        assertTrue(RoundRules.termProblem("2020-2025").isEmpty());
        assertEquals("Nhiệm kỳ 2020-22 không hợp lệ: phải có dạng 2020-2025, năm kết thúc sau năm bắt đầu",
                RoundRules.termProblem("2020-22").orElseThrow());
        assertTrue(RoundRules.termProblem("2025-2020").isPresent());
        assertTrue(RoundRules.termProblem("2020-2020").isPresent());
        assertTrue(RoundRules.termProblem(null).isPresent());
    }

    @Test
    void theRuleSetMustBeShipped() {
        assertTrue(RoundRules.ruleSetProblem("2020", List.of("2020", "2025")).isEmpty());
        assertEquals("Không có bộ quy tắc đại hội với mã 2030; các bộ hiện có: 2020, 2025",
                RoundRules.ruleSetProblem("2030", List.of("2025", "2020")).orElseThrow());
    }

    @Test
    void atLeastOneAgeReferenceMonth() {
        assertTrue(RoundRules.ageReferenceProblem(Map.of(RoundLevel.GRASSROOTS, YearMonth.of(2020, 4))).isEmpty());
        assertTrue(RoundRules.ageReferenceProblem(Map.of()).isPresent());
        assertTrue(RoundRules.ageReferenceProblem(null).isPresent());
    }

    @Test
    void aPilotNeedsBothItsOrganisationAndItsWindow() {
        assertTrue(RoundRules.pilotProblem(UUID.randomUUID(), MARCH).isEmpty());
        assertTrue(RoundRules.pilotProblem(null, null).isEmpty(), "a round without a pilot");
        assertTrue(RoundRules.pilotProblem(UUID.randomUUID(), null).isPresent());
        assertTrue(RoundRules.pilotProblem(null, MARCH).isPresent());
    }
}
