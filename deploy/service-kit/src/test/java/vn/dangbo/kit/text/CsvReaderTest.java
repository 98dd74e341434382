package vn.dangbo.kit.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsQuotedFieldsWithSeparatorsQuotesAndLineBreaks() throws IOException {
        String csv = "\uFEFFfullName,workplace\r\n"
                + "Nguyễn Văn An,\"Sở Tài chính, phòng \"\"Ngân sách\"\"\"\r\n"
                + "\"Lê Thị\nBình\",\r\n";
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            assertEquals(List.of("fullName", "workplace"), reader.next());
            assertEquals(List.of("Nguyễn Văn An", "Sở Tài chính, phòng \"Ngân sách\""), reader.next());
            assertEquals(List.of("Lê Thị\nBình", ""), reader.next());
            assertNull(reader.next());
        }
    }

    @Test
    void acceptsTheSemicolonsOfAVietnameseExcel() throws IOException {
        String csv = "fullName;sex\nTrần Văn Cường;Nam\n";
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            reader.next();
            assertEquals(List.of("Trần Văn Cường", "Nam"), reader.next());
        }
    }

    @Test
    void quotesOnlyWhatMustBeQuoted() {
        assertEquals("Chi bộ I", CsvReader.quote("Chi bộ I"));
        assertEquals("\"Hà Nội, Việt Nam\"", CsvReader.quote("Hà Nội, Việt Nam"));
        assertEquals("\"a \"\"b\"\"\"", CsvReader.quote("a \"b\""));
    }
}
