package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartyDateTest {

    @Test
    void formatsLikeTheGuide() {
        assertEquals("Lào Cai, ngày 10 tháng 5 năm 2024", PartyDate.placeAndDate("Lào Cai", LocalDate.of(2024, 5, 10)));
        assertEquals("Lào Cai, ngày 05 tháng 02 năm 2024", PartyDate.placeAndDate("Lào Cai", LocalDate.of(2024, 2, 5)));
        assertEquals("ngày 01 tháng 01 năm 2025", PartyDate.date(LocalDate.of(2025, 1, 1)));
        assertEquals("ngày 09 tháng 3 năm 2025", PartyDate.date(LocalDate.of(2025, 3, 9)));
        assertEquals("ngày 31 tháng 12 năm 2025", PartyDate.date(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void placeIsNormalised() {
        String nfd = Normalizer.normalize("  Đắk Nông ", Normalizer.Form.NFD);
        assertEquals("Đắk Nông, ngày 30 tháng 5 năm 2019", PartyDate.placeAndDate(nfd, LocalDate.of(2019, 5, 30)));
        assertThrows(IllegalArgumentException.class, () -> PartyDate.placeAndDate(" ", LocalDate.of(2019, 5, 30)));
    }
}
