package vn.dangbo.emulation.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "Trước ngày 20/4/2024", read strictly in Vietnam's time. */
class DeadlineRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate DUE_BEFORE = LocalDate.of(2024, 4, 20);
    private static final UUID UNIT = UUID.randomUUID();

    private static Instant hanoi(int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(2024, month, day, hour, minute, second).atZone(HANOI).toInstant();
    }

    @Test
    void theLastAcceptedMomentIsTheLastSecondOf19April() {
        assertEquals(LocalDateTime.of(2024, 4, 19, 23, 59, 59),
                DeadlineRules.lastAcceptedMoment(DUE_BEFORE, HANOI).toLocalDateTime());
    }

    @Test
    void nineteenAprilAt2359IsOnTimeAndTwentiethAtMidnightIsLate() {
        assertFalse(DeadlineRules.isLate(hanoi(4, 19, 23, 59, 0), DUE_BEFORE, HANOI));
        assertFalse(DeadlineRules.isLate(hanoi(4, 19, 23, 59, 59), DUE_BEFORE, HANOI));
        assertTrue(DeadlineRules.isLate(hanoi(4, 20, 0, 0, 0), DUE_BEFORE, HANOI));
        // 17:00 UTC on 19/4 is already 00:00 on 20/4 in Vietnam
        assertTrue(DeadlineRules.isLate(Instant.parse("2024-04-19T17:00:00Z"), DUE_BEFORE, HANOI));
    }

    @Test
    void anOverrideForTheOrganisationOrForAllAcceptsLateUntilItsMoment() {
        var forUnit = new DeadlineRules.Override(UNIT, hanoi(4, 22, 17, 0, 0), "Đơn vị gửi bổ sung hồ sơ");
        var late = hanoi(4, 21, 9, 0, 0);
        var verdict = DeadlineRules.judge(late, DUE_BEFORE, HANOI, UNIT, List.of(forUnit));
        assertTrue(verdict.accepted());
        assertTrue(verdict.late());
        assertEquals(forUnit, verdict.override().orElseThrow());

        assertFalse(DeadlineRules.judge(late, DUE_BEFORE, HANOI, UUID.randomUUID(), List.of(forUnit)).accepted(),
                "another organisation's override covers nobody else");
        assertFalse(DeadlineRules.judge(hanoi(4, 23, 9, 0, 0), DUE_BEFORE, HANOI, UNIT, List.of(forUnit)).accepted(),
                "after the override's moment");
        var forAll = new DeadlineRules.Override(null, hanoi(4, 25, 0, 0, 0), "Gia hạn chung");
        assertTrue(DeadlineRules.judge(hanoi(4, 23, 9, 0, 0), DUE_BEFORE, HANOI, UNIT, List.of(forUnit, forAll))
                .accepted());
    }

    @Test
    void theMessageNamesTheDeadline() {
        assertEquals("Đã quá hạn nộp hồ sơ đề nghị khen thưởng: hạn cuối là 23:59:59 ngày 19/4/2024 (giờ Việt Nam, "
                + "theo kế hoạch: trước ngày 20/4/2024); Văn phòng có thể cho phép nộp muộn",
                DeadlineRules.lateMessage(DeadlineKind.NOMINATION.label(), DUE_BEFORE, HANOI));
    }
}
