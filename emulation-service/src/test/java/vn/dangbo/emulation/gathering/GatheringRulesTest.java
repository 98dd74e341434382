package vn.dangbo.emulation.gathering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatheringRulesTest {

    private static final LocalDate APRIL_1 = LocalDate.of(2024, 4, 1);
    private static final LocalDate APRIL_30 = LocalDate.of(2024, 4, 30);

    @Test
    void theSeminarOnTheSecondOfMayIsOutsideAprilAndTheMessageNamesTheWindow() {
        assertEquals(Optional.of("Ngày 2/5/2024 nằm ngoài thời gian kế hoạch cho hội thảo (từ 1/4/2024 đến 30/4/2024)"),
                GatheringRules.windowRefusal("SEMINAR", LocalDate.of(2024, 5, 2), APRIL_1, APRIL_30));
        assertTrue(GatheringRules.windowRefusal("SEMINAR", LocalDate.of(2024, 3, 31), APRIL_1, APRIL_30).isPresent());
        assertEquals(Optional.empty(), GatheringRules.windowRefusal("SEMINAR", APRIL_1, APRIL_1, APRIL_30));
        assertEquals(Optional.empty(), GatheringRules.windowRefusal("SEMINAR", APRIL_30, APRIL_1, APRIL_30));
    }

    @Test
    void halfADayIsAtMostTheMaximumLongerOnlyWarns() {
        assertEquals(3.5, GatheringRules.hours(LocalTime.of(8, 0), LocalTime.of(11, 30)));
        assertEquals(Optional.empty(), GatheringRules.lengthWarning("MEETING", LocalTime.of(7, 30),
                LocalTime.of(12, 30), 5));
        assertEquals(Optional.of("Thời gian buổi gặp mặt kỷ niệm là 6 giờ (07:30 - 13:30), dài hơn nửa ngày theo kế"
                + " hoạch (tối đa 5 giờ)"), GatheringRules.lengthWarning("MEETING", LocalTime.of(7, 30),
                        LocalTime.of(13, 30), 5));
        assertEquals(Optional.of("Thời gian hội thảo là 5,5 giờ (08:00 - 13:30), dài hơn nửa ngày theo kế hoạch"
                + " (tối đa 5 giờ)"), GatheringRules.lengthWarning("SEMINAR", LocalTime.of(8, 0),
                        LocalTime.of(13, 30), 5));
    }

    @Test
    void anEndBeforeOrAtTheStartIsRefused() {
        assertEquals(Optional.of("Giờ kết thúc (07:00) phải sau giờ bắt đầu (08:00)"),
                GatheringRules.timesRefusal(LocalTime.of(8, 0), LocalTime.of(7, 0)));
        assertTrue(GatheringRules.timesRefusal(LocalTime.of(8, 0), LocalTime.of(8, 0)).isPresent());
        assertEquals(Optional.empty(), GatheringRules.timesRefusal(LocalTime.of(8, 0), LocalTime.of(8, 1)));
    }
}
