package vn.dangbo.registry.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.kit.text.XlsxRows;

/**
 * The rows of an uploaded file (members or organisations), CSV or XLSX, read one at a time (the header first), so
 * the import checks and writes both formats the same way and a national-size file never sits in memory.
 */
interface ImportRows extends AutoCloseable {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The file formats an import takes. */
    enum Format {
        CSV, XLSX
    }

    /**
     * One row. {@code number} is the row as a user sees it in Excel (the header is row 1); {@code numeric} holds the
     * positions of cells a spreadsheet stored as numbers (so a leading zero may be lost).
     */
    record Row(int number, List<String> values, Set<Integer> numeric) {

        boolean blank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    /** @return the next row, or null at the end of the file */
    Row next() throws IOException;

    @Override
    void close() throws IOException;

    static ImportRows open(Path file, Format format) throws IOException {
        return format == Format.XLSX ? new XlsxSheet(XlsxRows.open(file)) : new CsvRows(Files.newInputStream(file));
    }

    /** XLSX when the client says so or when the file is a zip package (XLSX is one; CSV never starts so). */
    static Format detect(String contentType, Path file) throws IOException {
        if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(XLSX)) {
            return Format.XLSX;
        }
        byte[] start = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(start, 0, 4);
            return n == 4 && Arrays.equals(start, new byte[] {'P', 'K', 3, 4}) ? Format.XLSX : Format.CSV;
        }
    }

    /** CSV records as rows; every record counts, as a spreadsheet shows an empty line as an empty row. */
    final class CsvRows implements ImportRows {

        private final CsvReader reader;
        private int number;

        CsvRows(InputStream in) {
            this.reader = new CsvReader(in);
        }

        @Override
        public Row next() throws IOException {
            List<String> fields = reader.next();
            return fields == null ? null : new Row(++number, fields, Set.of());
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }

    /** The first sheet of a workbook (the kit's streaming reader) as rows. */
    final class XlsxSheet implements ImportRows {

        private final XlsxRows sheet;

        XlsxSheet(XlsxRows sheet) {
            this.sheet = sheet;
        }

        @Override
        public Row next() throws IOException {
            XlsxRows.Row row = sheet.next();
            return row == null ? null : new Row(row.number(), row.values(), row.numeric());
        }

        @Override
        public void close() throws IOException {
            sheet.close();
        }
    }
}
