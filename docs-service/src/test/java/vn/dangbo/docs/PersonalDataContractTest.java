package vn.dangbo.docs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.PersonalData;

/**
 * Personal data (national ID, phone, full birth date) stays in the registry: docs-service receives none (the registry's
 * events carry the birth month only), so none of its responses, exports or events may describe any. Read from the
 * contracts, so an endpoint or event added later is covered without a test of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class PersonalDataContractTest {

    @Test
    void noEventSchemaDescribesPersonalDataNorLeavesRoomForIt() {
        PersonalData.assertEventSchemasCarryNone(Path.of("src/main/resources/META-INF/resources/events/schemas"));
    }

    @Test
    void noRequestNorResponseOfTheApiDescribesPersonalData() {
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertEquals(Map.of(), PersonalData.inOpenApi(openapi));
    }
}
