package vn.dangbo.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/** What a subscribing provincial system sees on the registry's topics. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryEventsTest {

    private static final String SOURCE = "/dangbo/registry-service";

    @Test
    void organisationCreatedEventsAreCloudEventsMatchingTheirSchema() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "ĐUK");
        UUID office = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                "registry.organisations.v1")) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> r.key().equals(bloc.toString()) || r.key().equals(office.toString()), 2,
                    Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertCloudEvent(record, "vn.dangbo.registry.organisation.created.v1", SOURCE);
                EventSchemas.assertValid(schema("vn.dangbo.registry.organisation.created.v1"), record.value());
                JsonNode organisation = new ObjectMapper().readTree(record.value()).get("organisation");
                assertEquals(record.key(), organisation.get("id").asText(), "key = aggregate id");
            }
            JsonNode officeState = new ObjectMapper().readTree(records.stream()
                    .filter(r -> r.key().equals(office.toString())).findFirst().orElseThrow().value())
                    .get("organisation");
            assertEquals(bloc.toString(), officeState.get("parentId").asText());
            assertEquals(List.of(bloc.toString(), office.toString()),
                    List.of(officeState.get("path").get(0).asText(), officeState.get("path").get(1).asText()));
            assertEquals("Đảng bộ Văn phòng UBND tỉnh", officeState.get("name").asText());
        }
    }

    @Test
    void memberEventsMatchTheirSchemaAndNeverCarryPersonalIds() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU");
        UUID cell = organisation(committee, "CELL", "Chi bộ Văn phòng Sở", "CB");
        Map<String, Object> body = memberBody(cell, "Lê Thị Mỹ Duyên", true);
        String id = registerMember(admin(), body).statusCode(201).extract().path("id");

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                "registry.members.v1")) {
            ConsumerRecord<String, String> record = reader.awaitRecords(r -> r.key().equals(id), 1,
                    Duration.ofSeconds(30)).get(0);
            EventSchemas.assertCloudEvent(record, "vn.dangbo.registry.member.registered.v1", SOURCE);
            EventSchemas.assertValid(schema("vn.dangbo.registry.member.registered.v1"), record.value());
            assertFalse(record.value().contains((String) body.get("nationalId")), "national ID on a topic");
            assertFalse(record.value().contains((String) body.get("phone")), "phone on a topic");
            assertFalse(record.value().contains("1985-04-12"), "full birth date on a topic");
        }
    }

    @Test
    void lifecycleEventsOfOneMemberArriveInOrderWithRisingVersions() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID cell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Nội vụ", "ĐU"),
                "CELL", "Chi bộ Phòng Tổ chức", "CB");
        Map<String, Object> body = memberBody(cell, "Hầu A Lử", false);
        java.time.LocalDate admitted = java.time.LocalDate.now().minusMonths(14);
        body.put("admittedOn", admitted.toString());
        String id = registerMember(admin(), body).statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().auth().oauth2(admin()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("effectiveDate", admitted.plusMonths(12).toString(),
                        "decisionReference", "Quyết định số 21-QĐ/ĐU"))
                .post("/members/" + id + "/full-membership").then().statusCode(200);

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                "registry.members.v1")) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> r.key().equals(id), 2,
                    Duration.ofSeconds(30));
            assertEquals("vn.dangbo.registry.member.registered.v1", TopicReader.header(records.get(0), "ce_type"));
            assertEquals("vn.dangbo.registry.member.made-full.v1", TopicReader.header(records.get(1), "ce_type"));
            EventSchemas.assertCloudEvent(records.get(1), "vn.dangbo.registry.member.made-full.v1", SOURCE);
            EventSchemas.assertValid(schema("vn.dangbo.registry.member.made-full.v1"), records.get(1).value());
            assertEquals(records.get(0).partition(), records.get(1).partition(), "one key, one partition");
            JsonNode madeFull = new ObjectMapper().readTree(records.get(1).value());
            assertEquals("FULL", madeFull.at("/member/status").asText());
            assertEquals(1, madeFull.at("/member/version").asInt());
            assertEquals("Quyết định số 21-QĐ/ĐU", madeFull.at("/decisionReference").asText());
            assertEquals(0, new ObjectMapper().readTree(records.get(0).value()).at("/member/version").asInt());
        }
    }

    private static Path schema(String type) {
        return EventSchemas.producerSchema("registry-service", type);
    }
}
