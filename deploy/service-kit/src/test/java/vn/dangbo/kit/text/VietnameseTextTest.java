package vn.dangbo.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    private static final String DECOMPOSED = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);

    @Test
    void storedTextIsComposedWhateverTheKeyboardSent() {
        assertEquals("Nguyễn Thị Ánh Tuyết", VietnameseText.nfc(DECOMPOSED));
        assertEquals(" Nguyễn Thị Ánh Tuyết ", VietnameseText.nfc(" " + DECOMPOSED + " "));
        assertEquals("Nguyễn Thị Ánh Tuyết", VietnameseText.nfcStripped("  " + DECOMPOSED + "\t"));
        assertNull(VietnameseText.nfc(null));
        assertNull(VietnameseText.nfcStripped(null));
    }

    @Test
    void foldingDropsTonesAndLetterMarksAndReadsDAsD() {
        assertEquals("nguyen van an", VietnameseText.fold("  Nguyễn   Văn An "));
        assertEquals("do duc dung", VietnameseText.fold("Đỗ Đức Dũng"));
        assertEquals("nguyen thi anh tuyet", VietnameseText.fold(DECOMPOSED));
        assertEquals("hau a lu", VietnameseText.fold("Hầu A Lử"));
    }

    @Test
    void listsOfPeopleSortByGivenNameThenFamilyNameInVietnameseAlphabetOrder() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Đức", "Nguyễn Thị Ánh", "Lê Văn Dũng", "Phạm Thị Ân",
                "Bùi Văn An", "Vũ Thị Ăn", "Nguyễn Văn An", "Hoàng Văn Anh", "Lê Thị Ba", "Lò Văn Bà", "Đặng Văn Bá"));
        names.sort(Comparator.comparing(VietnameseText::sortKey));
        assertEquals(List.of(
                "Bùi Văn An", "Nguyễn Văn An", // same given name: by family name
                "Hoàng Văn Anh", "Nguyễn Thị Ánh", // letters first (an < anh), then the tone

                "Vũ Thị Ăn", "Phạm Thị Ân", // ă then â come after a
                "Lê Thị Ba", "Lò Văn Bà", "Đặng Văn Bá", // no tone, huyền, sắc
                "Lê Văn Dũng", "Trần Văn Đức"), // d before đ
                names);
    }

    private static List<String> sortedByName(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(VietnameseText.byName(Function.identity(), Function.identity()));
        return list;
    }

    @Test
    void dStrokeComesAfterDAndBeforeE() {
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Dân vận", "Đảng bộ Công an tỉnh", "Em"),
                sortedByName("Đảng bộ Công an tỉnh", "Em", "Chi bộ Sở Tư pháp", "Dân vận"));
    }

    @Test
    void lettersWithMarksFollowTheirBaseLetterNotTheCodePointTable() {
        // by code point "Ủ" (U+1EE6) sorts after "V"; Vietnamese reads it as U
        assertEquals(List.of("Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai"),
                sortedByName("Đảng bộ Viễn thông Lào Cai", "Đảng bộ Ủy ban nhân dân tỉnh"));
        assertEquals(List.of("An", "Ăn", "Ân", "Bê"), sortedByName("Bê", "Ân", "Ăn", "An"));
        assertEquals(List.of("On", "Ôn", "Ơn", "Uy", "Ủy", "Ư"), sortedByName("Ư", "Ủy", "Ơn", "On", "Uy", "Ôn"));
        assertEquals(List.of("Chi bộ Sở Tài chính", "Chi bộ Sở Tư pháp", "Chi bộ Sở Y tế"),
                sortedByName("Chi bộ Sở Y tế", "Chi bộ Sở Tư pháp", "Chi bộ Sở Tài chính"));
    }

    @Test
    void composedAndDecomposedSpellingsSortAlike() {
        String decomposed = Normalizer.normalize("Đảng bộ Ủy ban", Normalizer.Form.NFD);
        List<String> list = sortedByName("Đảng bộ Viễn thông", decomposed, "Chi bộ Sở Tư pháp");
        assertEquals("Chi bộ Sở Tư pháp", list.get(0));
        assertEquals(decomposed, list.get(1));
    }
}
