package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextPreparationTest {

    @Test
    void capsFieldsAreUpperCasedAndRecipientsGetADash() {
        PartyDocument d = new PartyDocument(
                new Header("Đảng bộ tỉnh Lào Cai", "Đảng ủy Khối các cơ quan", "Số 01-TB/ĐUK", "Lào Cai, ngày 05 tháng 02 năm 2024"),
                "Thông báo", List.of("về việc"), List.of(), new Signature("t/m ban thường vụ", "bí thư", "Nguyễn Hữu Long"),
                List.of("Như trên,", "- Lưu VP."), null);
        PartyDocument p = TextPreparation.prepare(d);
        assertEquals("ĐẢNG BỘ TỈNH LÀO CAI", p.header().higherBody());
        assertEquals("ĐẢNG ỦY KHỐI CÁC CƠ QUAN", p.header().issuingBody());
        assertEquals("THÔNG BÁO", p.typeName());
        assertEquals("T/M BAN THƯỜNG VỤ", p.signature().authority());
        assertEquals("BÍ THƯ", p.signature().position());
        assertEquals("Nguyễn Hữu Long", p.signature().signerName());
        assertEquals(List.of("- Như trên,", "- Lưu VP."), p.recipients());
        assertEquals(Orientation.PORTRAIT, p.orientation());
    }

    @Test
    void everythingIsNfc() {
        String nfd = Normalizer.normalize("Kỷ cương, đặc biệt, hướng dẫn", Normalizer.Form.NFD);
        assertNotEquals("Kỷ cương, đặc biệt, hướng dẫn", nfd);
        assertEquals("Kỷ cương, đặc biệt, hướng dẫn", TextPreparation.clean(nfd));
        assertEquals("a\nb\nc d", TextPreparation.clean("a\r\nb\rc\td"));
    }

    @Test
    void locationNamesTableCell() {
        Table t = new Table(List.of("TT", "Họ tên"), List.of(List.of("1", "Lý ☃ Văn")), null);
        PartyDocument d = new PartyDocument(SampleDocuments.header(), "DANH SÁCH", List.of(), List.of(Paragraph.of("x"), t),
                null, List.of(), null);
        // U+2603 SNOWMAN: not in Liberation Serif
        UnrenderableTextException e = assertThrows(UnrenderableTextException.class,
                () -> TextPreparation.validate(TextPreparation.prepare(d), LiberationSerif.get()));
        assertEquals("body[1] (table) row 0 column 1, offset 3 (\"Lý ☃ Văn\")", e.location());
        assertTrue(e.getMessage().startsWith("Cannot render character U+2603 '☃' in body[1] (table) row 0 column 1"), e.getMessage());
    }

    @Test
    void fontCoversAllVietnameseLettersInEveryFace() {
        String lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
        String all = lower + lower.toUpperCase(java.util.Locale.forLanguageTag("vi")) + "“”‘’–—…";
        for (FontFace face : FontFace.values()) {
            all.codePoints().forEach(cp -> assertTrue(LiberationSerif.get().covers(face, cp),
                    face + " " + UnrenderableTextException.codePointLabel(cp)));
        }
        assertFalse(LiberationSerif.get().covers(FontFace.REGULAR, 0x1F600));
        assertFalse(LiberationSerif.get().covers(FontFace.REGULAR, 0x4E2D));
    }

    @Test
    void tableShapeIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("A"), List.of(List.of("1", "2")), null));
        assertThrows(IllegalArgumentException.class, () -> new Table(List.of("A", "B"), List.of(), List.of(1)));
        assertEquals("", new Table(List.of("A", "B"), List.of(List.of("1")), null).cell(0, 1));
    }
}
