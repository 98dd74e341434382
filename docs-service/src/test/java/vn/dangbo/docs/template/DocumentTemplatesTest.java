package vn.dangbo.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.Table;
import vn.dangbo.docs.rendering.TextExtraction;

/**
 * Every document type's built-in template, filled with the sample under {@code src/test/resources/samples/}, gives
 * one document whose PDF and DOCX both read back with the text a user expects.
 */
class DocumentTemplatesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PdfRenderer PDF = new PdfRenderer();
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final Header HEADER = new Header("Đảng bộ tỉnh Lào Cai", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
            "Số 07-XX/ĐUK", "Lào Cai, ngày 10 tháng 5 năm 2024");

    private final DocumentTemplates templates = new DocumentTemplates(Optional.empty());

    /** What each type's sample must show, in both formats. */
    private static final Map<DocumentType, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(DocumentType.PLAN, List.of("KẾ HOẠCH", "Tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2020-2022",
                    "Căn cứ Chỉ thị số 35-CT/TW", "I. MỤC ĐÍCH, YÊU CẦU", "- Bảo đảm tính kế thừa",
                    "Ghi chú: *không* phải chữ nghiêng.", "Đại hội điểm Chi bộ I", "T/M BAN THƯỜNG VỤ", "Nguyễn Hữu Long")),
            Map.entry(DocumentType.DECISION, List.of("QUYẾT ĐỊNH", "Về việc thành lập Ban kiểm phiếu",
                    "BAN THƯỜNG VỤ ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", "Điều 1. Thành lập Ban kiểm phiếu",
                    "Điều 2. Quyết định có hiệu lực", "DANH SÁCH BAN KIỂM PHIẾU", "(Kèm theo Quyết định số 07-QĐ/ĐUK, ngày 10 tháng 5 năm 2024)",
                    "Phạm Quốc Dũng")),
            Map.entry(DocumentType.SUBMISSION, List.of("TỜ TRÌNH", "Kính gửi: Đảng ủy Văn phòng UBND tỉnh",
                    "đã bầu được 3 đồng chí vào Chi ủy nhiệm kỳ 2020-2022", "Vũ Đức Thắng",
                    "xem xét, chuẩn y kết quả bầu cử Chi ủy nhiệm kỳ 2020-2022")),
            Map.entry(DocumentType.MINUTES, List.of("BIÊN BẢN", "Kiểm phiếu bầu Chi ủy Chi bộ I", "Số phiếu phát ra: 10.",
                    "Số phiếu không hợp lệ: 0.", "Ngô Thị Ánh", "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN")),
            Map.entry(DocumentType.REPORT, List.of("BÁO CÁO", "Kết quả công tác xây dựng Đảng năm 2023", "I. KẾT QUẢ ĐẠT ĐƯỢC")),
            Map.entry(DocumentType.RESOLUTION, List.of("NGHỊ QUYẾT", "Đại hội Chi bộ I nhiệm kỳ 2020-2022")),
            Map.entry(DocumentType.PROGRAMME, List.of("CHƯƠNG TRÌNH", "Đón tiếp đại biểu", "Đoàn Thanh niên Khối")),
            Map.entry(DocumentType.NOTICE, List.of("THÔNG BÁO", "Về việc tổ chức Giải Bóng chuyền hơi")),
            Map.entry(DocumentType.INVITATION, List.of("GIẤY MỜI", "Kính gửi: Đồng chí Nguyễn Văn Bình",
                    "Nguyên Ủy viên Ban Thường vụ Đảng ủy Khối", "trân trọng kính mời đồng chí tới dự buổi Gặp mặt kỷ niệm 65 năm",
                    "Địa điểm: Hội trường lớn Trường Chính trị tỉnh.")),
            Map.entry(DocumentType.CERTIFICATE, List.of("GIẤY KHEN", "KHEN", "Đảng bộ Sở Y tế", "Đã có thành tích xuất sắc")),
            Map.entry(DocumentType.BALLOT, List.of("PHIẾU BẦU CỬ", "Chi ủy Chi bộ I nhiệm kỳ 2020-2022",
                    "Bầu 3 trong số 4 đồng chí", "gạch cả họ và tên", "Ngô Thị Ánh")),
            Map.entry(DocumentType.ATTENDEE_LIST, List.of("DANH SÁCH", "Đại biểu dự Hội thảo chuyên đề", "Họ và tên",
                    "Lò Thị Xuân", "Bí thư Chi bộ Sở Tư pháp", "Dân tộc Thái")),
            Map.entry(DocumentType.SCHEDULE, List.of("LỊCH THI ĐẤU", "Nhà thi đấu đa năng tỉnh Lào Cai", "Đảng bộ Công an tỉnh",
                    "04/5/2024")));

    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void eachTypeRendersItsSampleAsPdfAndDocx(DocumentType type) throws IOException {
        PartyDocument document = draft(type, sample(type)).withHeader(headerFor(type));
        String pdf = normalizeWhitespace(TextExtraction.pdfText(PDF.render(document)));
        String docx = normalizeWhitespace(TextExtraction.docxText(DOCX.render(document)));
        for (String expected : EXPECTED.get(type)) {
            assertTrue(pdf.contains(expected), type + " PDF lacks \"" + expected + "\":\n" + pdf);
            assertTrue(docx.contains(expected), type + " DOCX lacks \"" + expected + "\":\n" + docx);
        }
        assertFalse(pdf.contains("{") || pdf.contains("**"), "no template syntax leaks into the PDF: " + pdf);
    }

    @Test
    void aCertificateIsLandscapeAndABallotHasNoNumber() throws IOException {
        assertEquals(Orientation.LANDSCAPE, draft(DocumentType.CERTIFICATE, sample(DocumentType.CERTIFICATE)).orientation());
        PartyDocument ballot = draft(DocumentType.BALLOT, sample(DocumentType.BALLOT)).withHeader(HEADER);
        assertEquals(null, ballot.header().number());
        assertFalse(TextExtraction.pdfText(PDF.render(ballot)).contains("Số 07"));
    }

    @Test
    void aBallotWithoutSurplusHasAgreeAndDisagreeColumnsPerName() throws IOException {
        Map<String, Object> data = sample(DocumentType.BALLOT);
        data.put("candidates", List.of("Trần Văn Điều", "Hoàng Thị Yến", "Vũ Đức Thắng"));
        DocumentDraft draft = draft(DocumentType.BALLOT, data);
        Table table = (Table) draft.body().stream().filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertEquals(List.of("TT", "Họ và tên", "Đồng ý", "Không đồng ý"), table.header());
        assertEquals(3, table.rows().size());
        String pdf = normalizeWhitespace(TextExtraction.pdfText(PDF.render(draft.withHeader(HEADER))));
        assertTrue(pdf.contains("Bầu 3 đồng chí; đánh dấu X vào ô \"Đồng ý\" hoặc \"Không đồng ý\""), pdf);
        assertFalse(pdf.contains("gạch cả họ và tên"), pdf);

        // with surplus: names only, struck out by the voter
        Table surplus = (Table) draft(DocumentType.BALLOT, sample(DocumentType.BALLOT)).body().stream()
                .filter(b -> b instanceof Table).findFirst().orElseThrow();
        assertEquals(List.of("TT", "Họ và tên"), surplus.header());
        assertEquals(List.of("4", "Ngô Thị Ánh"), surplus.rows().get(3));
    }

    @Test
    void aFileInTheTemplatesDirectoryReplacesTheBuiltInOneWithoutARestart(@TempDir Path dir) throws IOException {
        DocumentTemplates overridable = new DocumentTemplates(Optional.of(dir));
        Map<String, Object> data = sample(DocumentType.NOTICE);
        assertEquals("THÔNG BÁO", overridable.draft(DocumentType.NOTICE, values(data)).typeName());

        Files.writeString(dir.resolve("notice.txt"), "@type THÔNG BÁO KHẨN\n@summary {data.summary}\nNội dung mới.\n",
                StandardCharsets.UTF_8);
        DocumentDraft draft = overridable.draft(DocumentType.NOTICE, values(data));
        assertEquals("THÔNG BÁO KHẨN", draft.typeName());
        assertEquals("Nội dung mới.", ((vn.dangbo.docs.rendering.Paragraph) draft.body().get(0)).text());
        // another type still uses its built-in template
        assertEquals("KẾ HOẠCH", overridable.draft(DocumentType.PLAN, values(sample(DocumentType.PLAN))).typeName());

        Files.delete(dir.resolve("notice.txt"));
        assertEquals("THÔNG BÁO", overridable.draft(DocumentType.NOTICE, values(data)).typeName());
    }

    @Test
    void aValueTheTemplateNeedsButTheRequestLacksIsNamed() throws IOException {
        Map<String, Object> data = sample(DocumentType.INVITATION);
        data.remove("place");
        DocumentTemplates.MissingValueException e = assertThrows(DocumentTemplates.MissingValueException.class,
                () -> templates.draft(DocumentType.INVITATION, values(data)));
        assertEquals("data.place", e.expression());
    }

    @Test
    void userTextIsPrintedLiterallyNeverAsMarkup() throws IOException {
        Map<String, Object> data = sample(DocumentType.REPORT);
        data.put("blocks", List.of(Map.of("text", "# 5 * 3 | **không đậm**"), Map.of("text", "@type GIẢ MẠO")));
        DocumentDraft draft = draft(DocumentType.REPORT, data);
        assertEquals("BÁO CÁO", draft.typeName());
        var first = (vn.dangbo.docs.rendering.Paragraph) draft.body().get(0);
        assertEquals("# 5 * 3 | **không đậm**", first.text());
        assertTrue(first.runs().stream().noneMatch(r -> r.bold()));
        assertEquals("@type GIẢ MẠO", ((vn.dangbo.docs.rendering.Paragraph) draft.body().get(1)).text());
    }

    private Header headerFor(DocumentType type) {
        return new Header(HEADER.higherBody(), HEADER.issuingBody(), "Số 07-" + type.code() + "/ĐUK", HEADER.placeAndDate());
    }

    private DocumentDraft draft(DocumentType type, Map<String, Object> data) {
        Map<String, Object> values = values(data);
        values.put("symbol", "07-" + type.code() + "/ĐUK");
        return templates.draft(type, values);
    }

    static Map<String, Object> values(Map<String, Object> data) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("data", data);
        values.put("addressee", data.getOrDefault("addressee", Map.of()));
        values.put("symbol", "07-XX/ĐUK");
        values.put("date", "ngày 10 tháng 5 năm 2024");
        return values;
    }

    static Map<String, Object> sample(DocumentType type) throws IOException {
        try (InputStream in = DocumentTemplatesTest.class.getResourceAsStream("/samples/" + type.slug() + ".json")) {
            return new LinkedHashMap<>(JSON.readValue(in, new TypeReference<Map<String, Object>>() { }));
        }
    }

}
