package vn.dangbo.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;

/**
 * A certificate looks like one, to be framed: A4 landscape, a drawn double frame, every line of its body centred,
 * the recipient's name larger than the rest, and the register's number printed.
 */
class CertificateLayoutTest {

    private static final String NAME = "Nguyễn Thị Minh Hằng";

    @Test
    void aCertificateIsALandscapeFramedPageWithItsLinesCentredAndTheNameLarge() throws IOException {
        byte[] pdf = new PdfRenderer().render(certificate());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/certificate.pdf"), pdf); // to look at
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            PDRectangle box = page.getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 1f, "landscape: as wide as A4 is tall");
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 1f);
            assertTrue(rectangles(page) >= 2, "a double frame: two rectangles drawn");

            List<Line> lines = lines(doc);
            float centre = box.getWidth() / 2;
            for (String centred : List.of("GIẤY KHEN", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI", "KHEN", NAME,
                    "Chi bộ Phòng Kế hoạch", "Đã có thành tích")) {
                Line line = find(lines, centred);
                assertEquals(centre, line.centre(), 3f, "\"" + centred + "\" centred on the page: " + line);
            }
            float nameSize = find(lines, NAME).size();
            float bodySize = find(lines, "Đã có thành tích").size();
            assertTrue(nameSize >= 26 && nameSize > bodySize, "the name large: " + nameSize + " vs " + bodySize);
            Line number = find(lines, "Số 03-GK/ĐUK");
            Line date = find(lines, "Lào Cai, ngày 10 tháng 5 năm 2024");
            assertTrue(number.centre() < centre && date.centre() > centre, "the number left, the date right");
            assertTrue(find(lines, "T/M BAN THƯỜNG VỤ").y() > date.y(), "the signature under the date");
        }
    }

    @Test
    void theDocxHasAPageBorderAndCentredLines() throws IOException {
        byte[] docx = new DocxRenderer().render(certificate());
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertTrue(sect.isSetPgBorders(), "w:pgBorders");
            assertEquals("landscape", sect.getPgSz().getOrient().toString());
            var name = doc.getParagraphs().stream().filter(p -> p.getText().contains(NAME)).findFirst().orElseThrow();
            assertEquals(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER, name.getAlignment());
            assertTrue(name.getRuns().get(0).getFontSizeAsDouble() >= 26, "the name large");
        }
    }

    static PartyDocument certificate() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authority", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH");
        data.put("awardee", NAME);
        data.put("unit", "Chi bộ Phòng Kế hoạch, Đảng bộ Sở Y tế");
        data.put("achievement", "xuất sắc trong phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ "
                + "Khối");
        data.put("signature", Map.of("authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ", "name",
                "Nguyễn Hữu Long"));
        Map<String, Object> values = DocumentTemplatesTest.values(data);
        values.put("symbol", "03-GK/ĐUK");
        DocumentDraft draft = new DocumentTemplates(Optional.empty()).draft(DocumentType.CERTIFICATE, values);
        return draft.withHeader(new Header("Đảng bộ tỉnh Lào Cai", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
                "Số 03-GK/ĐUK", "Lào Cai, ngày 10 tháng 5 năm 2024"));
    }

    private static int rectangles(PDPage page) throws IOException {
        int n = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op && "re".equals(op.getName())) {
                n++;
            }
        }
        return n;
    }

    /** A printed line: its text, horizontal centre, baseline and font size. */
    record Line(String text, float centre, float y, float size) {
    }

    private static Line find(List<Line> lines, String text) {
        return lines.stream().filter(l -> l.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with \"" + text + "\" in " + lines));
    }

    private static List<Line> lines(PDDocument doc) throws IOException {
        List<Line> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
                lines.add(new Line(text.strip(), centre, first.getYDirAdj(), first.getFontSizeInPt()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(doc);
        return lines;
    }
}
