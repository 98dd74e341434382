package vn.dangbo.emulation.nomination;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.emulation.nomination.NominationApi.admin;
import static vn.dangbo.emulation.nomination.NominationApi.create;
import static vn.dangbo.emulation.nomination.NominationApi.draft;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Who may be nominated, by whom, for which form: checked against the registry's read models; one award per nominee
 * per movement, held by the database even when two requests race.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class NomineeChecksTest {

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org telecom;
    private static Org justice;
    private static Org office;
    private static String movement;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối Cơ quan tỉnh (thử người được đề nghị)"));
        telecom = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Viễn thông Lào Cai", "ĐU"));
        office = registry.organisation(telecom.child("CELL", "Chi bộ Văn phòng", "CB"));
        justice = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** Launched at the first test: RestAssured knows the service's port only once a test runs. */
    private static String movement() {
        if (movement == null) {
            movement = NominationApi.launch(bloc);
        }
        return movement;
    }

    private static String officer(Org org) {
        return RealInfrastructure.tokens().officer(org.id().toString());
    }

    @Test
    void theSameMemberNominatedByASecondOrganisationIsRefusedNamingTheFirst() {
        Member hoa = registry.member(Member.of(office, "Đỗ Thị Hoa", "FEMALE"));
        String first = draft(movement(), telecom, "MEMBER", hoa.id());
        // she moves to the justice department's cell, which nominates her too
        registry.member(new Member(hoa.id(), justice.id(), hoa.fullName(), hoa.sex(), hoa.status(), hoa.state(),
                hoa.positions(), hoa.version() + 1));
        create(officer(justice), movement(), justice.id(), "MEMBER", hoa.id(), null)
                .statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Đỗ Thị Hoa đã được Đảng bộ Viễn thông Lào Cai đề nghị khen thưởng trong "
                        + "phong trào thi đua này (mã hồ sơ " + first + ", dự thảo); mỗi tập thể, cá nhân chỉ được "
                        + "đề nghị một lần"));
        // and the same organisation twice
        create(officer(telecom), movement(), telecom.id(), "MEMBER", hoa.id(), null).statusCode(409);
    }

    @Test
    void aCollectiveOfTheSubtreeMayBeNominatedOnce() {
        Org sales = registry.organisation(telecom.child("CELL", "Chi bộ Trung tâm Kinh doanh", "CB"));
        create(officer(telecom), movement(), telecom.id(), "ORGANISATION", sales.id(), "BANG_KHEN_TU")
                .statusCode(201).body("nomineeName", equalTo("Chi bộ Trung tâm Kinh doanh"))
                .body("organisationId", equalTo(sales.id().toString()))
                .body("formName", equalTo("Bằng khen"));
        create(officer(telecom), movement(), telecom.id(), "ORGANISATION", sales.id(), null).statusCode(409);
        // the proposer itself
        create(officer(telecom), movement(), telecom.id(), "ORGANISATION", telecom.id(), null).statusCode(201);
    }

    @Test
    void aMemberWhoLeftAnUnknownOneAndOneOutsideTheBlocAreRefused() {
        Member left = registry.member(Member.of(office, "Hoàng Văn Khánh", "MALE"));
        registry.member(left.left());
        create(officer(telecom), movement(), telecom.id(), "MEMBER", left.id(), null)
                .statusCode(422).body("errors[0].field", equalTo("nomineeId"))
                .body("detail", equalTo("Đồng chí Hoàng Văn Khánh không còn trong danh sách đảng viên (đã ra khỏi "
                        + "Đảng hoặc bị xóa tên), không đề nghị khen thưởng được"));
        UUID unknown = UUID.randomUUID();
        create(officer(telecom), movement(), telecom.id(), "MEMBER", unknown, null)
                .statusCode(422).body("errors[0].field", equalTo("nomineeId"))
                .body("detail", equalTo("Không có đảng viên với mã " + unknown + " trong danh sách của Đảng bộ Khối"));
        create(officer(telecom), movement(), telecom.id(), "ORGANISATION", unknown, null).statusCode(422);

        Org otherBloc = registry.organisation(Org.bloc("Đảng bộ Khối khác (thử người được đề nghị)"));
        Org outside = registry.organisation(otherBloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        Member stranger = registry.member(Member.of(outside, "Ngô Văn Long", "MALE"));
        create(admin(), movement(), telecom.id(), "MEMBER", stranger.id(), null)
                .statusCode(422).body("detail", equalTo("Đồng chí Ngô Văn Long không thuộc Đảng bộ Khối phát động "
                        + "phong trào thi đua"));
        // a member of another organisation of the bloc: not the proposer's to nominate
        Member judge = registry.member(Member.of(justice, "Phan Thị Mai", "FEMALE"));
        create(admin(), movement(), telecom.id(), "MEMBER", judge.id(), null)
                .statusCode(422).body("detail", equalTo("Phan Thị Mai không thuộc Đảng bộ Viễn thông Lào Cai: mỗi "
                        + "tổ chức cơ sở đảng chỉ đề nghị khen thưởng tập thể, cá nhân của mình"));
    }

    @Test
    void theProposerIsAGrassrootsOrganisationTakingPartAndItsOwnOfficer() {
        Member nga = registry.member(Member.of(office, "Trịnh Thị Nga", "FEMALE"));
        create(officer(office), movement(), office.id(), "MEMBER", nga.id(), null)
                .statusCode(422).body("errors[0].field", equalTo("nominatedBy"));
        create(officer(justice), movement(), telecom.id(), "MEMBER", nga.id(), null).statusCode(403);
        create(RealInfrastructure.tokens().viewer(), movement(), telecom.id(), "MEMBER", nga.id(), null)
                .statusCode(403);
    }

    @Test
    void anUnknownFormOrOneNotForTheNomineesKindIsRefused() throws SQLException {
        Member oanh = registry.member(Member.of(office, "Bùi Thị Oanh", "FEMALE"));
        create(officer(telecom), movement(), telecom.id(), "MEMBER", oanh.id(), "HUAN_CHUONG")
                .statusCode(422).body("errors[0].field", equalTo("formCode"))
                .body("detail", equalTo("Không có hình thức khen thưởng \"HUAN_CHUONG\"; các hình thức: "
                        + "GIAY_KHEN_BTV_DUK, BANG_KHEN_TU"));
        Org b = registry.organisation(Org.bloc("Đảng bộ Khối (thử hình thức)"));
        Org unit = registry.organisation(b.child("GRASSROOTS_CELL", "Chi bộ Sở Công Thương", "CB"));
        Member phuong = registry.member(Member.of(unit, "Lý Thị Phương", "FEMALE"));
        String movement = NominationApi.launch(b);
        // the office's catalogue: the bloc's Giấy khen for collectives only
        try (Connection db = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement update = db.prepareStatement("update movement set settings = jsonb_set(settings, "
                        + "'{awards,forms,0,recipients}', '[\"ORGANISATION\"]') where id = ?")) {
            update.setObject(1, UUID.fromString(movement));
            assertEquals(1, update.executeUpdate());
        }
        create(officer(unit), movement, unit.id(), "MEMBER", phuong.id(), null)
                .statusCode(422).body("errors[0].field", equalTo("formCode"))
                .body("detail", equalTo("Giấy khen của Ban Thường vụ Đảng ủy Khối không dành cho cá nhân"));
        create(officer(unit), movement, unit.id(), "ORGANISATION", unit.id(), null).statusCode(201);
    }

    @Test
    void twoRequestsNominatingTheSameMemberAtOnceGiveOneNomination() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Member m = registry.member(Member.of(office, "Đinh Văn Quang " + round, "MALE"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ExtractableResponse<Response>>> calls = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    calls.add(pool.submit(() -> {
                        start.await();
                        return create(officer(telecom), movement(), telecom.id(), "MEMBER", m.id(), null)
                                .extract();
                    }));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<ExtractableResponse<Response>> call : calls) {
                    ExtractableResponse<Response> response = call.get();
                    statuses.add(response.statusCode());
                    if (response.statusCode() == 409) {
                        assertTrue(response.path("detail").toString().contains("đã được Đảng bộ Viễn thông Lào Cai"
                                + " đề nghị"), response.asString());
                    }
                }
                assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
                assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabaseRefusesASecondRowHoldingTheNomineeButNotAfterARejection() throws SQLException {
        Member r = registry.member(Member.of(office, "Mạc Văn Sơn", "MALE"));
        String first = draft(movement(), telecom, "MEMBER", r.id());
        try (Connection db = RealInfrastructure.postgres().connect("emulation")) {
            SQLException refused = assertThrows(SQLException.class, () -> insertCopy(db, first));
            assertEquals("23505", refused.getSQLState());
            assertTrue(refused.getMessage().contains(NominationCreation.ONE_PER_NOMINEE), refused.getMessage());
            try (PreparedStatement reject = db.prepareStatement("update nomination set state = 'REJECTED' where id = ?")) {
                reject.setObject(1, UUID.fromString(first));
                reject.executeUpdate();
            }
        }
        draft(movement(), telecom, "MEMBER", r.id());
    }

    private static void insertCopy(Connection db, String id) throws SQLException {
        try (PreparedStatement copy = db.prepareStatement("insert into nomination (id, movement_id, nominee_kind, "
                + "nominee_id, organisation_id, nominee_name, nominated_by, form_code, achievement, state, late, "
                + "version, created_by, sort_key) select ?, movement_id, nominee_kind, nominee_id, organisation_id, "
                + "nominee_name, nominated_by, form_code, achievement, 'DRAFT', false, 0, 'test', sort_key "
                + "from nomination where id = ?")) {
            copy.setObject(1, UUID.randomUUID());
            copy.setObject(2, UUID.fromString(id));
            copy.executeUpdate();
        }
    }
}
