package vn.dangbo.congress.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {

    private static final Path DIRECTORY = Path.of("src/main/resources/rule-sets");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theIndexListsEveryRuleSetFileAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> listed = Files.list(DIRECTORY)) {
            files = listed.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".json") && !name.equals("index.json")
                            && !name.equals("rule-set.schema.json"))
                    .map(name -> name.substring(0, name.length() - ".json".length()))
                    .sorted().toList();
        }
        assertEquals(files, RuleSetLoader.ids(getClass().getClassLoader()).stream().sorted().toList());
        assertEquals(List.of("2020", "2025"), RuleSetLoader.ids(getClass().getClassLoader()));
    }

    @Test
    void everyShippedRuleSetMatchesTheSchema() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DIRECTORY.resolve("rule-set.schema.json")));
        for (String id : RuleSetLoader.ids(getClass().getClassLoader())) {
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(DIRECTORY.resolve(id + ".json").toFile()));
            assertTrue(messages.isEmpty(), id + ".json: " + messages);
        }
    }

    @Test
    void theSchemaRefusesAMissingNumberAndAnUnknownOne() throws IOException {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(DIRECTORY.resolve("rule-set.schema.json")));
        ObjectNode missing = (ObjectNode) JSON.readTree(DIRECTORY.resolve("2020.json").toFile());
        ((ObjectNode) missing.get("candidacy")).remove("reElectionMonthsOfWork");
        assertEquals(1, schema.validate(missing).size());
        ObjectNode unknown = (ObjectNode) JSON.readTree(DIRECTORY.resolve("2020.json").toFile());
        ((ObjectNode) unknown.get("bodies")).put("cellCommitteeTreshold", 9);
        assertEquals(1, schema.validate(unknown).size());
    }

    @Test
    void the2020RuleSetHoldsThePlansNumbers() {
        RuleSet r = RuleSets.shipped("2020");

        assertEquals("244-QĐ/TW; 35-CT/TW (2020)", r.label());
        assertEquals(List.of("244-QĐ/TW", "35-CT/TW"), r.documents().stream().map(RuleSet.Document::code).toList());
        assertEquals(720, r.retirementAge().of(Sex.MALE).months());
        assertEquals(660, r.retirementAge().of(Sex.FEMALE).months());
        assertNull(r.retirementAge().male().roadmap());
        assertEquals(60, r.candidacy().firstTimeMonthsOfWork());
        assertEquals(30, r.candidacy().reElectionMonthsOfWork());
        assertEquals(9, r.bodies().cellCommitteeThreshold());
        assertEquals(200, r.congresses().delegateCongressFromMembers());
        assertEquals(1, r.congresses().cellMaxDays());
        assertEquals(2, r.congresses().committeeMaxDays());
        assertEquals(30, r.surplus().maxPercent());
        assertEquals(4, r.voteBase().allMemberExclusions().size());
        assertEquals(2, r.voteBase().delegateExclusions().size());
    }

    @Test
    void the2025RuleSetHoldsTheLabourCodeRoadmap() {
        RuleSet r = RuleSets.shipped("2025");

        assertEquals(List.of("190-QĐ/TW", "45-CT/TW"),
                r.documents().stream().map(RuleSet.Document::code).limit(2).toList());
        assertEquals(new RuleSet.Roadmap(2021, 723, 3, 744), r.retirementAge().male().roadmap());
        assertEquals(new RuleSet.Roadmap(2021, 664, 4, 720), r.retirementAge().female().roadmap());
        assertEquals(48, r.candidacy().reElectionMonthsOfWork());
        assertNotNull(r.surplus().smallBody());
        assertEquals(1, r.surplus().smallBody().maxExtra());
    }

    @Test
    void everySectionNamesItsSource() {
        for (String id : List.of("2020", "2025")) {
            RuleSet r = RuleSets.shipped(id);
            for (String source : List.of(r.retirementAge().source(), r.candidacy().source(), r.bodies().source(),
                    r.congresses().source(), r.surplus().source(), r.voteBase().source())) {
                assertTrue(source != null && !source.isBlank(), id);
            }
        }
    }

    @Test
    void aThirdRoundIsANewFileListedInTheIndex() throws IOException {
        String third = Files.readString(DIRECTORY.resolve("2025.json")).replace("\"id\": \"2025\"", "\"id\": \"2030\"")
                .replace("\"reElectionMonthsOfWork\": 48", "\"reElectionMonthsOfWork\": 50");
        ClassLoader withThird = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return switch (name) {
                    case RuleSetLoader.INDEX -> stream("{\"ids\": [\"2020\", \"2025\", \"2030\"]}");
                    case RuleSetLoader.DIRECTORY + "2030.json" -> stream(third);
                    default -> super.getResourceAsStream(name);
                };
            }
        };

        Map<String, RuleSet> ruleSets = RuleSetLoader.load(withThird);

        assertEquals(List.of("2020", "2025", "2030"), List.copyOf(ruleSets.keySet()));
        assertEquals(50, ruleSets.get("2030").candidacy().reElectionMonthsOfWork());
    }

    @Test
    void aFileWhoseIdIsNotItsNameFailsTheStart() {
        ClassLoader misnamed = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                return RuleSetLoader.INDEX.equals(name) ? stream("{\"ids\": [\"2030\"]}")
                        : (RuleSetLoader.DIRECTORY + "2030.json").equals(name)
                                ? super.getResourceAsStream(RuleSetLoader.DIRECTORY + "2020.json")
                                : super.getResourceAsStream(name);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> RuleSetLoader.load(misnamed));
        assertTrue(e.getMessage().contains("2030.json has id 2020"), e.getMessage());
    }

    @Test
    void anUnknownFieldFailsTheStart() throws IOException {
        String typo = Files.readString(DIRECTORY.resolve("2020.json"))
                .replace("\"cellCommitteeThreshold\"", "\"cellCommitteeTreshold\"");
        assertThrows(IOException.class, () -> RuleSetLoader.read(stream(typo)));
    }

    @Test
    void aMissingNumberFailsTheStart() throws IOException {
        String missing = Files.readString(DIRECTORY.resolve("2020.json"))
                .replace("\"cellCommitteeThreshold\": 9,", "");
        assertThrows(IOException.class, () -> RuleSetLoader.read(stream(missing)));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
