package vn.dangbo.emulation.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CheckInRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);
    private static final Instant NOW = Instant.parse("2024-05-10T02:00:00Z");

    @Test
    void aSecondScanIsToldTheFirstTimeInTheMovementsZone() {
        assertEquals("Đã điểm danh lúc 07:05", CheckInRules.alreadyCheckedIn(Instant.parse("2024-05-10T00:05:59Z"),
                HANOI));
    }

    @Test
    void anOfflineScanIsNeitherInTheFutureNorBeforeTheEventsDay() {
        assertTrue(CheckInRules.scannedAtRefusal(NOW, NOW, DAY, HANOI).isEmpty());
        // 00:30 on the 10th in Hanoi is still the 9th in UTC: the zone decides the day
        assertTrue(CheckInRules.scannedAtRefusal(Instant.parse("2024-05-09T17:30:00Z"), NOW, DAY, HANOI).isEmpty());
        assertEquals("Thời điểm quét 23:59 ngày 9/5/2024 trước ngày tổ chức 10/5/2024",
                CheckInRules.scannedAtRefusal(Instant.parse("2024-05-09T16:59:00Z"), NOW, DAY, HANOI).orElseThrow());
        assertEquals("Thời điểm quét 09:00 ngày 10/5/2024 ở tương lai",
                CheckInRules.scannedAtRefusal(NOW.plusSeconds(1), NOW, DAY, HANOI).orElseThrow());
    }
}
