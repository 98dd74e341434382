package vn.dangbo.docs.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** A batch's merged PDF cut back into one file per copy, each with exactly its own pages. */
class PdfCopiesTest {

    @Test
    void eachCopyIsItsOwnPdfInTheZip() throws IOException {
        PartyDocument shortOne = SampleDocuments.longPlan(1);
        PartyDocument longOne = SampleDocuments.longPlan(40);
        PdfRenderer.Batch batch = new PdfRenderer().renderAll(List.of(shortOne, longOne, shortOne));

        List<String> names = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(
                PdfCopies.zip(batch.bytes(), batch.firstPages(), "KH-12-DUK-Ke-hoach")))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] pdf = in.readAllBytes();
                names.add(e.getName());
                try (PDDocument copy = Loader.loadPDF(pdf)) {
                    pages.add(copy.getNumberOfPages());
                }
                texts.add(TextExtraction.normalizeWhitespace(TextExtraction.pdfText(pdf)));
            }
        }

        assertEquals(List.of("KH-12-DUK-Ke-hoach-001.pdf", "KH-12-DUK-Ke-hoach-002.pdf", "KH-12-DUK-Ke-hoach-003.pdf"), names);
        int longPages = batch.firstPages().get(2) - batch.firstPages().get(1);
        assertTrue(longPages > 1, "the middle copy spans pages");
        assertEquals(List.of(1, longPages, 1), pages);
        assertTrue(texts.get(1).contains("Đoạn số 40"), texts.get(1));
        assertTrue(!texts.get(0).contains("Đoạn số 2:") && !texts.get(2).contains("Đoạn số 2:"), "a short copy has only its page");
    }
}
