package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.*;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;
import static vn.dangbo.docs.rendering.TextExtraction.pdfText;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void noticeReadsBackWithEveryLineVerbatim() {
        PartyDocument notice = SampleDocuments.notice();
        String text = normalizeWhitespace(pdfText(renderer.render(notice)));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "extracted text is NFC");
        for (String line : SampleDocuments.printedLines(notice)) {
            assertTrue(text.contains(normalizeWhitespace(line)), () -> "missing from PDF: " + line + "\n--- text:\n" + text);
        }
        for (String glyph : List.of("ặ", "ẫ", "ỹ", "Ỷ", "ữ", "ự", "đ", "Đ", "ơ", "ư", "ộ", "ề", "ễ", "ợ")) {
            assertTrue(text.contains(glyph), "glyph " + glyph);
        }
    }

    @Test
    void embedsLiberationSerifSubsetsOnA4() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(SampleDocuments.notice()))) {
            List<String> names = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                assertEquals(PDRectangle.A4.getWidth(), page.getMediaBox().getWidth(), 0.01);
                assertEquals(PDRectangle.A4.getHeight(), page.getMediaBox().getHeight(), 0.01);
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    assertTrue(font.getName().contains("LiberationSerif"), font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " embedded");
                    names.add(font.getName().substring(font.getName().indexOf('+') + 1));
                }
            }
            assertTrue(names.containsAll(List.of("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
                    "LiberationSerif-BoldItalic")), names.toString());
            assertEquals("vi-VN", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void landscapeIsA4Rotated() throws IOException {
        PartyDocument n = SampleDocuments.notice();
        PartyDocument landscape = new PartyDocument(n.header(), n.typeName(), n.summaryLines(), n.body(), n.signature(),
                n.recipients(), Orientation.LANDSCAPE);
        byte[] bytes = renderer.render(landscape);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getHeight(), box.getWidth(), 0.01);
            assertEquals(PDRectangle.A4.getWidth(), box.getHeight(), 0.01);
        }
        String text = normalizeWhitespace(pdfText(bytes));
        SampleDocuments.printedLines(landscape).forEach(l -> assertTrue(text.contains(normalizeWhitespace(l)), l));
    }

    @Test
    void longBodyPaginatesWithoutLosingText() throws IOException {
        PartyDocument plan = SampleDocuments.longPlan(200);
        byte[] bytes = renderer.render(plan);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 5, "pages: " + pdf.getNumberOfPages());
            // the closing block is on the last page, complete
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages());
            stripper.setEndPage(pdf.getNumberOfPages());
            String last = normalizeWhitespace(stripper.getText(pdf));
            assertTrue(last.contains("Nơi nhận:") && last.contains("Nguyễn Hữu Long") && last.contains("T/M BAN THƯỜNG VỤ"), last);
        }
        String text = normalizeWhitespace(pdfText(bytes));
        for (String line : SampleDocuments.printedLines(plan)) {
            assertTrue(text.contains(normalizeWhitespace(line)), () -> "missing: " + line);
        }
        // and in order
        int at = 0;
        for (int i = 1; i <= 200; i++) {
            int next = text.indexOf(i + ". Đoạn số " + i + ":", at);
            assertTrue(next >= at, "paragraph " + i + " out of order");
            at = next;
        }
    }

    @Test
    void longTableSplitsAcrossPagesWithRepeatedHeader() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of(Integer.toString(i), "Đồng chí Nguyễn Văn Được số " + i, "Bí thư Chi bộ Cơ quan " + i,
                    i % 10 == 0 ? "Đại biểu chính thức, được bầu tại đại hội chi bộ cơ sở; có mặt đầy đủ các phiên" : "Có mặt"));
        }
        Table table = new Table(List.of("TT", "Họ và tên", "Chức vụ", "Ghi chú"), rows, List.of(1, 5, 5, 4));
        PartyDocument d = new PartyDocument(SampleDocuments.header(), "DANH SÁCH", List.of("đại biểu dự Đại hội"),
                List.of(table), SampleDocuments.signature(), SampleDocuments.recipients(), null);
        byte[] bytes = renderer.render(d);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(pdf);
                if (page.contains("Đồng chí Nguyễn Văn Được")) {
                    assertTrue(page.contains("Họ và tên"), "header repeated on page " + p);
                }
            }
        }
        String text = normalizeWhitespace(pdfText(bytes));
        SampleDocuments.printedLines(d).forEach(l -> assertTrue(text.contains(normalizeWhitespace(l)), l));
    }

    /** Glyph positions of every page, as PDFTextStripper sees them. */
    private static List<List<TextPosition>> glyphLines(byte[] bytes) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    lines.add(List.copyOf(positions));
                }
            };
            stripper.getText(pdf);
        }
        return lines;
    }

    @Test
    void textStaysInsideTheMarginsAndJustifiedLinesEndAtTheRightMargin() throws IOException {
        float mm = 72f / 25.4f;
        float leftEdge = 30 * mm;
        float rightEdge = PDRectangle.A4.getWidth() - 15 * mm;
        int flush = 0;
        List<List<TextPosition>> lines = glyphLines(renderer.render(SampleDocuments.longPlan(60)));
        for (List<TextPosition> line : lines) {
            for (TextPosition g : line) {
                assertTrue(g.getXDirAdj() >= leftEdge - 0.5f, () -> "left of margin: " + g);
                assertTrue(g.getXDirAdj() + g.getWidthDirAdj() <= rightEdge + 0.5f, () -> "right of margin: " + g.getUnicode()
                        + " at " + (g.getXDirAdj() + g.getWidthDirAdj()));
                assertTrue(g.getYDirAdj() >= 20 * mm && g.getYDirAdj() <= PDRectangle.A4.getHeight() - 20 * mm,
                        () -> "outside top/bottom margin: " + g.getUnicode() + " at y " + g.getYDirAdj());
            }
            TextPosition last = line.get(line.size() - 1);
            if (Math.abs(last.getXDirAdj() + last.getWidthDirAdj() - rightEdge) < 0.3f) {
                flush++;
            }
        }
        // 60 paragraphs of 3-4 lines each: every line but the last of each paragraph is justified flush right
        assertTrue(flush >= 100, "lines ending flush at the right margin: " + flush);
    }

    @Test
    void overlongWordIsSplitNotCut() {
        String word = "ĐảngbộKhối".repeat(40); // far wider than a line
        PartyDocument d = new PartyDocument(SampleDocuments.header(), "THÔNG BÁO", List.of(),
                List.of(Paragraph.of("Mở đầu " + word + " kết thúc.")), SampleDocuments.signature(), List.of(), null);
        String text = pdfText(renderer.render(d)).replaceAll("\\s+", "");
        assertTrue(text.contains("Mởđầu" + word + "kếtthúc."));
    }

    @Test
    void forcedLineBreaksAndEmptyParagraphsKeepText() {
        PartyDocument d = new PartyDocument(SampleDocuments.header(), null, List.of(), List.of(
                Paragraph.of("Dòng một\nDòng hai\r\nDòng ba"), Paragraph.of(""), Paragraph.of("  Sau dòng trống\t(tab)")),
                null, List.of(), null);
        String text = normalizeWhitespace(pdfText(renderer.render(d)));
        assertTrue(text.contains("Dòng một Dòng hai Dòng ba Sau dòng trống (tab)"), text);
    }

    @Test
    void unrenderableCharacterIsReportedNotDropped() {
        PartyDocument n = SampleDocuments.notice();
        List<Block> body = new ArrayList<>(n.body());
        body.add(3, Paragraph.of(Run.plain("Chúc mừng "), Run.bold("thành công 😀 rực rỡ")));
        PartyDocument withEmoji = new PartyDocument(n.header(), n.typeName(), n.summaryLines(), body, n.signature(),
                n.recipients(), null);
        UnrenderableTextException e = assertThrows(UnrenderableTextException.class, () -> renderer.render(withEmoji));
        assertEquals(0x1F600, e.codePoint());
        assertTrue(e.getMessage().contains("U+1F600"), e.getMessage());
        assertTrue(e.getMessage().contains("body[3] (paragraph) run 1"), e.getMessage());

        PartyDocument withCjk = new PartyDocument(n.header(), n.typeName(), n.summaryLines(), n.body(), n.signature(),
                List.of("Ban Thường vụ Tỉnh ủy,", "Đại sứ quán 中国"), null);
        UnrenderableTextException c = assertThrows(UnrenderableTextException.class, () -> renderer.render(withCjk));
        assertTrue(c.getMessage().contains("U+4E2D") && c.getMessage().contains("recipients[1]"), c.getMessage());
    }

    @Test
    void decomposedInputComesOutComposed() {
        PartyDocument nfd = Decomposed.of(SampleDocuments.notice());
        assertFalse(Normalizer.isNormalized(((Paragraph) nfd.body().get(0)).text(), Normalizer.Form.NFC));
        String text = normalizeWhitespace(pdfText(renderer.render(nfd)));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        assertFalse(text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK), "no combining marks");
        for (String line : SampleDocuments.printedLines(SampleDocuments.notice())) {
            assertTrue(text.contains(normalizeWhitespace(line)), () -> "missing: " + line);
        }
    }

    @Test
    void sameTextAsDocx() {
        PartyDocument notice = SampleDocuments.notice();
        String pdf = normalizeWhitespace(pdfText(renderer.render(notice)));
        String docx = normalizeWhitespace(TextExtraction.docxText(new DocxRenderer().render(notice)));
        assertEquals(docx, pdf);
    }

    @Test
    void concurrentRendersAreIndependent() throws Exception {
        PartyDocument notice = SampleDocuments.notice();
        String expected = pdfText(renderer.render(notice));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> renderer.render(notice)));
            }
            for (Future<byte[]> f : results) {
                assertEquals(expected, pdfText(f.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void describesItself() {
        assertEquals("application/pdf", renderer.mediaType());
        assertEquals("pdf", renderer.fileExtension());
    }
}
