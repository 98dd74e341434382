package vn.dangbo.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

    @TempDir
    Path dir;

    @Test
    void readsCellsAsTextWithExcelRowNumbersDatesAndNumbers() throws IOException {
        Path file = dir.resolve("ds.xlsx");
        Files.write(file, workbook(Arrays.asList(
                List.of("fullName", "birthDate", "nationalId", "admittedOn"),
                Arrays.asList("Nguyễn Thị Ánh", LocalDate.of(1980, 1, 31), "001234567890", "19/05/2010"),
                null,
                Arrays.asList("Lê Văn Bình", null, 1234567890L, 2.5))));
        try (XlsxRows rows = XlsxRows.open(file)) {
            assertEquals(new XlsxRows.Row(1, List.of("fullName", "birthDate", "nationalId", "admittedOn"), Set.of()),
                    rows.next());
            assertEquals(new XlsxRows.Row(2, List.of("Nguyễn Thị Ánh", "1980-01-31", "001234567890", "19/05/2010"),
                    Set.of()), rows.next());
            XlsxRows.Row fourth = rows.next();
            assertEquals(4, fourth.number(), "the empty row 3 is not in the file, but row numbers are Excel's");
            assertEquals(List.of("Lê Văn Bình", "", "1234567890", "2.5"), fourth.values());
            assertEquals(Set.of(2, 3), fourth.numeric());
            assertNull(rows.next());
        }
    }

    @Test
    void anUploadIsReadFromItsBytes() throws IOException {
        byte[] upload = workbook(List.of(List.of("họ tên", "chức vụ"), List.of("Trần Văn Cường", "Nguyên Bí thư")));
        try (XlsxRows rows = XlsxRows.open(new ByteArrayInputStream(upload))) {
            assertEquals(List.of("họ tên", "chức vụ"), rows.next().values());
            assertEquals(List.of("Trần Văn Cường", "Nguyên Bí thư"), rows.next().values());
            assertNull(rows.next());
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedInVietnamese() {
        IOException e = assertThrows(IOException.class, () -> XlsxRows.open(
                new ByteArrayInputStream("họ tên,chức vụ\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().startsWith("không đọc được tệp XLSX"), e.getMessage());
    }

    /** One sheet; String: text, Number: a numeric cell, LocalDate: a date cell; a null row stays empty. */
    static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
