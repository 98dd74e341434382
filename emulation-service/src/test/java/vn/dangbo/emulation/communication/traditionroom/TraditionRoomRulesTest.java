package vn.dangbo.emulation.communication.traditionroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TraditionRoomRulesTest {

    private static final LocalDate DUE = LocalDate.of(2024, 4, 30);

    @Test
    void doneWithinAprilIsOnTime() {
        assertFalse(TraditionRoomRules.late(DUE, DUE));
        assertEquals(Optional.empty(), TraditionRoomRules.lateWarning(DUE, DUE));
    }

    @Test
    void doneInMayIsLate() {
        assertTrue(TraditionRoomRules.late(LocalDate.of(2024, 5, 1), DUE));
        assertEquals(Optional.of("Phòng truyền thống hoàn thành ngày 1/5/2024, sau thời hạn 30/4/2024"),
                TraditionRoomRules.lateWarning(LocalDate.of(2024, 5, 1), DUE));
    }
}
