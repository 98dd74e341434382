package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BirthDateTest {

    @Test
    void aFullDateOrOnlyTheMonthIsReadAndWrittenBackTheSameWay() {
        BirthDate day = BirthDate.of("1975-03-12");
        assertEquals(BirthDate.Precision.DAY, day.precision());
        assertEquals("1975-03-12", day.toString());
        assertEquals("12/3/1975", day.vietnamese());

        BirthDate month = BirthDate.of("1975-03");
        assertEquals(BirthDate.Precision.MONTH, month.precision());
        assertEquals(LocalDate.of(1975, 3, 1), month.date(), "stored as the first of the month");
        assertEquals("1975-03", month.toString());
        assertEquals("tháng 3/1975", month.vietnamese());
        assertEquals(LocalDate.of(1975, 3, 1), month.earliest());
        assertEquals(LocalDate.of(1975, 3, 31), month.latest());
        assertEquals(LocalDate.of(1976, 2, 29), BirthDate.of("1976-02").latest(), "leap year");
    }

    @Test
    void anythingElseIsNotABirthDate() {
        for (String text : new String[] {"1975-13", "1975-02-30", "12/03/1975", "1975", "1975-3", "", "tháng 3"}) {
            assertTrue(BirthDate.parse(text).isEmpty(), text);
        }
    }
}
