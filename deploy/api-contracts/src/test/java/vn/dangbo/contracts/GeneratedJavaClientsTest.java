package vn.dangbo.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Java clients openapi-generator (java, library native) made from the four documents compiled with this module;
 * here what a client programmer gets from them: the free-form JSON as plain Java values, and the registry's audit entry
 * read from the JSON the service writes.
 */
class GeneratedJavaClientsTest {

    @Test
    void everyServiceHasItsClient() throws ReflectiveOperationException {
        for (String service : List.of("registry", "congress", "emulation", "docs")) {
            Class<?> client = Class.forName("vn.dangbo.client." + service + ".ApiClient");
            assertTrue(client.getMethod("updateBaseUri", String.class) != null, service);
        }
    }

    @Test
    void freeFormJsonReachesTheClientAsPlainJavaValues() throws ReflectiveOperationException {
        // openapi-generator types a free-form object as Object (Jackson reads it into a LinkedHashMap), never as a
        // model of Jackson's JsonNode with its valueNode, containerNode... getters
        assertEquals(Object.class, type("registry", "AuditEntryResponse", "getBefore"));
        assertEquals(Object.class, type("registry", "AuditEntryResponse", "getAfter"));
        assertEquals(Object.class, type("registry", "ImportJobResponse", "getReport"));
        assertEquals(Object.class, type("emulation", "SettingsResponse", "getSections"));
        assertEquals(List.class, type("emulation", "MatchResponse", "getSets"));
        assertEquals(Map.class, type("congress", "OpenRoundRequest", "getAgeReferenceMonths"));
        for (String service : List.of("registry", "emulation")) {
            assertThrows(ClassNotFoundException.class,
                    () -> Class.forName("vn.dangbo.client." + service + ".model.JsonNode"), service);
        }
    }

    @Test
    void anAuditEntryAsTheRegistryWritesItReadsIntoTheGeneratedModel() throws Exception {
        String json = """
                {"id": 7, "entity": "member", "entityId": "0b9f6c1e-4a53-4f3e-9a38-2f7d1b3c5e10",
                 "action": "updated", "actor": "admin", "at": "2024-05-10T08:00:00+07:00",
                 "before": {"fullName": "Nguyễn Văn An", "positions": []},
                 "after": {"fullName": "Nguyễn Văn Ân", "positions": [{"role": "SECRETARY"}]}}""";
        Class<?> model = Class.forName("vn.dangbo.client.registry.model.AuditEntryResponse");
        ObjectMapper mapper = (ObjectMapper) Class.forName("vn.dangbo.client.registry.ApiClient")
                .getMethod("createDefaultObjectMapper").invoke(null);
        Object entry = mapper.readValue(json, model);
        Map<?, ?> after = (Map<?, ?>) model.getMethod("getAfter").invoke(entry);
        assertEquals("Nguyễn Văn Ân", after.get("fullName"));
        assertEquals(List.of(Map.of("role", "SECRETARY")), after.get("positions"));
    }

    private static Class<?> type(String service, String model, String getter) throws ReflectiveOperationException {
        return Class.forName("vn.dangbo.client." + service + ".model." + model).getMethod(getter).getReturnType();
    }
}
