package vn.dangbo.emulation.tournament.team;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Teams over HTTP and Kafka (§II.5): one per grassroots organisation, joint teams of up to 3 cells, players of the
 * team's organisations (or cadres the office attested), each in one team, the roster mixed within the rules.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TeamRegistrationTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dung", "Giang", "Hà", "Khánh", "Lan", "Minh",
            "Ngọc", "Phương", "Quang"};

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org tuPhap;
    private static Org xayDung;
    private static Org yTe;
    private static Org giaoDuc;
    private static Org taiChinh;
    private static Org dienLuc;
    private static Org dienLucCell;
    private static Org noiVu;
    private static String movement;
    private static String tournament;

    @BeforeAll
    static void setUp() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử đội bóng)"));
        tuPhap = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        xayDung = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        yTe = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Y tế", "CB"));
        giaoDuc = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Giáo dục", "CB"));
        taiChinh = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tài chính", "CB"));
        dienLuc = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Công ty Điện lực", "ĐB"));
        dienLucCell = registry.organisation(dienLuc.child("CELL", "Chi bộ Phòng Kỹ thuật", "CB"));
        noiVu = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Nội vụ", "CB"));
    }

    @BeforeEach
    void createTournament() {
        if (movement != null) {
            return;
        }
        movement = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
        tournament = given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of())
                .when().post("/movements/" + movement + "/tournaments").then().statusCode(201)
                .extract().path("id");
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    static String office() {
        return RealInfrastructure.tokens().officer(bloc.id().toString());
    }

    static String officerOf(Org org) {
        return RealInfrastructure.tokens().officer(org.id().toString());
    }

    /** Publishes members of the organisation: {@code women} women, then {@code men} men. */
    static List<Member> members(Org org, int women, int men) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < women + men; i++) {
            boolean woman = i < women;
            String name = (woman ? "Nguyễn Thị " : "Trần Văn ") + GIVEN[i % GIVEN.length] + " "
                    + org.name().substring(org.name().lastIndexOf(' ') + 1) + " " + i;
            members.add(registry.member(Member.of(org, name, woman ? "FEMALE" : "MALE")));
        }
        return members;
    }

    static List<Map<String, Object>> players(List<Member> members) {
        return members.stream().map(m -> Map.<String, Object>of("memberId", m.id().toString())).toList();
    }

    static Map<String, Object> team(List<Org> orgs, List<Map<String, Object>> players) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationIds", orgs.stream().map(o -> o.id().toString()).toList());
        body.put("players", players);
        return body;
    }

    static String teams() {
        return "/movements/" + movement + "/tournaments/" + tournament + "/teams";
    }

    static ValidatableResponse register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(teams()).then();
    }

    @Test
    void aSecondTeamOfTheSameOrganisationIsRefusedNamingTheFirstAndAWithdrawalFreesIt() throws Exception {
        List<Member> roster = members(tuPhap, 2, 4);
        String first = register(officerOf(tuPhap), team(List.of(tuPhap), players(roster))).statusCode(201)
                .body("name", equalTo("Chi bộ Sở Tư pháp"))
                .body("organisations[0].name", equalTo("Chi bộ Sở Tư pháp"))
                .body("players.size()", equalTo(6)).body("women", equalTo(2)).body("men", equalTo(4))
                .body("players[0].fullName", equalTo(roster.get(0).fullName()))
                .body("players[0].sex", equalTo("FEMALE")).body("players[0].attested", equalTo(false))
                .body("state", equalTo("REGISTERED"))
                .extract().path("id");
        register(office(), team(List.of(tuPhap), players(members(tuPhap, 2, 4)))).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("Mỗi chi, đảng bộ cơ sở chỉ có 01 đội: Chi bộ Sở Tư pháp đã có đội \"Chi bộ "
                        + "Sở Tư pháp\""));

        given().auth().oauth2(officerOf(tuPhap)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Không đủ vận động viên nữ dự giải"))
                .when().post(teams() + "/" + first + "/withdraw")
                .then().statusCode(200).body("state", equalTo("WITHDRAWN"))
                .body("withdrawReason", equalTo("Không đủ vận động viên nữ dự giải"));
        // the organisation and its players are free again
        String second = register(officerOf(tuPhap), team(List.of(tuPhap), players(roster))).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(teams())
                .then().statusCode(200)
                .body("find { it.id == '" + first + "' }.state", equalTo("WITHDRAWN"))
                .body("find { it.id == '" + second + "' }.state", equalTo("REGISTERED"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/tournaments/" + tournament)
                .then().statusCode(200).body("teamCount", notNullValue());

        try (TopicReader topic = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), TeamEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events = topic.awaitRecords(r -> tournament.equals(r.key())
                    && r.value().contains(first), 2, PATIENCE);
            assertEquals(List.of(TeamEvents.REGISTERED, TeamEvents.WITHDRAWN), events.stream()
                    .map(r -> TopicReader.header(r, "ce_type")).toList());
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicReader.header(event, "ce_type");
                EventSchemas.assertCloudEvent(event, type, "/dangbo/emulation-service");
                EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), event.value());
            }
            JsonNode registered = JSON.readTree(events.get(0).value());
            assertEquals(roster.get(0).fullName(), registered.at("/team/players/0/name").asText());
            assertEquals("FEMALE", registered.at("/team/players/0/sex").asText());
            assertEquals(2, registered.at("/team/players/0").size(), "a player by name and sex only");
            assertEquals("Chi bộ Sở Tư pháp", registered.at("/team/organisations/0/name").asText());
            JsonNode withdrawn = JSON.readTree(events.get(1).value());
            assertEquals("Không đủ vận động viên nữ dự giải", withdrawn.path("reason").asText());
            topic.awaitRecord(r -> tournament.equals(r.key()) && r.value().contains(second), PATIENCE);
        }
    }

    @Test
    void aJointTeamOfFourCellsIsRefusedOfThreeAcceptedAndACellIsInOneTeamOnly() {
        List<Member> roster = new ArrayList<>(members(xayDung, 1, 2));
        roster.addAll(members(yTe, 1, 1));
        roster.addAll(members(giaoDuc, 1, 1));
        register(office(), team(List.of(xayDung, yTe, giaoDuc, taiChinh), players(roster))).statusCode(422)
                .body("errors[0].field", equalTo("organisationIds"))
                .body("detail", equalTo("Đội liên kết không quá 3 chi bộ; đội đăng ký 4 chi bộ: Chi bộ Sở Xây dựng, "
                        + "Chi bộ Sở Y tế, Chi bộ Sở Giáo dục, Chi bộ Sở Tài chính"));
        // an officer of one of the cells may register the joint team
        register(officerOf(yTe), team(List.of(xayDung, yTe, giaoDuc), players(roster))).statusCode(201)
                .body("name", equalTo("Liên quân Chi bộ Sở Xây dựng - Chi bộ Sở Y tế - Chi bộ Sở Giáo dục"))
                .body("organisations.size()", equalTo(3)).body("players.size()", equalTo(7));
        register(office(), team(List.of(yTe, taiChinh), players(members(taiChinh, 3, 3)))).statusCode(409)
                .body("detail", equalTo("Mỗi chi, đảng bộ cơ sở chỉ có 01 đội: Chi bộ Sở Y tế đã có đội \"Liên quân "
                        + "Chi bộ Sở Xây dựng - Chi bộ Sở Y tế - Chi bộ Sở Giáo dục\""));
    }

    @Test
    void aJointTeamWithAGrassrootsCommitteeIsRefusedAndItsOwnTeamTakesItsCellsMembers() {
        List<Member> cellMembers = members(dienLucCell, 2, 2);
        List<Member> committeeMembers = members(dienLuc, 0, 2);
        List<Member> all = new ArrayList<>(cellMembers);
        all.addAll(committeeMembers);
        register(office(), team(List.of(noiVu, dienLuc), players(all))).statusCode(422)
                .body("errors[0].field", equalTo("organisationIds"))
                .body("detail", equalTo("Chỉ các chi bộ cơ sở không đủ vận động viên được liên kết thành một đội; "
                        + "Đảng bộ Công ty Điện lực là Đảng bộ cơ sở, phải đăng ký đội riêng"));
        // a cell under a committee is not a grassroots organisation: it plays in its committee's team
        register(office(), team(List.of(dienLucCell), players(cellMembers))).statusCode(422)
                .body("errors[0].field", equalTo("organisationIds"));
        register(officerOf(dienLuc), team(List.of(dienLuc), players(all))).statusCode(201)
                .body("name", equalTo("Đảng bộ Công ty Điện lực")).body("players.size()", equalTo(6));
    }

    @Test
    void theRosterIsMixedWithinItsSizeOfTheTeamsMembersEachInOneTeam() {
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Công Thương", "CB"));
        Org other = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Văn hóa", "CB"));
        List<Member> women = members(cell, 3, 0);
        List<Member> men = members(cell, 0, 9);
        String officer = officerOf(cell);

        register(officer, team(List.of(cell), players(men.subList(0, 6)))).statusCode(422)
                .body("errors[0].field", equalTo("players"))
                .body("detail", equalTo("Đội thi đấu nam, nữ phối hợp: phải có ít nhất 2 nữ và 2 nam; đội có 0 nữ, 6 "
                        + "nam"));
        List<Member> five = new ArrayList<>(women.subList(0, 2));
        five.addAll(men.subList(0, 3));
        register(officer, team(List.of(cell), players(five))).statusCode(422)
                .body("detail", equalTo("Mỗi đội đăng ký từ 6 đến 10 vận động viên; đội đăng ký 5"));
        List<Member> eleven = new ArrayList<>(women.subList(0, 2));
        eleven.addAll(men);
        register(officer, team(List.of(cell), players(eleven))).statusCode(422)
                .body("detail", equalTo("Mỗi đội đăng ký từ 6 đến 10 vận động viên; đội đăng ký 11"));

        Member stranger = members(other, 0, 1).get(0);
        List<Member> withStranger = new ArrayList<>(women.subList(0, 2));
        withStranger.addAll(men.subList(0, 3));
        withStranger.add(stranger);
        register(officer, team(List.of(cell), players(withStranger))).statusCode(422)
                .body("errors[0].field", equalTo("players[5].memberId"))
                .body("detail", equalTo("Đồng chí " + stranger.fullName() + " sinh hoạt tại Chi bộ Sở Văn hóa, không "
                        + "thuộc tổ chức đảng của đội; vận động viên phải là cán bộ, đảng viên của đơn vị"));

        Member left = registry.member(men.get(8).left());
        List<Member> withLeft = new ArrayList<>(women.subList(0, 2));
        withLeft.addAll(men.subList(0, 3));
        withLeft.add(left);
        register(officer, team(List.of(cell), players(withLeft))).statusCode(422)
                .body("errors[0].field", equalTo("players[5].memberId"))
                .body("detail", containsString("không còn trong danh sách đảng viên"));

        // the stranger plays for their own organisation's team; moved to the cell since, they are still on it
        List<Member> otherRoster = new ArrayList<>(members(other, 2, 3));
        otherRoster.add(stranger);
        register(officerOf(other), team(List.of(other), players(otherRoster))).statusCode(201);
        Member moved = registry.member(new Member(stranger.id(), cell.id(), stranger.fullName(), stranger.sex(),
                stranger.status(), stranger.state(), stranger.positions(), stranger.version() + 1));
        String teamId = register(officer, team(List.of(cell), players(eleven.subList(0, 6)))).statusCode(201)
                .extract().path("id");
        List<Map<String, Object>> taken = new ArrayList<>(players(eleven.subList(0, 6)));
        taken.add(Map.of("memberId", moved.id().toString()));
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("players", taken))
                .when().put(teams() + "/" + teamId + "/players")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("players[6]"))
                .body("detail", equalTo(stranger.fullName() + " đã đăng ký thi đấu cho đội \"Chi bộ Sở Văn hóa\"; mỗi "
                        + "vận động viên chỉ thi đấu cho một đội"));
        // the roster replaced: the same players and two more
        List<Member> eight = new ArrayList<>(eleven.subList(0, 6));
        eight.add(women.get(2));
        eight.add(men.get(7));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("players", players(eight)))
                .when().put(teams() + "/" + teamId + "/players")
                .then().statusCode(200).body("players.size()", equalTo(8)).body("women", equalTo(3));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(teams() + "/" + teamId)
                .then().statusCode(200).body("players.size()", equalTo(8));
    }

    @Test
    void aCadreWhoIsNotAMemberPlaysOnlyWithTheOfficesAttestationWhichIsRecorded() {
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Ngoại vụ", "CB"));
        List<Map<String, Object>> roster = new ArrayList<>(players(members(cell, 1, 4)));
        Map<String, Object> cadre = new HashMap<>();
        cadre.put("fullName", "Vũ Thị Hạnh");
        cadre.put("sex", "FEMALE");
        cadre.put("organisationId", cell.id().toString());
        roster.add(cadre);
        register(officerOf(cell), team(List.of(cell), roster)).statusCode(422)
                .body("errors[0].field", equalTo("players[5].attestation"))
                .body("detail", equalTo("Vũ Thị Hạnh không phải đảng viên của tổ chức đảng của đội: cán bộ của đơn vị "
                        + "cần được Văn phòng xác nhận"));
        cadre.put("attestation", Map.of("note", "Viên chức Sở Ngoại vụ, chưa là đảng viên (công văn 12/SNV)"));
        // the cell's officer cannot attest: the office does
        register(officerOf(cell), team(List.of(cell), roster)).statusCode(403);
        String teamId = register(office(), team(List.of(cell), roster)).statusCode(201)
                .body("players[5].fullName", equalTo("Vũ Thị Hạnh"))
                .body("players[5].memberId", nullValue())
                .body("players[5].attested", equalTo(true))
                .body("players[5].attestation.note", equalTo("Viên chức Sở Ngoại vụ, chưa là đảng viên (công văn "
                        + "12/SNV)"))
                .body("players[5].attestation.by", notNullValue())
                .body("players[5].attestation.at", notNullValue())
                .body("women", equalTo(2))
                .extract().path("id");
        // the cell's officer replaces the roster: the cadre stays attested
        cadre.remove("attestation");
        given().auth().oauth2(officerOf(cell)).contentType(ContentType.JSON).body(Map.of("players", roster))
                .when().put(teams() + "/" + teamId + "/players")
                .then().statusCode(200).body("players[5].attested", equalTo(true))
                .body("players[5].attestation.note", containsString("công văn 12/SNV"));
    }

    @Test
    void fourRegistrationsOfOneOrganisationAtOnceMakeOneTeamAndTheDatabaseHoldsTheRuleToo() throws Exception {
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Lao động", "CB"));
        List<Map<String, Object>> roster = players(members(cell, 2, 4));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> given().auth().oauth2(office()).contentType(ContentType.JSON)
                        .body(team(List.of(cell), roster)).when().post(teams()).then().extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(201, 409, 409, 409), statuses.stream().sorted().toList());
        } finally {
            pool.shutdown();
        }
        // even a write around the checks cannot give the organisation or a player a second active team
        try (Connection c = RealInfrastructure.postgres().connect("emulation")) {
            UUID other = UUID.randomUUID();
            try (PreparedStatement s = c.prepareStatement("insert into team (id, tournament_id, name, state, "
                    + "version) values (?, ?, 'Đội trùng', 'REGISTERED', 0)")) {
                s.setObject(1, other);
                s.setObject(2, UUID.fromString(tournament));
                s.executeUpdate();
            }
            SQLException twice = assertThrows(SQLException.class, () -> {
                try (PreparedStatement s = c.prepareStatement("insert into team_organisation (team_id, "
                        + "tournament_id, organisation_id) values (?, ?, ?)")) {
                    s.setObject(1, other);
                    s.setObject(2, UUID.fromString(tournament));
                    s.setObject(3, cell.id());
                    s.executeUpdate();
                }
            });
            assertTrue(twice.getMessage().contains("team_organisation_once"), twice.getMessage());
            SQLException player = assertThrows(SQLException.class, () -> {
                try (PreparedStatement s = c.prepareStatement("insert into team_player (id, team_id, tournament_id, "
                        + "person_key, member_id, organisation_id, full_name, sex, position) "
                        + "values (?, ?, ?, ?, ?, ?, 'Trùng', 'MALE', 0)")) {
                    UUID member = UUID.fromString((String) roster.get(0).get("memberId"));
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, other);
                    s.setObject(3, UUID.fromString(tournament));
                    s.setString(4, "MEMBER:" + member);
                    s.setObject(5, member);
                    s.setObject(6, cell.id());
                    s.executeUpdate();
                }
            });
            assertTrue(player.getMessage().contains("team_player_once"), player.getMessage());
            try (PreparedStatement s = c.prepareStatement("delete from team where id = ?")) {
                s.setObject(1, other);
                s.executeUpdate();
            }
        }
    }

    @Test
    void onlyTheTeamsOrganisationOrTheOfficeRegisterAndEveryoneReads() {
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Khoa học", "CB"));
        List<Map<String, Object>> roster = players(members(cell, 2, 4));
        register(officerOf(noiVu), team(List.of(cell), roster)).statusCode(403);
        register(RealInfrastructure.tokens().viewer(), team(List.of(cell), roster)).statusCode(403);
        String teamId = register(officerOf(cell), team(List.of(cell), roster)).statusCode(201).extract().path("id");
        given().auth().oauth2(officerOf(noiVu)).contentType(ContentType.JSON).body(Map.of("reason", "Thử"))
                .when().post(teams() + "/" + teamId + "/withdraw").then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(teams())
                .then().statusCode(200).body("name", hasItem("Chi bộ Sở Khoa học"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(teams() + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}
