package vn.dangbo.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Paper;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;

/**
 * The ballot template as printed: a party ballot, not a letter (no number, no place and date), at A5, two to an
 * A4 landscape sheet, each with its serial.
 */
class BallotPaperTest {

    private static final PdfRenderer PDF = new PdfRenderer();
    /** The header an issued document has: the ballot must drop its number and its place and date. */
    private static final Header HEADER = new Header("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
            "Đảng ủy Văn phòng UBND tỉnh", "Số 07-PB/ĐU", "Lào Cai, ngày 10 tháng 5 năm 2025");
    private static final List<String> SEVENTEEN = List.of("Nguyễn Hữu Long", "Lò Thị Xuân", "Hoàng Văn Đức",
            "Trần Văn Điều", "Hoàng Thị Yến", "Vũ Đức Thắng", "Ngô Thị Ánh", "Đặng Thị Mai", "Phạm Quốc Dũng",
            "Lê Thị Hồng Nhung", "Giàng A Páo", "Sùng Thị Dợ", "Nguyễn Thị Thu Hương", "Bùi Xuân Trường",
            "Đỗ Minh Tuấn", "Vương Thị Ngọc Ánh", "Triệu Văn Quý");

    private final DocumentTemplates templates = new DocumentTemplates(Optional.empty());

    @Test
    void strikeOutBallotsPrintTwoToAnA4SheetEachWithItsSerialAndNoNumberOrDate() throws IOException {
        int ballots = 5;
        List<PartyDocument> copies = ballots(Map.of("committee", "Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh",
                "term", "2025-2030", "seats", 15, "candidates", SEVENTEEN, "kind", "STRIKE_OUT",
                "congress", "Đại hội Đảng bộ Văn phòng UBND tỉnh"), ballots);
        assertEquals(Paper.A5, copies.get(0).paper());
        byte[] pdf = PDF.renderAll(copies).bytes();
        keep("strike-out.pdf", pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(3, doc.getNumberOfPages(), "5 ballots, two to a sheet");
            for (PDPage page : doc.getPages()) {
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getWidth(), 1f, "A4 landscape");
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getHeight(), 1f, "A4 landscape");
            }
            String first = pageText(doc, 1);
            assertTrue(first.contains("Mã phiếu: BCH-001") && first.contains("Mã phiếu: BCH-002"), first);
            assertEquals(2, count(first, "PHIẾU BẦU CỬ"), "two ballots on the first sheet: " + first);
        }
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", "PHIẾU BẦU CỬ",
                "Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025-2030", "Bầu 15 trong số 17 đồng chí",
                "Đồng chí đồng ý bầu ai thì giữ nguyên họ tên", "Vương Thị Ngọc Ánh", "Triệu Văn Quý")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        for (int serial = 1; serial <= ballots; serial++) {
            assertEquals(1, count(text, String.format("Mã phiếu: BCH-%03d", serial)), "serial " + serial);
        }
        assertFalse(text.contains("Số:") || text.contains("Số 07"), "no document number on a ballot: " + text);
        assertFalse(text.contains("ngày 10 tháng 5"), "no place-and-date line on a ballot: " + text);
    }

    @Test
    void anAgreeDisagreeBallotHasTwoBoxesPerNameAndItsDocxIsAnA5Page() throws IOException {
        List<PartyDocument> copies = ballots(Map.of("committee", "Bí thư Chi bộ I", "term", "2025-2027",
                "seats", 1, "candidates", List.of("Nguyễn Hữu Long"), "kind", "AGREE_DISAGREE"), 2);
        byte[] pdf = PDF.renderAll(copies).bytes();
        keep("agree-disagree.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertTrue(text.contains("Đồng ý Không đồng ý"), text);
        assertTrue(text.contains("Bầu 1 đồng chí; đánh dấu X vào ô \"Đồng ý\" hoặc \"Không đồng ý\""), text);
        assertFalse(text.contains("gạch"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
        }
        byte[] docx = new DocxRenderer().renderAll(copies);
        String docxText = normalizeWhitespace(TextExtraction.docxText(docx));
        assertTrue(docxText.contains("Mã phiếu: BCH-002") && docxText.contains("Nguyễn Hữu Long"), docxText);
        assertFalse(docxText.contains("Số 07") || docxText.contains("ngày 10 tháng 5"), docxText);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx))) {
            var size = word.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(Math.round(148.5 * 1440 / 25.4), ((java.math.BigInteger) size.getW()).longValue(), "A5 wide");
            assertEquals(Math.round(210 * 1440 / 25.4), ((java.math.BigInteger) size.getH()).longValue(), "A5 high");
        }
    }

    @Test
    void aDelegationsBallotsSayHowManyDelegatesAndAlternatesAndARunoffForAnAlternatesPlaceAsksForThatPlaceAlone()
            throws IOException {
        String both = normalizeWhitespace(TextExtraction.pdfText(PDF.renderAll(ballots(Map.of("committee",
                "Đại biểu dự Đại hội Đảng bộ Khối", "term", "2025-2030", "seats", 10, "alternates", 2,
                "candidates", SEVENTEEN, "kind", "STRIKE_OUT"), 1)).bytes()));
        assertTrue(both.contains("Bầu 10 đại biểu chính thức và 2 đại biểu dự khuyết trong số 17 đồng chí"), both);
        String alternate = normalizeWhitespace(TextExtraction.pdfText(PDF.renderAll(ballots(Map.of("committee",
                "Đại biểu dự Đại hội Đảng bộ Khối", "term", "2025-2030", "seats", 0, "alternates", 1,
                "candidates", List.of("Nguyễn Hữu Long", "Lò Thị Xuân"), "kind", "STRIKE_OUT", "round", 2), 1))
                .bytes()));
        assertTrue(alternate.contains("Bầu 1 đại biểu dự khuyết trong số 2 đồng chí"), alternate);
        assertFalse(alternate.contains("0 đại biểu chính thức"), alternate);
    }

    private List<PartyDocument> ballots(Map<String, Object> data, int count) {
        List<PartyDocument> copies = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("data", data);
            values.put("addressee", Map.of("serial", String.format("BCH-%03d", i)));
            copies.add(templates.draft(DocumentType.BALLOT, values).withHeader(HEADER));
        }
        return copies;
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return normalizeWhitespace(stripper.getText(doc));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path file = Path.of("target/ballots", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }
}
