package vn.dangbo.docs.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The registry's organisation events (checked against registry-service's schema file) reach the directory, and
 * with it an officer's right to issue: inside their subtree yes, elsewhere 403.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class RegistryOrganisationsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CREATED = "vn.dangbo.registry.organisation.created.v1";

    @Test
    void anOfficerIssuesForOrganisationsOfTheirSubtreeOnceTheRegistryHasAnnouncedThem() throws Exception {
        UUID office = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        publish(office, null, List.of(office), "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
        publish(cell, office, List.of(office, cell), "CELL", "Chi bộ I", "CB");
        publish(elsewhere, null, List.of(elsewhere), "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU");

        String officer = RealInfrastructure.tokens().officer(office.toString());
        Awaitility.await().atMost(60, TimeUnit.SECONDS).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                issue(officer, cell).then().statusCode(201).body("createdBy", equalTo("officer-" + office)));
        issue(officer, elsewhere).then().statusCode(403).contentType("application/problem+json");
        issue(RealInfrastructure.tokens().viewer(), cell).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(notice(cell)).post("/documents").then().statusCode(401);
    }

    private static io.restassured.response.Response issue(String token, UUID issuer) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(notice(issuer)).post("/documents");
    }

    private static Map<String, Object> notice(UUID issuer) {
        return Map.of("type", "TB", "term", "2020-2022", "date", "2020-03-01",
                "issuer", Map.of("id", issuer.toString(), "name", "Chi bộ I", "shortCode", "CB"),
                "data", Map.of("summary", "Về việc tổ chức đại hội chi bộ", "blocks", List.of(Map.of("text", "Nội dung."))));
    }

    private static void publish(UUID id, UUID parent, List<UUID> path, String type, String name, String shortCode)
            throws Exception {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", id.toString());
        state.put("parentId", parent == null ? null : parent.toString());
        state.put("path", path.stream().map(UUID::toString).toList());
        state.put("type", type);
        state.put("name", name);
        state.put("shortCode", shortCode);
        state.put("status", "ACTIVE");
        state.put("term", "2020-2025");
        state.put("version", 1);
        String data = JSON.writeValueAsString(Map.of("organisation", state));
        Path schema = EventSchemas.producerSchema("registry-service", CREATED);
        EventSchemas.assertValid(schema, data);

        String kafka = RealInfrastructure.kafka().bootstrapServers();
        try (TopicWriter writer = TopicWriter.of(kafka, "registry.organisations.v1")) {
            writer.send(CloudEvent.of("/dangbo/registry-service", CREATED, id.toString(), data));
        }
    }
}
