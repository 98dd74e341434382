package vn.dangbo.emulation.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    private static List<String> sorted(String... names) {
        List<String> list = new ArrayList<>(List.of(names));
        list.sort(VietnameseOrder.byName(Function.identity(), Function.identity()));
        return list;
    }

    @Test
    void dStrokeComesAfterDAndBeforeE() {
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Dân vận", "Đảng bộ Công an tỉnh", "Em"),
                sorted("Đảng bộ Công an tỉnh", "Em", "Chi bộ Sở Tư pháp", "Dân vận"));
    }

    @Test
    void lettersWithMarksFollowTheirBaseLetterNotTheCodePointTable() {
        // by code point "Ủ" (U+1EE6) sorts after "V"; Vietnamese reads it as U
        assertEquals(List.of("Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai"),
                sorted("Đảng bộ Viễn thông Lào Cai", "Đảng bộ Ủy ban nhân dân tỉnh"));
        assertEquals(List.of("An", "Ăn", "Ân", "Bê"), sorted("Bê", "Ân", "Ăn", "An"));
        assertEquals(List.of("On", "Ôn", "Ơn", "Uy", "Ủy", "Ư"), sorted("Ư", "Ủy", "Ơn", "On", "Uy", "Ôn"));
        assertEquals(List.of("Chi bộ Sở Tài chính", "Chi bộ Sở Tư pháp", "Chi bộ Sở Y tế"),
                sorted("Chi bộ Sở Y tế", "Chi bộ Sở Tư pháp", "Chi bộ Sở Tài chính"));
    }

    @Test
    void composedAndDecomposedSpellingsSortAlike() {
        String decomposed = Normalizer.normalize("Đảng bộ Ủy ban", Normalizer.Form.NFD);
        List<String> list = sorted("Đảng bộ Viễn thông", decomposed, "Chi bộ Sở Tư pháp");
        assertEquals("Chi bộ Sở Tư pháp", list.get(0));
        assertEquals(decomposed, list.get(1));
    }
}
