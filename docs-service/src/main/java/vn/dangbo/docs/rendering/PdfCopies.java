package vn.dangbo.docs.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PageExtractor;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The copies of a batch as separate files: one PDF per copy, cut from the merged PDF of
 * {@link PdfRenderer#renderAll} at the copies' first pages, in one ZIP. Part of the plain-Java rendering core, so
 * the batch download and the benchmark (deploy/benchmarks) use the same code without the service around it.
 */
public final class PdfCopies {

    public static final String MEDIA_TYPE = "application/zip";

    private PdfCopies() {
    }

    /**
     * @param mergedPdf     the batch's PDF
     * @param firstPages    the first page (1-based) of each copy, in order ({@link PdfRenderer.Batch#firstPages})
     * @param entryBaseName the file names inside the ZIP before {@code -001.pdf}, {@code -002.pdf}, ...: ASCII, since
     *                      ZIP tools disagree on the encoding of other names
     */
    public static byte[] zip(byte[] mergedPdf, List<Integer> firstPages, String entryBaseName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(mergedPdf.length + 1024);
        try (PDDocument all = Loader.loadPDF(mergedPdf); ZipOutputStream zip = new ZipOutputStream(out)) {
            // the PDFs' streams are compressed already: deflating them again costs time and saves little
            zip.setLevel(Deflater.BEST_SPEED);
            int total = all.getNumberOfPages();
            for (int i = 0; i < firstPages.size(); i++) {
                int from = firstPages.get(i);
                // copies sharing a sheet (two A5 ballots) each get the whole sheet
                int to = Math.max(from, i + 1 < firstPages.size() ? firstPages.get(i + 1) - 1 : total);
                try (PDDocument copy = new PageExtractor(all, from, to).extract()) {
                    zip.putNextEntry(new ZipEntry(String.format("%s-%03d.pdf", entryBaseName, i + 1)));
                    copy.save(zip);
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
