package vn.dangbo.congress.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ChecklistLoaderTest {

    private static final Path DIRECTORY = Path.of("src/main/resources/checklists");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIndexListsEveryChecklistFileAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            files = listed.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("index.json")
                            && !name.equals("checklist.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted().toList();
        }
        assertEquals(files, ChecklistLoader.ids(getClass().getClassLoader()).stream().sorted().toList());
        assertEquals(List.of("2020-office"), ChecklistLoader.ids(getClass().getClassLoader()));
    }

    @Test
    void everyShippedChecklistMatchesTheSchema() throws IOException {
        for (String id : ChecklistLoader.ids(getClass().getClassLoader())) {
            var messages = schema().validate(JSON.readTree(DIRECTORY.resolve(id + ".json").toFile()));
            assertTrue(messages.isEmpty(), id + ".json: " + messages);
        }
    }

    @Test
    void theSchemaRefusesAMissingDeadlineAndAnUnknownKind() throws IOException {
        ObjectNode missing = (ObjectNode) JSON.readTree(DIRECTORY.resolve("2020-office.json").toFile());
        ((ObjectNode) missing.get("levels").get(0)).remove("draftDeadline");
        assertEquals(1, schema().validate(missing).size());
        ObjectNode unknown = (ObjectNode) JSON.readTree(DIRECTORY.resolve("2020-office.json").toFile());
        ((ObjectNode) unknown.get("levels").get(0).get("documents").get(0)).put("kind", "LATER");
        assertEquals(1, schema().validate(unknown).size());
    }

    @Test
    void thePlansListsHoldTheSeedsDocuments() {
        Checklist plan = Checklists.shipped();
        Checklist.Level cell = plan.level(CongressLevel.CELL).orElseThrow();
        Checklist.Level committee = plan.level(CongressLevel.COMMITTEE).orElseThrow();

        assertEquals(List.of("political-report", "committee-review", "committee-personnel", "resolution-draft",
                "programme", "action-programme", "comments-report"), codes(cell, DocumentKind.DRAFT));
        assertEquals(List.of("political-report", "committee-review", "committee-personnel", "inspection-personnel",
                "delegation-personnel", "resolution-draft", "programme", "action-programme", "comments-report"),
                codes(committee, DocumentKind.DRAFT));
        assertEquals(List.of("after-political-report", "after-committee-review", "after-comments-report",
                "after-resolution", "after-minutes", "after-election-approval"), codes(cell, DocumentKind.AFTER_REPORT));
        assertEquals("Đảng ủy Văn phòng", cell.approvingBody());
        assertEquals("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", committee.approvingBody());
        assertEquals(new Checklist.Deadline(Checklist.Anchor.START, -5, cell.draftDeadline().source()),
                cell.draftDeadline());
        assertEquals(Checklist.Anchor.ROUND_SET, committee.draftDeadline().anchor());
        assertEquals(3, cell.afterReportDeadline().offsetDays());
    }

    @Test
    void anUnknownFieldFailsTheStart() throws IOException {
        String typo = Files.readString(DIRECTORY.resolve("2020-office.json")).replaceFirst("\"approvingBody\"",
                "\"approvingBodies\"");
        assertThrows(IOException.class, () -> ChecklistLoader.read(stream(typo)));
    }

    @Test
    void aCodeListedTwiceFailsTheStart() throws IOException {
        String twice = Files.readString(DIRECTORY.resolve("2020-office.json"))
                .replaceFirst("\"code\": \"committee-review\"", "\"code\": \"political-report\"");
        Checklist checklist = ChecklistLoader.read(stream(twice));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChecklistLoader.check("2020-office", checklist));
        assertTrue(e.getMessage().contains("political-report twice"), e.getMessage());
    }

    @Test
    void aFileWhoseIdIsNotItsNameFailsTheStart() {
        ClassLoader misnamed = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return ChecklistLoader.INDEX.equals(name) ? stream("{\"ids\": [\"2025-office\"]}")
                        : (ChecklistLoader.DIRECTORY + "2025-office.json").equals(name)
                                ? super.getResourceAsStream(ChecklistLoader.DIRECTORY + "2020-office.json")
                                : super.getResourceAsStream(name);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ChecklistLoader.load(misnamed));
        assertTrue(e.getMessage().contains("2025-office.json has id 2020-office"), e.getMessage());
    }

    private static List<String> codes(Checklist.Level level, DocumentKind kind) {
        return level.documents().stream().filter(d -> d.kind() == kind).map(Checklist.Document::code).toList();
    }

    private static JsonSchema schema() throws IOException {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DIRECTORY.resolve("checklist.schema.json")));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
