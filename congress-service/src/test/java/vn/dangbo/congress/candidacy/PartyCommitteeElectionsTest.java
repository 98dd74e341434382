package vn.dangbo.congress.candidacy;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.election.ElectionViews.ElectionView;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.election.OpenElection;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A party committee's congress (issue 12 item 8): the congress elects the committee and its delegation; the new
 * committee's first meeting (electorate NEW_COMMITTEE, its members the voters) elects the standing committee only
 * among those elected to the committee, and the secretary only among the standing committee; a secretary runoff is
 * another round with the names fixed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class PartyCommitteeElectionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ElectionFixtures elections;

    @Inject
    OpenElection openElection;

    @Test
    void theNewCommitteeElectsItsBodiesOnlyAmongThoseElected() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Kế hoạch và Đầu tư");
        Org cell = RegistryFixtures.cell(office, "Chi bộ Văn phòng Sở");
        RegistryFixtures.awaitKnown(bloc, office, cell);
        UUID an = ElectionFixtures.member(cell, "Trần Thị An", true, "FEMALE", "1980-04");
        UUID binh = ElectionFixtures.member(cell, "Nguyễn Văn Bình", true, "MALE", "1975-06");
        UUID cuong = ElectionFixtures.member(cell, "Hoàng Văn Cường", true, "MALE", "1979-11");
        UUID dung = ElectionFixtures.member(cell, "Phạm Thị Dung", true, "FEMALE", "1982-09");
        UUID duc = ElectionFixtures.member(cell, "Lê Văn Đức", true, "MALE", "1978-02");
        UUID giang = ElectionFixtures.member(cell, "Bùi Thị Giang", true, "FEMALE", "1986-07");
        UUID hung = ElectionFixtures.member(cell, "Ngô Văn Hùng", true, "MALE", "1977-05");
        RegistryFixtures.awaitCounts(cell, 7, 0);
        String round = ElectionFixtures.round(office);
        ElectionFixtures.congress(round, cell, "2020-04-10", 1, "2020-2022");
        String congress = ElectionFixtures.congress(round, office, "2020-06-15", 2, "2020-2025");
        ElectionFixtures.stateStructure(congress, """
                {"committeeSize": 5, "standingCommitteeSize": 3, "deputySecretaries": 1,
                 "inspectionCommissionSize": 3}""");
        ElectionFixtures.checkIn(congress, List.of(an, binh, cuong, dung, duc, giang, hung));

        String committee = ElectionFixtures.openElection(congress, "PARTY_COMMITTEE", 5)
                .statusCode(201).body("electorate", equalTo("CONGRESS")).extract().path("id");
        for (UUID member : List.of(an, binh, cuong, dung, duc, giang)) {
            ElectionFixtures.nominate(committee, member, "COMMITTEE_LIST").statusCode(201);
        }
        ElectionFixtures.approveList(committee).statusCode(200).body("ballotKind", equalTo("STRIKE_OUT"));
        JsonNode committeeList = CellCommitteeListTest.listApproved(congress, committee);
        assertEquals("Ban Chấp hành Đảng bộ", committeeList.at("/election/title").asText());
        assertEquals(office.idText(), committeeList.at("/convener/id").asText(), "a committee convenes its own");
        assertEquals(bloc.idText(), committeeList.at("/higherBody/id").asText());
        assertEquals(7, committeeList.get("voters").asInt(), "the congress' members present");

        ElectionFixtures.openElection(congress, "STANDING_COMMITTEE", 3)
                .statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Phải bầu Ban Chấp hành Đảng bộ trước khi bầu Ban Thường vụ: lần bầu Ban Chấp"
                        + " hành Đảng bộ chưa công bố kết quả"));
        elections.declare(committee, List.of(an, binh, cuong, dung, duc));

        // the congress elects its delegation: the delegates the higher committee allots and the alternates
        ElectionFixtures.post("/congresses/{id}/elections", congress, """
                {"office": "DELEGATION", "seats": 2, "alternateSeats": 1}""")
                .statusCode(201)
                .body("electorate", equalTo("CONGRESS"))
                .body("seats", equalTo(2))
                .body("alternateSeats", equalTo(1));

        String standing = ElectionFixtures.openElection(congress, "STANDING_COMMITTEE", 3)
                .statusCode(201).body("electorate", equalTo("NEW_COMMITTEE")).extract().path("id");
        ElectionFixtures.nominate(standing, giang, "COMMITTEE_LIST")
                .statusCode(422)
                .body("detail", equalTo("Ban Thường vụ được bầu trong số Ban Chấp hành Đảng bộ vừa trúng cử; đồng chí"
                        + " Bùi Thị Giang không trúng cử Ban Chấp hành Đảng bộ"))
                .body("errors.field", hasItem("memberId"));
        for (UUID member : List.of(an, binh, cuong)) {
            ElectionFixtures.nominate(standing, member, "COMMITTEE_LIST").statusCode(201);
        }
        String dungId = ElectionFixtures.nominate(standing, dung, "FLOOR_NOMINATION")
                .statusCode(201).extract().path("candidate.id");
        // the first meeting's voters are the 5 members elected: no more can be present
        ElectionFixtures.opinionBallot(standing, dungId, 6, 3)
                .statusCode(422)
                .body("detail", equalTo("Số người có mặt khi biểu quyết (6) nhiều hơn số người dự bầu đang có mặt (5)"))
                .body("errors.field", hasItem("present"));
        ElectionFixtures.opinionBallot(standing, dungId, 5, 2).statusCode(200)
                .body("candidate.status", equalTo("ON_LIST"));
        ElectionFixtures.approveList(standing).statusCode(200).body("ballotKind", equalTo("STRIKE_OUT"));
        JsonNode standingList = CellCommitteeListTest.listApproved(congress, standing);
        assertEquals("NEW_COMMITTEE", standingList.at("/election/electorate").asText());
        assertEquals("Ban Thường vụ", standingList.at("/election/title").asText());
        assertEquals(5, standingList.get("voters").asInt(), "the new committee's members");
        assertEquals(3, standingList.get("spareBallots").asInt());
        assertEquals(List.of("Trần Thị An", "Nguyễn Văn Bình", "Hoàng Văn Cường", "Phạm Thị Dung"),
                names(standingList));

        ElectionFixtures.openElection(congress, "SECRETARY", 1)
                .statusCode(422)
                .body("detail", equalTo("Phải bầu Ban Thường vụ trước khi bầu Bí thư: lần bầu Ban Thường vụ chưa công"
                        + " bố kết quả"));
        elections.declare(standing, List.of(an, binh, cuong));
        String secretary = ElectionFixtures.openElection(congress, "SECRETARY", 1)
                .statusCode(201).body("electorate", equalTo("NEW_COMMITTEE")).extract().path("id");
        ElectionFixtures.nominate(secretary, duc, "COMMITTEE_LIST")
                .statusCode(422)
                .body("detail", equalTo("Bí thư được bầu trong số Ban Thường vụ vừa trúng cử; đồng chí Lê Văn Đức không"
                        + " trúng cử Ban Thường vụ"));
        ElectionFixtures.nominate(secretary, binh, "COMMITTEE_LIST").statusCode(201);
        ElectionFixtures.nominate(secretary, an, "COMMITTEE_LIST").statusCode(201);
        ElectionFixtures.approveList(secretary).statusCode(200).body("ballotKind", equalTo("STRIKE_OUT"));

        // a tie: the result asks for a runoff among the tied, another round with the names fixed
        elections.declare(secretary, List.of());
        ElectionView runoff = openElection.openNextRound(Office.SECRETARY, 1, 0, UUID.fromString(secretary),
                List.of(an, binh));
        assertEquals(2, runoff.roundNo());
        assertEquals(UUID.fromString(secretary), runoff.previousElectionId());
        assertTrue(runoff.fixedList());
        assertEquals(2, runoff.candidates().size());
        ElectionFixtures.nominate(runoff.id().toString(), cuong, "FLOOR_NOMINATION").statusCode(409);
        ElectionFixtures.list(runoff.id().toString())
                .body("onList.candidate.fullName", equalTo(List.of("Trần Thị An", "Nguyễn Văn Bình")))
                .body("problem", equalTo(null));
    }

    private static List<String> names(JsonNode listApproved) {
        List<String> names = new java.util.ArrayList<>();
        listApproved.get("candidates").forEach(c -> names.add(c.get("fullName").asText()));
        return names;
    }
}
