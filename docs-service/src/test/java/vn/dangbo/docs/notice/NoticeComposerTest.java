package vn.dangbo.docs.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;

class NoticeComposerTest {

    private static final UUID COMMITTEE = UUID.randomUUID();
    private static final UUID CELL = UUID.randomUUID();

    private final NoticeComposer composer = new NoticeComposer("Lào Cai", "");

    static CongressNotice cellCongress() {
        return new CongressNotice(UUID.randomUUID(), CELL, "Chi bộ Sở Tư pháp", CongressNotice.Kind.ALL_MEMBER,
                LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 20), 1, true, "2020-2022", COMMITTEE,
                "Đảng bộ Văn phòng UBND tỉnh", "ĐU", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
                LocalDate.of(2020, 3, 5));
    }

    @Test
    void aCellCongressIsAnnouncedByItsCommittee() {
        CongressNotice notice = cellCongress();
        PartyDocument doc = composer.compose(notice, "01-TB/ĐU");
        String text = text(doc);

        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertEquals("THÔNG BÁO", doc.typeName());
        assertEquals("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", doc.header().higherBody());
        assertEquals("Đảng ủy Văn phòng UBND tỉnh", doc.header().issuingBody());
        assertEquals("Số 01-TB/ĐU", doc.header().number());
        assertEquals("Lào Cai, ngày 05 tháng 3 năm 2020", doc.header().placeAndDate());
        assertEquals(List.of("Về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022"), doc.summaryLines());
        assertTrue(text.contains("Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh thông báo việc tổ chức Đại hội Chi bộ Sở Tư pháp"
                + " nhiệm kỳ 2020-2022 như sau:"), text);
        assertTrue(text.contains("1. Hình thức: đại hội toàn thể đảng viên. Đây là đại hội điểm"), text);
        assertTrue(text.contains("2. Thời gian: ngày 20 tháng 3 năm 2020 (01 ngày)."), text);
        assertTrue(text.contains("đề nghị Chi bộ Sở Tư pháp chuẩn bị đầy đủ văn kiện đại hội"), text);
        assertTrue(text.contains("phương án nhân sự cấp ủy nhiệm kỳ 2020-2022"), text);
        assertEquals("T/M BAN THƯỜNG VỤ", doc.signature().authority());
        assertEquals("BÍ THƯ", doc.signature().position());
        assertEquals("", doc.signature().signerName());
        assertEquals(List.of("Như trên,", "Lưu Văn phòng."), doc.recipients());
        assertEquals("Thông báo về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", NoticeComposer.title(notice));
        assertEquals("ĐU", NoticeComposer.issuerCode(notice));
    }

    @Test
    void aTwoDayDelegateCongressAtTheTopOfTheTree() {
        UUID bloc = UUID.randomUUID();
        CongressNotice notice = new CongressNotice(UUID.randomUUID(), bloc, "Đảng bộ Khối", CongressNotice.Kind.DELEGATE,
                LocalDate.of(2020, 6, 15), null, 2, false, "2020-2025", bloc, "Đảng bộ Khối", null, null,
                LocalDate.of(2020, 1, 2));
        PartyDocument doc = new NoticeComposer("Lào Cai", "Nguyễn Hữu Long").compose(notice, "03-TB/ĐU");
        String text = text(doc);

        assertEquals(NoticeComposer.FALLBACK_HIGHER_BODY, doc.header().higherBody());
        assertEquals("Lào Cai, ngày 02 tháng 01 năm 2020", doc.header().placeAndDate());
        assertTrue(text.contains("1. Hình thức: đại hội đại biểu."), text);
        assertFalse(text.contains("đại hội điểm"), text);
        assertTrue(text.contains("2. Thời gian: từ ngày 15 tháng 6 năm 2020 đến ngày 16 tháng 6 năm 2020 (02 ngày)."), text);
        assertTrue(text.contains("đề nghị các đồng chí cấp ủy viên và các bộ phận giúp việc của cấp ủy"), text);
        assertEquals("Nguyễn Hữu Long", doc.signature().signerName());
        assertEquals("ĐU", NoticeComposer.issuerCode(notice), "a committee without a registry code");
    }

    @Test
    void aGrassrootsCellAnnouncesItsOwnCongress() {
        UUID cell = UUID.randomUUID();
        // decomposed input (NFD) comes out composed
        String name = Normalizer.normalize("Chi bộ Sở Y tế", Normalizer.Form.NFD);
        CongressNotice notice = new CongressNotice(UUID.randomUUID(), cell, name, CongressNotice.Kind.ALL_MEMBER,
                LocalDate.of(2022, 9, 8), null, 1, false, "2022-2025", cell, name, null, "Đảng bộ Khối", LocalDate.of(2022, 8, 1));
        PartyDocument doc = composer.compose(notice, "01-TB/CB");
        String text = text(doc);

        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertEquals("Chi bộ Sở Y tế", doc.header().issuingBody());
        assertEquals("T/M CHI BỘ", doc.signature().authority());
        assertTrue(text.contains("Chi bộ Sở Y tế thông báo việc tổ chức Đại hội Chi bộ Sở Y tế nhiệm kỳ 2022-2025"), text);
        assertTrue(text.contains("ngày 08 tháng 9 năm 2022 (01 ngày)"), text);
        assertEquals("CB", NoticeComposer.issuerCode(notice));
    }

    @Test
    void theNoticeRendersWithEveryVietnameseGlyph() {
        PartyDocument doc = composer.compose(cellCongress(), "01-TB/ĐU");
        String pdf = normalizeWhitespace(TextExtraction.pdfText(new PdfRenderer().render(doc)));
        assertTrue(pdf.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), pdf);
        assertTrue(pdf.contains("THÔNG BÁO"), pdf);
        assertTrue(pdf.contains("ĐẢNG ỦY VĂN PHÒNG UBND TỈNH"), pdf);
        assertTrue(pdf.contains("Số 01-TB/ĐU"), pdf);
        assertTrue(pdf.contains("Chi bộ Sở Tư pháp"), pdf);
        assertTrue(pdf.contains("T/M BAN THƯỜNG VỤ"), pdf);
    }

    static String text(PartyDocument doc) {
        List<String> parts = new ArrayList<>();
        parts.add(doc.header().higherBody());
        parts.add(doc.header().issuingBody());
        parts.add(doc.header().number());
        parts.add(doc.header().placeAndDate());
        parts.add(doc.typeName());
        parts.addAll(doc.summaryLines());
        for (Block b : doc.body()) {
            if (b instanceof Paragraph p) {
                parts.add(p.text());
            } else if (b instanceof Heading h) {
                parts.add(h.text());
            }
        }
        parts.add(doc.signature().authority());
        parts.add(doc.signature().position());
        parts.addAll(doc.recipients());
        return String.join("\n", parts);
    }
}
