package vn.dangbo.docs.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.docs.template.DocumentTemplates;

/**
 * The congress notice as the built-in notice template writes it from the event's facts: the wording for a cell and
 * for a committee, chosen by the registry's type of the convener, never by its name.
 */
class CongressNoticeValuesTest {

    private static final UUID COMMITTEE = UUID.randomUUID();
    private static final UUID CELL = UUID.randomUUID();
    private static final DocumentTemplates BUILT_IN = new DocumentTemplates(Optional.empty());

    private final CongressNoticeValues values = new CongressNoticeValues("Lào Cai", "");

    static CongressNotice cellCongress() {
        return new CongressNotice(UUID.randomUUID(), CELL, "Chi bộ Sở Tư pháp", "CELL", CongressNotice.Kind.ALL_MEMBER,
                LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 20), 1, true, "2020-2022", COMMITTEE,
                "Đảng bộ Văn phòng UBND tỉnh", "GRASSROOTS_COMMITTEE", "ĐU", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
                LocalDate.of(2020, 3, 5));
    }

    /** An organisation convening its own congress, with no short code in the registry. */
    static CongressNotice ownCongress(String name, String type) {
        UUID id = UUID.randomUUID();
        return new CongressNotice(UUID.randomUUID(), id, name, type, CongressNotice.Kind.ALL_MEMBER,
                LocalDate.of(2022, 9, 8), null, 1, false, "2022-2025", id, name, type, null, "Đảng bộ Khối",
                LocalDate.of(2022, 8, 1));
    }

    /** The notice with the given number, from the built-in template. */
    static PartyDocument notice(CongressNoticeValues values, CongressNotice notice, int number) {
        return values.issue(notice, UUID.randomUUID().toString(), "event:test").copy(BUILT_IN, number);
    }

    @Test
    void aCellCongressIsAnnouncedByItsCommittee() {
        CongressNotice notice = cellCongress();
        TemplateIssue issue = values.issue(notice, UUID.randomUUID().toString(), "event:test");
        PartyDocument doc = issue.copy(BUILT_IN, 1);
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
        assertEquals("Thông báo về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", issue.title(doc));
        assertEquals("ĐU", CongressNoticeValues.issuerCode(notice));
        assertEquals("01-TB/ĐU", issue.symbol(1));
    }

    @Test
    void aTwoDayDelegateCongressAtTheTopOfTheTree() {
        UUID bloc = UUID.randomUUID();
        CongressNotice notice = new CongressNotice(UUID.randomUUID(), bloc, "Đảng bộ Khối", "BLOC_COMMITTEE",
                CongressNotice.Kind.DELEGATE, LocalDate.of(2020, 6, 15), null, 2, false, "2020-2025", bloc, "Đảng bộ Khối",
                "BLOC_COMMITTEE", null, null, LocalDate.of(2020, 1, 2));
        PartyDocument doc = notice(new CongressNoticeValues("Lào Cai", "Nguyễn Hữu Long"), notice, 3);
        String text = text(doc);

        assertEquals(CongressNoticeValues.FALLBACK_HIGHER_BODY, doc.header().higherBody());
        assertEquals("Số 03-TB/ĐU", doc.header().number());
        assertEquals("Lào Cai, ngày 02 tháng 01 năm 2020", doc.header().placeAndDate());
        assertTrue(text.contains("1. Hình thức: đại hội đại biểu."), text);
        assertFalse(text.contains("đại hội điểm"), text);
        assertTrue(text.contains("2. Thời gian: từ ngày 15 tháng 6 năm 2020 đến ngày 16 tháng 6 năm 2020 (02 ngày)."), text);
        assertTrue(text.contains("đề nghị các đồng chí cấp ủy viên và các bộ phận giúp việc của cấp ủy"), text);
        assertEquals("Nguyễn Hữu Long", doc.signature().signerName());
        assertEquals("ĐU", CongressNoticeValues.issuerCode(notice), "a committee without a registry code");
    }

    @Test
    void aGrassrootsCellAnnouncesItsOwnCongress() {
        UUID cell = UUID.randomUUID();
        // decomposed input (NFD) comes out composed
        String name = Normalizer.normalize("Chi bộ Sở Y tế", Normalizer.Form.NFD);
        CongressNotice notice = new CongressNotice(UUID.randomUUID(), cell, name, "GRASSROOTS_CELL",
                CongressNotice.Kind.ALL_MEMBER, LocalDate.of(2022, 9, 8), null, 1, false, "2022-2025", cell, name,
                "GRASSROOTS_CELL", null, "Đảng bộ Khối", LocalDate.of(2022, 8, 1));
        PartyDocument doc = notice(values, notice, 1);
        String text = text(doc);

        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertEquals("Chi bộ Sở Y tế", doc.header().issuingBody());
        assertEquals("T/M CHI BỘ", doc.signature().authority());
        assertTrue(text.contains("Chi bộ Sở Y tế thông báo việc tổ chức Đại hội Chi bộ Sở Y tế nhiệm kỳ 2022-2025"), text);
        assertTrue(text.contains("ngày 08 tháng 9 năm 2022 (01 ngày)"), text);
        assertEquals("CB", CongressNoticeValues.issuerCode(notice));
        assertEquals("Số 01-TB/CB", doc.header().number());
    }

    @Test
    void aCellWhoseNameDoesNotSayChiBoGetsTheCellWording() {
        CongressNotice notice = ownCongress("Cơ quan Kho bạc Nhà nước tỉnh", "GRASSROOTS_CELL");
        PartyDocument doc = notice(values, notice, 1);
        String text = text(doc);

        assertEquals("Cơ quan Kho bạc Nhà nước tỉnh", doc.header().issuingBody());
        assertEquals("Số 01-TB/CB", doc.header().number());
        assertTrue(text.contains("nhiệm kỳ 2022-2025, Cơ quan Kho bạc Nhà nước tỉnh thông báo việc tổ chức"), text);
        assertFalse(text.contains("Ban Thường vụ"), text);
        assertTrue(text.contains("đề nghị các đồng chí đảng viên trong chi bộ chuẩn bị đầy đủ"), text);
        assertEquals("T/M CHI BỘ", doc.signature().authority());
        assertEquals(List.of("Như trên,", "Lưu hồ sơ chi bộ."), doc.recipients());
    }

    @Test
    void aCommitteeWhoseNameSaysChiBoGetsTheCommitteeWording() {
        CongressNotice notice = ownCongress("Chi bộ Bệnh viện Đa khoa tỉnh", "GRASSROOTS_COMMITTEE");
        PartyDocument doc = notice(values, notice, 1);
        String text = text(doc);

        assertEquals("Số 01-TB/ĐU", doc.header().number());
        assertTrue(text.contains("Ban Thường vụ Chi bộ Bệnh viện Đa khoa tỉnh thông báo việc tổ chức"), text);
        assertTrue(text.contains("đề nghị các đồng chí cấp ủy viên và các bộ phận giúp việc của cấp ủy chuẩn bị"), text);
        assertEquals("T/M BAN THƯỜNG VỤ", doc.signature().authority());
        assertEquals(List.of("Như trên,", "Lưu Văn phòng."), doc.recipients());
    }

    @Test
    void anEventWithoutTheConvenersTypeFollowsTheSchemasRule() {
        // published before the producer carried convener.type: the convener is the organisation itself ...
        UUID cell = UUID.randomUUID();
        CongressNotice own = new CongressNotice(UUID.randomUUID(), cell, "Tổ đảng Kho vận", "GRASSROOTS_CELL",
                CongressNotice.Kind.ALL_MEMBER, LocalDate.of(2022, 9, 8), null, 1, false, "2022-2025", cell,
                "Tổ đảng Kho vận", null, null, null, LocalDate.of(2022, 8, 1));
        assertEquals("T/M CHI BỘ", notice(values, own, 1).signature().authority());
        // ... or the committee above a cell, whatever its name
        CongressNotice convened = new CongressNotice(UUID.randomUUID(), UUID.randomUUID(), "Chi bộ Phòng Kế toán", "CELL",
                CongressNotice.Kind.ALL_MEMBER, LocalDate.of(2022, 9, 8), null, 1, false, "2022-2025", UUID.randomUUID(),
                "Chi bộ cũ Sở Tài chính", null, null, null, LocalDate.of(2022, 8, 1));
        PartyDocument doc = notice(values, convened, 1);
        assertEquals("T/M BAN THƯỜNG VỤ", doc.signature().authority());
        assertTrue(text(doc).contains("đề nghị Chi bộ Phòng Kế toán chuẩn bị"), text(doc));
    }

    @Test
    void theNoticeRendersWithEveryVietnameseGlyph() {
        PartyDocument doc = notice(values, cellCongress(), 1);
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
