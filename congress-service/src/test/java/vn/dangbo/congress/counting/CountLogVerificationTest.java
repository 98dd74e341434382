package vn.dangbo.congress.counting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.counting.CountingFixtures.ListedElection;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Office;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The hash-chained log: a stored row changed by SQL, behind the service's back, makes the verification fail. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CountLogVerificationTest {

    private static Org office;
    private static String congress;

    @Inject
    CountingFixtures fixtures;
    @Inject
    EntityManager entityManager;

    @BeforeEach
    void congress() {
        if (office != null) {
            return;
        }
        office = CountingFixtures.office("Đảng bộ Sở Xây dựng");
        congress = CountingFixtures.congress(office);
        CountingFixtures.committee(office, congress, 2);
    }

    @Test
    void anEntryChangedBySqlMakesTheVerificationFail() {
        ListedElection election = counted();
        verification(election).body("holds", equalTo(true));
        UUID c = election.candidates().get(2);
        sql("update count_entry set content = '{\"kept\":[\"" + c + "\"]}' where election_id = '" + election.id()
                + "' and unit = '2' and teller_code = 'T1'");
        verification(election)
                .body("holds", equalTo(false))
                .body("chainHolds", equalTo(true))
                .body("totalsHold", equalTo(false))
                .body("differences.what", hasItem("Lượt nhập 2 / T1"))
                .body("summary", equalTo("1 số liệu lưu trữ không khớp với nhật ký."));
    }

    @Test
    void aLogPayloadChangedBySqlBreaksTheChainWhereItWasChanged() {
        ListedElection election = counted();
        UUID a = election.candidates().get(0);
        UUID c = election.candidates().get(2);
        // the third record is the first teller's entry of ballot 1: give the vote to another candidate
        sql("update count_log set payload = replace(payload, '" + a + "', '" + c + "') where election_id = '"
                + election.id() + "' and seq = 3");
        verification(election)
                .body("holds", equalTo(false))
                .body("chainHolds", equalTo(false))
                .body("breaks[0].seq", equalTo(3))
                .body("breaks[0].message", equalTo("Nội dung bản ghi số 3 không khớp với mã băm của nó (đã bị sửa)"))
                .body("summary", startsWith("Chuỗi nhật ký bị phá vỡ từ bản ghi số 3."));
    }

    @Test
    void aClosedFigureChangedBySqlNoLongerMatchesTheLog() {
        ListedElection election = counted();
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(200);
        verification(election).body("holds", equalTo(true));
        sql("update election_candidate set votes = votes + 1 where id = '" + election.candidates().get(1) + "'");
        verification(election)
                .body("holds", equalTo(false))
                .body("chainHolds", equalTo(true))
                .body("differences.what", hasItem("Số phiếu bầu của Trần Văn Sơn (tính lại từ nhật ký)"));
    }

    /** Three ballots, each entered by both tellers: 2 seats, A and B on ballot 1, A on 2, B on 3. */
    private ListedElection counted() {
        ListedElection election = fixtures.listed(congress, Office.PARTY_COMMITTEE, 2, BallotKind.STRIKE_OUT,
                "Nguyễn Thị Quế", "Trần Văn Sơn", "Lê Thị Thu");
        UUID a = election.candidates().get(0);
        UUID b = election.candidates().get(1);
        List<List<UUID>> ballots = List.of(List.of(a, b), List.of(a), List.of(b));
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body(Map.of("issued", 3, "returned", 3))
                .put("/elections/{id}/ballots", election.idText())
                .then().statusCode(200);
        for (int i = 0; i < ballots.size(); i++) {
            for (String teller : List.of("T1", "T2")) {
                given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                        .contentType(ContentType.JSON)
                        .body(Map.of("serial", String.valueOf(i + 1), "tellerCode", teller,
                                "kept", ballots.get(i).stream().map(UUID::toString).toList()))
                        .post("/elections/{id}/entries", election.idText())
                        .then().statusCode(201);
            }
        }
        return election;
    }

    private static io.restassured.response.ValidatableResponse verification(ListedElection election) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/verification", election.idText())
                .then().statusCode(200);
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(statement).executeUpdate());
    }
}
