package vn.dangbo.emulation.award;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Awards decided for the tests of other features (the meeting's award ceremony, its invitees): nominations approved
 * as {@link AwardFixtures} stores them, then decided by the office over HTTP, as a real movement gets them.
 */
public final class DecidedAwards {

    private DecidedAwards() {
    }

    /** A recipient: an organisation ({@code memberId} null) or a member of {@code organisationId}. */
    public record Recipient(UUID memberId, UUID organisationId, String name) {

        public static Recipient organisation(UUID id, String name) {
            return new Recipient(null, id, name);
        }

        public static Recipient member(UUID memberId, UUID organisationId, String name) {
            return new Recipient(memberId, organisationId, name);
        }
    }

    /** Decides the default form for these recipients; returns their award (nomination) ids in the order given. */
    public static List<UUID> decide(String movementId, List<Recipient> recipients) {
        List<UUID> ids = approve(movementId, recipients);
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("nominationIds", ids, "decidedOn", "2024-05-05"))
                .when().post("/movements/" + movementId + "/award-decisions")
                .then().statusCode(201);
        return ids;
    }

    /** Approved by the council, not decided yet: not an award recipient. */
    public static List<UUID> approve(String movementId, List<Recipient> recipients) {
        return AwardFixtures.approved(movementId, recipients.stream()
                .map(r -> new AwardFixtures.Nominee(r.memberId(), r.organisationId(), r.name())).toList());
    }
}
