package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of an import, CSV or XLSX (the kit's XlsxRows), as the registry checks them. */
class ImportRowsTest {

    @TempDir
    Path dir;

    @Test
    void readsCellsAsTextWithExcelRowNumbersDatesAndNumbers() throws IOException {
        Path file = dir.resolve("ds.xlsx");
        Files.write(file, Workbooks.of(Arrays.asList(
                List.of("fullName", "birthDate", "nationalId", "admittedOn"),
                Arrays.asList("Nguyễn Thị Ánh", LocalDate.of(1980, 1, 31), "001234567890", "19/05/2010"),
                null,
                Arrays.asList("Lê Văn Bình", null, 1234567890L, 2.5))));
        assertEquals(ImportRows.Format.XLSX, ImportRows.detect(null, file));
        try (ImportRows rows = ImportRows.open(file, ImportRows.Format.XLSX)) {
            assertEquals(new ImportRows.Row(1, List.of("fullName", "birthDate", "nationalId", "admittedOn"), Set.of()),
                    rows.next());
            assertEquals(new ImportRows.Row(2, List.of("Nguyễn Thị Ánh", "1980-01-31", "001234567890", "19/05/2010"),
                    Set.of()), rows.next());
            ImportRows.Row fourth = rows.next();
            assertEquals(4, fourth.number(), "the empty row 3 is not in the file, but row numbers are Excel's");
            assertEquals(List.of("Lê Văn Bình", "", "1234567890", "2.5"), fourth.values());
            assertEquals(Set.of(2, 3), fourth.numeric());
            assertNull(rows.next());
        }
    }

    @Test
    void aNumericNationalIdThatLostItsZerosIsReportedAsSuch() {
        MemberCsv.Header header = MemberCsv.header(List.of("fullName", "nationalId", "phone", ""));
        assertTrue(header.errors().stream().noneMatch(e -> e.field().isEmpty()), "an empty header cell is ignored");
        MemberCsv.Parsed lost = MemberCsv.parse(header, List.of("A", "1234567890", "912345678"), Set.of(1, 2));
        assertEquals(List.of("nationalId", "phone"), lost.errors().stream().map(e -> e.field()).toList());
        assertTrue(lost.errors().get(0).message().contains("1234567890"), lost.errors().get(0).message());
        MemberCsv.Parsed whole = MemberCsv.parse(header, List.of("A", "123456789012", ""), Set.of(1));
        assertEquals(List.of(), whole.errors());
    }

    @Test
    void csvIsKnownByItsContent() throws IOException {
        Path file = dir.resolve("ds.csv");
        Files.writeString(file, "fullName\nAn\n");
        assertEquals(ImportRows.Format.CSV, ImportRows.detect("application/octet-stream", file));
        assertEquals(ImportRows.Format.XLSX, ImportRows.detect(ImportRows.XLSX, file));
    }
}
