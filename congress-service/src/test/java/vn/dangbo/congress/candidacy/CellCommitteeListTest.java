package vn.dangbo.congress.candidacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * A cell with a committee over HTTP and Kafka (issue 12 items 2 and 8): the committee's list from the committee's
 * names, a floor nomination carried by its opinion ballot and one refused at exactly 30%, withdrawals approved and
 * refused, the surplus limit, the approval publishing list.approved.v1; then the secretary, only after the
 * committee's result and only among those elected to it, on an agree/disagree ballot.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CellCommitteeListTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ElectionFixtures elections;

    @Test
    void theCellElectsItsCommitteeThenItsSecretaryAmongThoseElected() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cell = RegistryFixtures.cell(office, "Chi bộ Tổng hợp");
        Org stranger = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tài chính");
        RegistryFixtures.awaitKnown(bloc, office, cell, stranger);
        UUID an = ElectionFixtures.member(cell, "Trần Thị An", true, "FEMALE", "1980-04");
        UUID binh = ElectionFixtures.member(cell, "Nguyễn Văn Bình", true, "MALE", "1975-06");
        UUID duc = ElectionFixtures.member(cell, "Lê Văn Đức", true, "MALE", "1978-02");
        UUID dung = ElectionFixtures.member(cell, "Phạm Thị Dung", true, "FEMALE", "1982-09");
        UUID cuong = ElectionFixtures.member(cell, "Hoàng Văn Cường", true, "MALE", "1979-11");
        UUID ha = ElectionFixtures.member(cell, "Vũ Thị Hà", true, "FEMALE", "1985-01");
        UUID anh = ElectionFixtures.member(cell, "Đặng Văn Anh", true, "MALE", "1983-03");
        UUID giang = ElectionFixtures.member(cell, "Bùi Thị Giang", true, "FEMALE", "1986-07");
        UUID hung = ElectionFixtures.member(cell, "Ngô Văn Hùng", true, "MALE", "1977-05");
        ElectionFixtures.member(cell, "Đỗ Thị Lan", true, "FEMALE", "1981-12");
        UUID old = ElectionFixtures.member(cell, "Lý Văn Tâm", true, "MALE", "1962-01");
        UUID probationary = ElectionFixtures.member(cell, "Tạ Thị Mai", false, "FEMALE", "1995-05");
        RegistryFixtures.awaitCounts(cell, 11, 1);
        String round = ElectionFixtures.round(office);
        String congress = ElectionFixtures.congress(round, cell, "2020-04-15", 1, "2020-2022");
        ElectionFixtures.stateStructure(congress, """
                {"committeeSize": 5, "deputySecretaries": 1}""");
        // 10 of the 11 full members present (Đỗ Thị Lan is not); the probationary member gets no ballot
        ElectionFixtures.checkIn(congress, List.of(an, binh, duc, dung, cuong, ha, anh, giang, hung, old,
                probationary));

        // order: the committee comes first
        ElectionFixtures.openElection(congress, "SECRETARY", 1)
                .statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Phải bầu Chi ủy trước khi bầu Bí thư: chưa bầu Chi ủy"))
                .body("errors.field", hasItem("office"));
        // an officer of another organisation may not open it
        given().auth().oauth2(RealInfrastructure.tokens().officer(stranger.idText()))
                .contentType("application/json").body("""
                        {"office": "CELL_COMMITTEE", "seats": 5}""")
                .post("/congresses/{id}/elections", congress)
                .then().statusCode(403);
        String committee = ElectionFixtures.openElection(congress, "CELL_COMMITTEE", 5)
                .statusCode(201)
                .body("office", equalTo("CELL_COMMITTEE"))
                .body("title", equalTo("Chi ủy"))
                .body("electorate", equalTo("CONGRESS"))
                .body("roundNo", equalTo(1))
                .body("status", equalTo("NOMINATING"))
                .extract().path("id");

        for (UUID member : List.of(an, binh, duc, dung, cuong, ha)) {
            ElectionFixtures.nominate(committee, member, "COMMITTEE_LIST").statusCode(201)
                    .body("candidate.status", equalTo("ON_LIST"));
        }
        // part 1's check, with the reason
        ElectionFixtures.nominate(committee, old, "COMMITTEE_LIST")
                .statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Đồng chí Lý Văn Tâm không đủ tư cách ứng cử: Không đủ tuổi tham gia cấp ủy"
                        + " lần đầu: chỉ còn 21 tháng công tác đến tháng nghỉ hưu 1/2022 (tính từ tháng 4/2020), cần"
                        + " ít nhất 60 tháng"))
                .body("errors.field", hasItem("memberId"));
        ElectionFixtures.nominate(committee, probationary, "SELF_NOMINATION")
                .statusCode(422)
                .body("detail", equalTo("Đồng chí Tạ Thị Mai không đủ tư cách ứng cử: Đảng viên dự bị không được giới"
                        + " thiệu ứng cử, đề cử vào cấp ủy"));

        // names from the floor: on the list only with MORE than 30% of those present
        String anhId = ElectionFixtures.nominate(committee, anh, "FLOOR_NOMINATION")
                .statusCode(201).body("candidate.status", equalTo("PROPOSED")).extract().path("candidate.id");
        String giangId = ElectionFixtures.nominate(committee, giang, "SELF_NOMINATION")
                .statusCode(201).extract().path("candidate.id");
        ElectionFixtures.approveList(committee)
                .statusCode(422)
                .body("detail", equalTo("Còn 2 người được đề cử, ứng cử chưa biểu quyết lấy ý kiến: Đặng Văn Anh, Bùi"
                        + " Thị Giang"));
        ElectionFixtures.opinionBallot(committee, giangId, 10, 3)
                .statusCode(200)
                .body("candidate.status", equalTo("REFUSED"))
                .body("candidate.refusalReason", equalTo("Chỉ 3/10 người có mặt (30,00%) đồng ý đưa vào danh sách,"
                        + " cần trên 30%"))
                .body("opinionBallot.accepted", equalTo(false));
        ElectionFixtures.opinionBallot(committee, anhId, 10, 4)
                .statusCode(200)
                .body("candidate.status", equalTo("ON_LIST"))
                .body("opinionBallot.thresholdPercent", equalTo(30));

        // 7 names for 5 seats: one more than the rule set allows
        ElectionFixtures.approveList(committee)
                .statusCode(422)
                .body("detail", equalTo("Danh sách bầu Chi ủy có 7 người, nhiều nhất 6 người (số dư không quá 30% của"
                        + " 5 người cần bầu)"))
                .body("errors.field", hasItem("candidates"));
        String duc1 = candidateId(committee, "Lê Văn Đức");
        String ha1 = candidateId(committee, "Vũ Thị Hà");
        ElectionFixtures.withdraw(committee, duc1, false)
                .statusCode(200)
                .body("candidate.status", equalTo("ON_LIST"))
                .body("withdrawals[0].approved", equalTo(false))
                .body("withdrawals[0].decidedBy", equalTo("Đại hội biểu quyết giơ tay"));
        ElectionFixtures.withdraw(committee, ha1, true)
                .statusCode(200).body("candidate.status", equalTo("WITHDRAWN"));

        ElectionFixtures.list(committee)
                .body("limits.minLength", equalTo(6))
                .body("limits.maxLength", equalTo(6))
                .body("limits.preparedMin", equalTo(6))
                .body("limits.advice", equalTo("Cấp ủy chuẩn bị danh sách có số dư từ 10% đến 15%: 6 người cho 5 người"
                        + " cần bầu; danh sách đại hội quyết định nhiều nhất 6 người"))
                .body("ballotKind", equalTo("STRIKE_OUT"))
                .body("problem", nullValue());
        ElectionFixtures.approveList(committee)
                .statusCode(200)
                .body("status", equalTo("LIST_APPROVED"))
                .body("onList.candidate.fullName", equalTo(List.of("Trần Thị An", "Đặng Văn Anh", "Nguyễn Văn Bình",
                        "Hoàng Văn Cường", "Phạm Thị Dung", "Lê Văn Đức")))
                .body("onList.candidate.position", equalTo(List.of(1, 2, 3, 4, 5, 6)));
        ElectionFixtures.nominate(committee, giang, "FLOOR_NOMINATION").statusCode(409);

        JsonNode approved = listApproved(congress, committee);
        assertEquals(committee, approved.at("/election/id").asText());
        assertEquals("CELL_COMMITTEE", approved.at("/election/office").asText());
        assertEquals("Chi ủy", approved.at("/election/title").asText());
        assertEquals("CONGRESS", approved.at("/election/electorate").asText());
        assertEquals(5, approved.at("/election/seats").asInt());
        assertEquals(0, approved.at("/election/alternateSeats").asInt());
        assertEquals("STRIKE_OUT", approved.at("/election/ballotKind").asText());
        assertEquals(congress, approved.at("/congress/id").asText());
        assertEquals("2020-2022", approved.at("/congress/term").asText());
        // a cell's congress is convened by its committee, whose higher body heads the ballot
        assertEquals(office.idText(), approved.at("/convener/id").asText());
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", approved.at("/convener/name").asText());
        assertEquals(bloc.idText(), approved.at("/higherBody/id").asText());
        assertEquals(6, approved.get("candidates").size());
        assertEquals("Trần Thị An", approved.at("/candidates/0/fullName").asText());
        assertEquals(an.toString(), approved.at("/candidates/0/memberId").asText());
        assertEquals(1, approved.at("/candidates/0/position").asInt());
        assertEquals("Lê Văn Đức", approved.at("/candidates/5/fullName").asText());
        assertEquals(10, approved.get("voters").asInt(), "the full members present");
        assertEquals(3, approved.get("spareBallots").asInt(), "5% of 10 rounded up, at least the rule set's 3");
        assertEquals("CU1-", approved.get("serialPrefix").asText());
        assertEquals(1, approved.get("firstSerial").asInt());

        // the secretary: after the committee's result, among those elected to it
        ElectionFixtures.openElection(congress, "SECRETARY", 1)
                .statusCode(422)
                .body("detail", equalTo("Phải bầu Chi ủy trước khi bầu Bí thư: lần bầu Chi ủy chưa công bố kết quả"));
        elections.declare(committee, List.of(an, anh, binh, cuong, dung));
        String secretary = ElectionFixtures.openElection(congress, "SECRETARY", 1)
                .statusCode(201).body("electorate", equalTo("CONGRESS")).extract().path("id");
        ElectionFixtures.nominate(secretary, duc, "COMMITTEE_LIST")
                .statusCode(422)
                .body("detail", equalTo("Bí thư được bầu trong số Chi ủy vừa trúng cử; đồng chí Lê Văn Đức không trúng"
                        + " cử Chi ủy"));
        ElectionFixtures.nominate(secretary, binh, "COMMITTEE_LIST").statusCode(201);
        ElectionFixtures.approveList(secretary)
                .statusCode(200)
                .body("ballotKind", equalTo("AGREE_DISAGREE"));
        JsonNode secretaryList = listApproved(congress, secretary);
        assertEquals("AGREE_DISAGREE", secretaryList.at("/election/ballotKind").asText());
        assertEquals("Nguyễn Văn Bình", secretaryList.at("/candidates/0/fullName").asText());
        assertEquals("BT1-", secretaryList.get("serialPrefix").asText());

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/elections", congress)
                .then().statusCode(200)
                .body("office", equalTo(List.of("CELL_COMMITTEE", "SECRETARY")))
                .body("[0].candidates.findAll { it.outcome == 'ELECTED' }.size()", equalTo(5));
    }

    private static String candidateId(String election, String fullName) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}", election)
                .then().statusCode(200)
                .extract().path("candidates.find { it.fullName == '" + fullName + "' }.id");
    }

    /** The list.approved.v1 record of the election: key = congress id, CloudEvent headers, data valid against our schema. */
    static JsonNode listApproved(String congressId, String electionId) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                ElectionEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> congressId.equals(r.key())
                    && r.value() != null && r.value().contains(electionId), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, ElectionEvents.LIST_APPROVED, "/dangbo/congress-service");
            Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas",
                    ElectionEvents.LIST_APPROVED + ".json");
            assertTrue(schema.toFile().isFile(), "schema file " + schema.toAbsolutePath());
            EventSchemas.assertValid(schema, record.value());
            return JSON.readTree(record.value());
        }
    }
}
