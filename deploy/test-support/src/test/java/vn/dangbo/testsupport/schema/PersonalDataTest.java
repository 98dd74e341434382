package vn.dangbo.testsupport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The personal-data rule of the contracts, proven on planted violations. */
class PersonalDataTest {

    @TempDir
    Path dir;

    @Test
    void aClosedSchemaWithoutPersonalFieldsPasses() throws IOException {
        write("ok.json", """
                {"type": "object", "additionalProperties": false,
                 "properties": {"member": {"$ref": "#/$defs/member"},
                                "position": {"allOf": [{"$ref": "#/$defs/member"},
                                                       {"properties": {"endedOn": {"type": "string"}}}]},
                                "ages": {"type": "object", "propertyNames": {"enum": ["CELL"]},
                                         "additionalProperties": {"type": "string"}}},
                 "$defs": {"member": {"type": "object", "additionalProperties": false,
                                      "properties": {"fullName": {"type": "string"}, "birthMonth": {"type": "string"},
                                                     "state": {"enum": ["phone"]}}}}}
                """);
        assertEquals(List.of(), PersonalData.eventSchemaProblems(dir));
        PersonalData.assertEventSchemasCarryNone(dir);
    }

    @Test
    void aPersonalFieldAtAnyDepthIsNamed() throws IOException {
        write("deep.json", """
                {"type": "object", "additionalProperties": false,
                 "properties": {"candidates": {"type": "array", "items": {"type": "object",
                     "additionalProperties": false, "properties": {"fullName": {}, "contactPhone": {}}}}},
                 "$defs": {"x": {"type": "object", "additionalProperties": false,
                                 "properties": {"nationalId": {}, "dateOfBirth": {}}}}}
                """);
        List<String> problems = PersonalData.eventSchemaProblems(dir);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("/properties/candidates/items/properties/contactPhone"), problems.get(0));
        AssertionError error = assertThrows(AssertionError.class, () -> PersonalData.assertEventSchemasCarryNone(dir));
        assertTrue(error.getMessage().contains("deep.json /$defs/x/properties/nationalId"), error.getMessage());
    }

    @Test
    void anObjectOpenToUndescribedPropertiesIsNamed() throws IOException {
        write("open.json", """
                {"type": "object", "additionalProperties": false,
                 "properties": {"guest": {"type": "object", "properties": {"fullName": {}}},
                                "data": {"type": "object"},
                                "labels": {"type": "object", "additionalProperties": {"type": "string"}}}}
                """);
        List<String> problems = PersonalData.eventSchemaProblems(dir);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.contains("additionalProperties: false")), problems.toString());
    }

    @Test
    void anEmptyDirectoryIsNoProof() {
        assertThrows(AssertionError.class, () -> PersonalData.assertEventSchemasCarryNone(dir));
    }

    @Test
    void theSchemasOfAnOpenApiDocumentThatDescribePersonalData() {
        String openapi = """
                {"components": {"schemas": {
                  "MemberResponse": {"type": "object", "properties": {"fullName": {}, "nationalId": {}, "phone": {},
                                                                     "birthDate": {}}},
                  "Guest": {"type": "object", "properties": {"fullName": {}, "birthMonth": {}}},
                  "Page": {"type": "object", "properties": {"items": {"type": "array",
                           "items": {"type": "object", "properties": {"national_id": {}}}}}}}}}
                """;
        assertEquals(Map.of("MemberResponse", Set.of("birthDate", "nationalId", "phone"), "Page",
                Set.of("national_id")), PersonalData.inOpenApi(openapi));
    }

    private void write(String name, String json) throws IOException {
        Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}
