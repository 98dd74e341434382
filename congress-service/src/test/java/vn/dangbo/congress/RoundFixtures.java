package vn.dangbo.congress;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Congress rounds opened over the API, as an office enters its plan. */
public final class RoundFixtures {

    private RoundFixtures() {
    }

    /** The seed's plan (rule set 2020, reference 4/2020): the pilot within 3/2020, cells 4/2020, committee 6/2020. */
    public static String seed(Org committee, Org pilot) {
        return open(committee, pilot, "2020-03-01", "2020-03-31", "2020-04-01", "2020-04-30", "2020-06-01",
                "2020-06-30");
    }

    /** A round without a pilot: cells within 4/2020, the committee within 6/2020. */
    public static String withoutPilot(Org committee) {
        return open(committee, null, null, null, "2020-04-01", "2020-04-30", "2020-06-01", "2020-06-30");
    }

    /** Opens a round as admin. @return its id */
    public static String open(Org committee, Org pilot, String pilotFrom, String pilotTo, String cellsFrom,
            String cellsTo, String committeeFrom, String committeeTo) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body(body(committee, pilot, pilotFrom, pilotTo, cellsFrom, cellsTo, committeeFrom, committeeTo))
                .post("/rounds")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String body(Org committee, Org pilot, String pilotFrom, String pilotTo, String cellsFrom,
            String cellsTo, String committeeFrom, String committeeTo) {
        String pilotPart = pilot == null ? "" : """
                "pilotOrganisationId": "%s", "pilotWindow": {"from": "%s", "to": "%s"},
                """.formatted(pilot.id(), pilotFrom, pilotTo);
        return """
                {"conveningCommitteeId": "%s", "ruleSetId": "2020", "ageReferenceMonths": {"GRASSROOTS": "2020-04"},
                 %s
                 "cellWindow": {"from": "%s", "to": "%s"}, "committeeWindow": {"from": "%s", "to": "%s"},
                 "cellTerm": "2020-2022", "committeeTerm": "2020-2025"}
                """.formatted(committee.id(), pilotPart, cellsFrom, cellsTo, committeeFrom, committeeTo);
    }
}
