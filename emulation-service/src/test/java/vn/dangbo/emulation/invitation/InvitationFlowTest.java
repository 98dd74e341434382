package vn.dangbo.emulation.invitation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Invitees and invitations over HTTP and Kafka: the groups filled from the registry, part 1's awards and the office's
 * guests; one invitation per person whatever their groups; batches through docs-service of what changed only.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class InvitationFlowTest {

    private static RegistryPlayer registry;
    private static TopicWriter docs;

    @Inject
    EntityManager em;

    @BeforeAll
    static void start() {
        registry = new RegistryPlayer();
        docs = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1");
    }

    @AfterAll
    static void close() {
        registry.close();
        docs.close();
    }

    /** A bloc with three grassroots organisations, the second with two cells; its people by their positions. */
    private record Bloc(Org bloc, Org finance, Org power, Org workshop1, Org workshop2, Org health, Member an,
            Member binh, Member cuc, Member dung, Member em, Member ha, String movementId) {
    }

    private static Bloc bloc(String name) {
        Org bloc = registry.organisation(Org.bloc(name));
        Org finance = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tài chính", "CB"));
        Org power = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Công ty Điện lực", "ĐU"));
        Org workshop1 = registry.organisation(power.child("CELL", "Chi bộ Phân xưởng 1", "CB"));
        Org workshop2 = registry.organisation(power.child("CELL", "Chi bộ Phân xưởng 2", "CB"));
        Org health = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Y tế", "CB"));
        // An: on the bloc's committee, secretary of the finance cell, and (below) an award recipient
        Member an = registry.member(Member.of(finance, "Nguyễn Văn An", "MALE").secretaryOf(finance.id())
                .holding(bloc.id(), "COMMITTEE_MEMBER"));
        Member binh = registry.member(Member.of(power, "Lê Văn Bình", "MALE").secretaryOf(power.id()));
        // the health cell has no secretary: two deputies, one seat
        Member cuc = registry.member(Member.of(health, "Phạm Thị Cúc", "FEMALE")
                .holding(health.id(), "DEPUTY_SECRETARY"));
        registry.member(Member.of(health, "Đào Thị Yến", "FEMALE").holding(health.id(), "DEPUTY_SECRETARY"));
        Member dung = registry.member(Member.of(workshop1, "Hoàng Văn Dũng", "MALE").secretaryOf(workshop1.id()));
        Member em = registry.member(Member.of(workshop2, "Vũ Thị Em", "FEMALE").secretaryOf(workshop2.id()));
        Member ha = registry.member(Member.of(bloc, "Trịnh Thu Hà", "FEMALE").secretaryOf(bloc.id()));
        String movementId = InvitationFixtures.launch(bloc.id());
        return new Bloc(bloc, finance, power, workshop1, workshop2, health, an, binh, cuc, dung, em, ha, movementId);
    }

    private static String path(Bloc b, UUID eventId) {
        return "/movements/" + b.movementId() + "/events/" + eventId;
    }

    private static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    @Test
    void aCommitteeMemberWhoIsASecretaryAndAnAwardRecipientGetsOneInvitationWithThreeRolesCountedOnce() {
        Bloc b = bloc("Đảng bộ Khối (thử thành phần gặp mặt)");
        InvitationFixtures.awarded(b.movementId(), b.an().id(), b.finance().id(), b.an().fullName());
        InvitationFixtures.awarded(b.movementId(), null, b.power().id(), b.power().name());
        UUID meeting = InvitationFixtures.gathering(em, b.movementId(), Gathering.Kind.MEETING,
                LocalDate.of(2024, 5, 10));

        // the award recipients are there before the office did anything: a member in person, a collective by its
        // secretary; the health cell without a secretary by one of its deputies
        JsonPath groups = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(path(b, meeting) + "/invitee-groups")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("PROVINCIAL_LEADERS", "DISTRICT_LEADERS", "FORMER_LEADERS", "BLOC_COMMITTEE",
                "GRASSROOTS_SECRETARIES", "AWARD_RECIPIENTS", "BLOC_STAFF"), groups.getList("groups.code"));
        assertEquals(List.of(0, 0, 0, 2, 3, 2, 0), groups.getList("groups.count"));
        assertEquals(4, groups.getInt("total"), "An, Hà, Bình, Cúc: each once");

        given().auth().oauth2(admin()).when().post(path(b, meeting) + "/invitees/refresh")
                .then().statusCode(200).body("added", equalTo(4)).body("total", equalTo(4));
        JsonPath invitees = given().auth().oauth2(admin()).when().get(path(b, meeting) + "/invitees")
                .then().statusCode(200).body("total", equalTo(4)).extract().jsonPath();
        assertEquals(List.of("Nguyễn Văn An", "Lê Văn Bình", "Phạm Thị Cúc", "Trịnh Thu Hà"),
                invitees.getList("items.fullName"), "Vietnamese order, by given name");
        Map<String, Object> an = invitees.getMap("items.find { it.fullName == 'Nguyễn Văn An' }");
        assertEquals(List.of("BLOC_COMMITTEE", "GRASSROOTS_SECRETARIES", "AWARD_RECIPIENTS"),
                invitees.getList("items.find { it.fullName == 'Nguyễn Văn An' }.roles.code"));
        assertEquals(List.of("Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh khóa XXIV",
                "Bí thư các chi, đảng bộ cơ sở", "Các tập thể, cá nhân được khen thưởng"),
                invitees.getList("items.find { it.fullName == 'Nguyễn Văn An' }.roles.label"));
        assertEquals("Ủy viên Ban Chấp hành " + b.bloc().name() + ", Bí thư Chi bộ Sở Tài chính", an.get("title"));
        assertEquals(null, an.get("token"), "the token is not listed");
        assertEquals("Đại diện tập thể Đảng bộ Công ty Điện lực được khen thưởng (Giấy khen)", invitees.getString("items.find { it.fullName == 'Lê Văn Bình' }.roles[1].reason"));
        assertTrue(invitees.getString("items.find { it.fullName == 'Phạm Thị Cúc' }.roles[0].reason")
                .startsWith("Phó Bí thư Chi bộ Sở Y tế"));
        given().auth().oauth2(admin()).queryParam("q", "nguyen van an").when().get(path(b, meeting) + "/invitees")
                .then().statusCode(200).body("items.fullName", contains("Nguyễn Văn An"));
        given().auth().oauth2(admin()).queryParam("group", "AWARD_RECIPIENTS")
                .when().get(path(b, meeting) + "/invitees")
                .then().statusCode(200).body("items.fullName", contains("Nguyễn Văn An", "Lê Văn Bình"));

        // a refresh with nothing changed changes nothing
        given().auth().oauth2(admin()).when().post(path(b, meeting) + "/invitees/refresh")
                .then().statusCode(200).body("added", equalTo(0)).body("changed", equalTo(0))
                .body("withdrawn", equalTo(0)).body("total", equalTo(4));
    }

    @Test
    void theSeminarInvitesTheSecretariesOfTheChosenCellsOnly() {
        Bloc b = bloc("Đảng bộ Khối (thử chi bộ được chọn)");
        UUID seminar = InvitationFixtures.gathering(em, b.movementId(), Gathering.Kind.SEMINAR,
                LocalDate.of(2024, 4, 19));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("organisationIds", List.of(b.workshop1().id())))
                .when().put(path(b, seminar) + "/invitee-groups/CELL_SECRETARIES/cells")
                .then().statusCode(200)
                .body("groups.find { it.code == 'CELL_SECRETARIES' }.count", equalTo(1))
                .body("groups.find { it.code == 'CELL_SECRETARIES' }.chosenCells",
                        contains(b.workshop1().id().toString()));
        // a grassroots cell is not a cell of a grassroots committee; another group is not chosen by cells
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("organisationIds", List.of(b.finance().id())))
                .when().put(path(b, seminar) + "/invitee-groups/CELL_SECRETARIES/cells")
                .then().statusCode(422).body("detail", containsString("Chi bộ Sở Tài chính"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("organisationIds", List.of(b.workshop2().id())))
                .when().put(path(b, seminar) + "/invitee-groups/BLOC_COMMITTEE/cells")
                .then().statusCode(422);
        given().auth().oauth2(RealInfrastructure.tokens().officer(b.finance().id().toString()))
                .contentType(ContentType.JSON).body(Map.of("organisationIds", List.of()))
                .when().put(path(b, seminar) + "/invitee-groups/CELL_SECRETARIES/cells")
                .then().statusCode(403);

        given().auth().oauth2(admin()).when().post(path(b, seminar) + "/invitees/refresh")
                .then().statusCode(200);
        JsonPath invitees = given().auth().oauth2(admin()).queryParam("group", "CELL_SECRETARIES")
                .when().get(path(b, seminar) + "/invitees").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("Hoàng Văn Dũng"), invitees.getList("items.fullName"), "Vũ Thị Em's cell not chosen");
        given().auth().oauth2(admin()).queryParam("q", "Vu Thi Em").when().get(path(b, seminar) + "/invitees")
                .then().statusCode(200).body("total", equalTo(0));

        // a group nobody is in yet warns, never blocks
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path(b, seminar) + "/invitations/issue")
                .then().statusCode(201).body("count", equalTo(5))
                .body("warnings", hasItem("Nhóm “Thường trực Tỉnh ủy, lãnh đạo các cơ quan tham mưu, giúp việc của"
                        + " Tỉnh ủy” chưa có ai được mời"));
    }

    @Test
    void guestsEnteredAndImportedAreInvitedAndOnlyWhatChangedIsIssuedAgain() throws IOException {
        Bloc b = bloc("Đảng bộ Khối (thử giấy mời)");
        InvitationFixtures.awarded(b.movementId(), b.an().id(), b.finance().id(), b.an().fullName());
        UUID meeting = InvitationFixtures.gathering(em, b.movementId(), Gathering.Kind.MEETING,
                LocalDate.of(2024, 5, 10));

        String former = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("groupCode", "FORMER_LEADERS", "fullName", "Trần Văn Cường",
                        "title", "Nguyên Phó Bí thư Đảng ủy Khối", "organisationName", "Đảng ủy Khối"))
                .when().post(path(b, meeting) + "/guests")
                .then().statusCode(201).body("groupLabel", containsString("Nguyên Ủy viên Ban Thường vụ"))
                .extract().path("id");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("groupCode", "BLOC_COMMITTEE", "fullName", "Ai Đó"))
                .when().post(path(b, meeting) + "/guests").then().statusCode(422).body("detail",
                        containsString("không nhập khách mời vào nhóm này"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(Map.of("groupCode", "FORMER_LEADERS", "fullName", "Ai Đó"))
                .when().post(path(b, meeting) + "/guests").then().statusCode(403);

        // CSV: the row without a name is reported with its row, the others are kept
        String csv = "nhóm,họ tên,chức vụ,đơn vị\n"
                + "PROVINCIAL_LEADERS,Đặng Quốc Khánh,Bí thư Tỉnh ủy,Tỉnh ủy Lào Cai\n"
                + "PROVINCIAL_LEADERS,,Phó Bí thư Tỉnh ủy,Tỉnh ủy Lào Cai\n"
                + "\"Đại biểu Thường trực các Huyện ủy, Thành ủy, Thị ủy, Đảng ủy trực thuộc Tỉnh ủy\",Lý Văn Minh,"
                + "Bí thư Huyện ủy,Huyện ủy Bát Xát\n";
        given().auth().oauth2(admin()).contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post(path(b, meeting) + "/guests/import")
                .then().statusCode(200).body("rows", equalTo(3)).body("imported", equalTo(2))
                .body("invalid", equalTo(1)).body("errors[0].row", equalTo(3))
                .body("errors[0].errors[0].field", equalTo("fullName"));
        // XLSX likewise (the kit's reader): an unknown group on row 3
        given().auth().oauth2(admin()).contentType(GuestBook.XLSX)
                .body(xlsx(List.of(List.of("Nhóm", "Họ và tên", "Chức vụ", "Đơn vị"),
                        List.of("BLOC_STAFF", "Ngô Thị Lan", "Chánh Văn phòng", "Văn phòng Đảng ủy Khối"),
                        List.of("KHÁCH", "Bùi Văn Nam", "", ""))))
                .when().post(path(b, meeting) + "/guests/import")
                .then().statusCode(200).body("imported", equalTo(1)).body("invalid", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].errors[0].field", equalTo("group"));
        given().auth().oauth2(admin()).contentType("text/csv").body("chức vụ\nA\n".getBytes(StandardCharsets.UTF_8))
                .when().post(path(b, meeting) + "/guests/import")
                .then().statusCode(400).body("detail", containsString("thiếu cột: nhóm, họ tên"));
        given().auth().oauth2(admin()).when().get(path(b, meeting) + "/guests")
                .then().statusCode(200).body("fullName", contains("Trần Văn Cường", "Đặng Quốc Khánh", "Lý Văn Minh",
                        "Ngô Thị Lan"));

        // the first issue: everybody, one batch, one invitation each with the token printed as its QR code
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path(b, meeting) + "/invitations/issue").then().statusCode(403);
        Map<String, Object> signature = Map.of("authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ",
                "name", b.ha().fullName());
        String firstBatch = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("signature", signature))
                .when().post(path(b, meeting) + "/invitations/issue")
                .then().statusCode(201).body("count", equalTo(8))
                .body("warnings", empty())
                .extract().path("batchId");
        JsonNode first = InvitationFixtures.requested(meeting, 1).get(0);
        assertEquals(firstBatch, first.path("batchId").asText());
        assertEquals(b.movementId(), first.at("/movement/id").asText());
        assertEquals(b.bloc().name(), first.at("/issuer/name").asText());
        assertEquals("2024-05-10", first.at("/event/date").asText());
        assertEquals("08:00", first.at("/event/startsAt").asText());
        assertEquals("BÍ THƯ", first.at("/signature/position").asText());
        assertEquals(8, first.path("invitations").size());
        Set<String> tokens = new HashSet<>();
        for (JsonNode invitation : first.path("invitations")) {
            String token = invitation.path("token").asText();
            assertTrue(token.matches("[A-Za-z0-9_-]{32,}"), token);
            assertFalse(token.toLowerCase().contains("nguyen") || token.contains(invitation.path("invitationId")
                    .asText().substring(0, 8)), "opaque: " + token);
            tokens.add(token);
        }
        assertEquals(8, tokens.size(), "one token each, all different");
        JsonNode an = find(first, b.an().fullName());
        assertEquals(List.of("Ủy viên Ban Chấp hành Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh khóa XXIV",
                "Bí thư các chi, đảng bộ cơ sở", "Các tập thể, cá nhân được khen thưởng"),
                InvitationFixtures.JSON.convertValue(an.path("roles"), List.class));
        String anId = an.path("invitationId").asText();
        given().auth().oauth2(admin()).when().get(path(b, meeting) + "/invitees/" + anId)
                .then().statusCode(200).body("token", equalTo(an.path("token").asText()))
                .body("issued", equalTo(true)).body("issuedBatchId", equalTo(firstBatch));
        // a viewer reads the invitee, never the code that would let them answer for the person
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(path(b, meeting) + "/invitees/" + anId)
                .then().statusCode(200).body("fullName", equalTo(an.path("name").asText()))
                .body("token", equalTo(null));

        // nothing changed: no batch
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path(b, meeting) + "/invitations/issue")
                .then().statusCode(200).body("count", equalTo(0)).body("batchId", nullValue());
        assertEquals(1, outboxCount(meeting));

        // one guest's title corrected: a batch of exactly that one, with the same token
        String formerToken = find(first, "Trần Văn Cường").path("token").asText();
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("groupCode", "FORMER_LEADERS", "fullName", "Trần Văn Cường",
                        "title", "Nguyên Bí thư Đảng ủy Khối", "organisationName", "Đảng ủy Khối"))
                .when().put(path(b, meeting) + "/guests/" + former).then().statusCode(200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path(b, meeting) + "/invitations/issue")
                .then().statusCode(201).body("count", equalTo(1));
        JsonNode second = InvitationFixtures.requested(meeting, 2).get(1);
        assertEquals(1, second.path("invitations").size());
        assertEquals("Nguyên Bí thư Đảng ủy Khối", second.at("/invitations/0/title").asText());
        assertEquals(formerToken, second.at("/invitations/0/token").asText(), "a person keeps their code");
        assertTrue(second.path("signature").isMissingNode(), "no signature given, none sent");

        // a guest removed is withdrawn, kept, and not in the next batch
        String lan = given().auth().oauth2(admin()).when().get(path(b, meeting) + "/guests").then().statusCode(200)
                .extract().path("find { it.fullName == 'Ngô Thị Lan' }.id");
        given().auth().oauth2(admin()).when().delete(path(b, meeting) + "/guests/" + lan).then().statusCode(204);
        given().auth().oauth2(admin()).when().post(path(b, meeting) + "/invitees/refresh")
                .then().statusCode(200).body("withdrawn", equalTo(1)).body("total", equalTo(7));
        given().auth().oauth2(admin()).queryParam("withdrawn", true).when().get(path(b, meeting) + "/invitees")
                .then().statusCode(200).body("items.fullName", contains("Ngô Thị Lan"));

        // the event moved: every invitation says another time, all are issued again
        InvitationFixtures.reschedule(em, meeting, LocalTime.of(14, 0), LocalTime.of(17, 0));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of())
                .when().post(path(b, meeting) + "/invitations/issue")
                .then().statusCode(201).body("count", equalTo(7));
        JsonNode third = InvitationFixtures.requested(meeting, 3).get(2);
        assertEquals("14:00", third.at("/event/startsAt").asText());
        assertEquals(7, third.path("invitations").size());

        // docs-service's batch document (GM) is recorded on its batch, the others wait
        docs.send(InvitationFixtures.issuedBatch(b.bloc(), 12, UUID.fromString(firstBatch)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin())
                .when().get(path(b, meeting) + "/invitations/batches")
                .then().statusCode(200).body("count", contains(8, 1, 7))
                .body("[0].document.symbol", equalTo("12-GM/ĐUK")).body("[0].document.number", equalTo(12))
                .body("[0].document.issuedOn", equalTo("2024-05-02"))
                .body("[0].document.contentUrl", containsString("/documents/"))
                .body("[1].document", nullValue()));
    }

    @Test
    void anEventOfAnotherMovementIsNotFound() {
        Bloc b = bloc("Đảng bộ Khối (thử sự kiện khác)");
        Bloc other = bloc("Đảng bộ Khối (thử sự kiện khác 2)");
        UUID meeting = InvitationFixtures.gathering(em, other.movementId(), Gathering.Kind.MEETING,
                LocalDate.of(2024, 5, 10));
        given().auth().oauth2(admin()).when().get(path(b, meeting) + "/invitee-groups").then().statusCode(404);
        given().auth().oauth2(admin()).when().get(path(other, meeting) + "/invitees/" + UUID.randomUUID())
                .then().statusCode(404);
        assertNotNull(other.movementId());
    }

    private static JsonNode find(JsonNode batch, String name) {
        for (JsonNode invitation : batch.path("invitations")) {
            if (name.equals(invitation.path("name").asText())) {
                return invitation;
            }
        }
        throw new AssertionError(name + " is not in the batch");
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Khách mời");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int outboxCount(UUID eventId) {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_event where event_type = ? and subject = ?")) {
            s.setString(1, InvitationEvents.REQUESTED);
            s.setString(2, eventId.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
