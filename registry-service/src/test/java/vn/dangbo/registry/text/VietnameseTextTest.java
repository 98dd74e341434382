package vn.dangbo.registry.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldingDropsTonesAndLetterMarksAndReadsDAsD() {
        assertEquals("nguyen van an", VietnameseText.fold("  Nguyễn   Văn An "));
        assertEquals("do duc dung", VietnameseText.fold("Đỗ Đức Dũng"));
        assertEquals("nguyen thi anh tuyet",
                VietnameseText.fold(Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD)));
        assertEquals("hau a lu", VietnameseText.fold("Hầu A Lử"));
    }

    @Test
    void listsSortByGivenNameThenFamilyNameInVietnameseAlphabetOrder() {
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
}
