package vn.dangbo.emulation.communication.webpage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebPageRulesTest {

    private static final LocalDate PLANNED = LocalDate.of(2024, 1, 1);

    @Test
    void aPageLiveAfterThePlansDayIsLate() {
        assertFalse(WebPageRules.late(PLANNED, PLANNED));
        assertTrue(WebPageRules.late(LocalDate.of(2024, 1, 2), PLANNED));
        assertEquals(Optional.of("Chuyên trang hoạt động từ ngày 15/1/2024, muộn hơn kế hoạch (từ ngày 1/1/2024)"),
                WebPageRules.lateWarning(LocalDate.of(2024, 1, 15), PLANNED));
    }

    @Test
    void aPostCannotPrecedeThePage() {
        assertEquals(Optional.of("Ngày đăng 31/12/2023 trước ngày chuyên trang hoạt động (1/1/2024)"),
                WebPageRules.postRefusal(LocalDate.of(2023, 12, 31), PLANNED));
        assertEquals(Optional.empty(), WebPageRules.postRefusal(PLANNED, PLANNED));
        assertTrue(WebPageRules.postRefusal(PLANNED, null).isPresent());
    }
}
