package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The two import files the local stack uploads, read back as the registry's CSV reader reads them. */
class DemoFilesTest {

    private static final DemoDataset DATASET = DemoDataGenerator.generate(DemoDataLoader.SEED,
            DemoDataLoader.REFERENCE_DATE);

    @Test
    void organisationsKeepTheIdsTheLauncherPrintsAndComeParentsFirst() {
        List<List<String>> rows = read(DemoFiles.organisations(DATASET));
        assertEquals(List.of("id", "parentId", "type", "name", "shortCode", "term"), rows.get(0));
        assertEquals(DATASET.organisations().size() + 1, rows.size());

        Map<String, List<String>> byId = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(6, row.size(), row.toString());
            String parent = row.get(1);
            if (row.get(2).equals("BLOC_COMMITTEE")) {
                assertEquals("", parent, "the bloc committee is a root");
            } else {
                assertTrue(byId.containsKey(parent), row.get(3) + ": parent not in an earlier row");
            }
            byId.put(row.get(0), row);
        }
        UUID office = UUID.nameUUIDFromBytes("dangbo-demo:vp-ubnd".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(office.toString(), DemoFiles.idOf(DemoDataGenerator.BLOC_KEY).toString(),
                "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU", "2020-2025"), byId.get(office.toString()));
        assertTrue(byId.values().stream().anyMatch(r -> r.get(3).equals("Chi bộ Phòng Tổng hợp, quy hoạch")),
                "a name holding a comma survives as one field");
    }

    @Test
    void membersBelongToCellsOfTheOrganisationFile() {
        Map<String, String> typeById = new HashMap<>();
        List<List<String>> organisations = read(DemoFiles.organisations(DATASET));
        organisations.subList(1, organisations.size()).forEach(r -> typeById.put(r.get(0), r.get(2)));

        List<List<String>> rows = read(DemoFiles.members(DATASET));
        assertEquals(List.of("organisationId", "fullName", "birthDate", "sex", "ethnicity", "religion", "nationalId",
                "phone", "partyCardNumber", "admittedOn", "fullMemberOn", "jobTitle", "workplace"), rows.get(0));
        assertEquals(DATASET.members().size() + 1, rows.size());
        int probationary = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(13, row.size(), row.toString());
            String type = typeById.get(row.get(0));
            assertTrue("CELL".equals(type) || "GRASSROOTS_CELL".equals(type), row.get(1) + " in " + type);
            assertTrue(row.get(6).matches("\\d{12}"), row.get(6));
            LocalDate admitted = LocalDate.parse(row.get(9));
            if (row.get(10).isEmpty()) {
                probationary++;
            } else {
                assertFalse(LocalDate.parse(row.get(10)).isBefore(admitted.plusMonths(12)), row.toString());
            }
        }
        assertEquals(DATASET.members().stream().filter(DemoMember::probationary).count(), probationary);
    }

    @Test
    void fullMembershipIsNeverBeforeTheEndOfProbation() {
        DemoMember early = member(LocalDate.of(2023, 3, 31), LocalDate.of(2024, 3, 20));
        assertEquals(LocalDate.of(2024, 3, 31), DemoFiles.fullMemberOn(early));
        DemoMember onTime = member(LocalDate.of(2023, 3, 31), LocalDate.of(2024, 4, 2));
        assertEquals(LocalDate.of(2024, 4, 2), DemoFiles.fullMemberOn(onTime));
        assertNull(DemoFiles.fullMemberOn(member(LocalDate.of(2024, 1, 5), null)));
    }

    private static DemoMember member(LocalDate admittedOn, LocalDate fullMemberOn) {
        return new DemoMember("m-000001", "vp-ubnd-cb1", "Nguyễn Văn An", LocalDate.of(1980, 1, 2), "MALE", "Kinh",
                "Không", "010080000001", "0912345678", "12345678", admittedOn, fullMemberOn, "Chuyên viên",
                "Văn phòng UBND tỉnh");
    }

    /** RFC 4180 records, as the registry's reader splits them (no field of these files spans lines). */
    private static List<List<String>> read(String csv) {
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> records = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }
}
