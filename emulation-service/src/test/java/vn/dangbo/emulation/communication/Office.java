package vn.dangbo.emulation.communication;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/** The bloc's office in the communications tests: a bloc of its own, the seed's movement launched for it. */
public final class Office {

    public static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");

    public final Org bloc;
    public final String movementId;
    public final String officer;

    private Office(Org bloc, String movementId, String officer) {
        this.bloc = bloc;
        this.movementId = movementId;
        this.officer = officer;
    }

    public static Office of(RegistryPlayer registry, String blocName) {
        Org bloc = registry.organisation(Org.bloc(blocName));
        String officer = RealInfrastructure.tokens().officer(bloc.id().toString());
        String id = given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
        return new Office(bloc, id, officer);
    }

    /** A request as the bloc's officer, JSON body. */
    public RequestSpecification asOfficer() {
        return given().auth().oauth2(officer).contentType(ContentType.JSON);
    }

    public String path(String rest) {
        return "/movements/" + movementId + rest;
    }

    /** A record published on the communications topic: CloudEvents headers and data against the schema of its type. */
    public static void assertPublished(ConsumerRecord<String, String> record, String type) {
        EventSchemas.assertCloudEvent(record, type, "/dangbo/emulation-service");
        EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), record.value());
    }
}
