package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.*;
import static vn.dangbo.docs.rendering.TextExtraction.docxText;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class DocxRendererTest {

    private final DocxRenderer renderer = new DocxRenderer();

    private static XWPFDocument open(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    /** Body paragraphs plus the paragraphs of every table cell. */
    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> ps = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable t : doc.getTables()) {
            for (XWPFTableRow r : t.getRows()) {
                for (XWPFTableCell c : r.getTableCells()) {
                    ps.addAll(c.getParagraphs());
                }
            }
        }
        return ps;
    }

    @Test
    void noticeReadsBackWithEveryLineVerbatim() {
        PartyDocument notice = SampleDocuments.notice();
        String text = normalizeWhitespace(docxText(renderer.render(notice)));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        for (String line : SampleDocuments.printedLines(notice)) {
            assertTrue(text.contains(normalizeWhitespace(line)), () -> "missing from DOCX: " + line + "\n--- text:\n" + text);
        }
    }

    @Test
    void everyRunAndTheDefaultsAreLiberationSerif() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.notice()))) {
            int runs = 0;
            for (XWPFParagraph p : allParagraphs(doc)) {
                for (XWPFRun r : p.getRuns()) {
                    for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) {
                        assertEquals("Liberation Serif", r.getFontFamily(range), () -> range + " of run '" + r.text() + "'");
                    }
                    runs++;
                }
            }
            assertTrue(runs > 40, "runs: " + runs);
            CTFonts defaults = doc.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertEquals("Liberation Serif", defaults.getAscii());
            assertEquals("Liberation Serif", defaults.getHAnsi());
            assertEquals("Liberation Serif", defaults.getCs());
            assertEquals("Liberation Serif", defaults.getEastAsia());
        }
    }

    @Test
    void a4WithPartyMargins() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.notice()))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            CTPageSz size = sect.getPgSz();
            assertEquals(BigInteger.valueOf(11906), size.getW()); // 210 mm
            assertEquals(BigInteger.valueOf(16838), size.getH()); // 297 mm
            CTPageMar mar = sect.getPgMar();
            assertEquals(BigInteger.valueOf(1134), mar.getTop()); // 20 mm
            assertEquals(BigInteger.valueOf(1134), mar.getBottom()); // 20 mm
            assertEquals(BigInteger.valueOf(1701), mar.getLeft()); // 30 mm
            assertEquals(BigInteger.valueOf(850), mar.getRight()); // 15 mm
        }
    }

    @Test
    void landscapeSwapsPageSize() throws IOException {
        PartyDocument n = SampleDocuments.notice();
        PartyDocument landscape = new PartyDocument(n.header(), n.typeName(), n.summaryLines(), n.body(), n.signature(),
                n.recipients(), Orientation.LANDSCAPE);
        try (XWPFDocument doc = open(renderer.render(landscape))) {
            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(BigInteger.valueOf(16838), size.getW());
            assertEquals(BigInteger.valueOf(11906), size.getH());
            assertEquals(STPageOrientation.LANDSCAPE, size.getOrient());
        }
    }

    @Test
    void bodyParagraphsAreJustifiedWithFirstLineIndentAndStyledRuns() throws IOException {
        try (XWPFDocument doc = open(renderer.render(SampleDocuments.notice()))) {
            XWPFParagraph convening = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Ban Chấp hành Đảng bộ Khối thông báo")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.BOTH, convening.getAlignment());
            assertEquals(720, convening.getIndentationFirstLine());
            XWPFRun bold = convening.getRuns().get(1);
            assertTrue(bold.isBold());
            assertEquals(14.0, bold.getFontSizeAsDouble());
            XWPFParagraph type = doc.getParagraphs().stream().filter(p -> p.getText().equals("THÔNG BÁO")).findFirst().orElseThrow();
            assertEquals(ParagraphAlignment.CENTER, type.getAlignment());
            assertEquals(16.0, type.getRuns().get(0).getFontSizeAsDouble());
            assertTrue(type.getRuns().get(0).isBold());
        }
    }

    @Test
    void unrenderableCharacterIsReported() {
        PartyDocument n = SampleDocuments.notice();
        PartyDocument bad = new PartyDocument(n.header(), n.typeName(), List.of("về việc 😀"), n.body(), n.signature(),
                n.recipients(), null);
        UnrenderableTextException e = assertThrows(UnrenderableTextException.class, () -> renderer.render(bad));
        assertTrue(e.getMessage().contains("U+1F600") && e.getMessage().contains("summaryLines[0]"), e.getMessage());
    }

    @Test
    void decomposedInputComesOutComposed() {
        String text = normalizeWhitespace(docxText(renderer.render(Decomposed.of(SampleDocuments.notice()))));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
        for (String line : SampleDocuments.printedLines(SampleDocuments.notice())) {
            assertTrue(text.contains(normalizeWhitespace(line)), () -> "missing: " + line);
        }
    }

    @Test
    void longBodyKeepsAllText() {
        PartyDocument plan = SampleDocuments.longPlan(200);
        String text = normalizeWhitespace(docxText(renderer.render(plan)));
        SampleDocuments.printedLines(plan).forEach(l -> assertTrue(text.contains(normalizeWhitespace(l)), l));
    }

    @Test
    void describesItself() {
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", renderer.mediaType());
        assertEquals("docx", renderer.fileExtension());
    }
}
