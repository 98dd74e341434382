package vn.dangbo.emulation.work;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Dedicated works over HTTP: registration, progress, evidence files, the missing list. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class WorkResourceTest {

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org tuPhap;
    private static Org xayDung;
    private static Org anGiang;
    private static Org company;
    private static Org companyCell;
    private static String movement;

    @BeforeAll
    static void setUp() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử công trình)"));
        tuPhap = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        xayDung = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        anGiang = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Ban An toàn giao thông", "CB"));
        company = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Công ty Điện lực", "ĐB"));
        companyCell = registry.organisation(company.child("CELL", "Chi bộ Phòng Kỹ thuật", "CB"));
    }

    /** Launched once, when the application answers (not yet in @BeforeAll). */
    @BeforeEach
    void launch() {
        // registered inside the period, as the flags expect
        TestClock.standAt(java.time.Instant.parse("2024-01-02T03:00:00Z"));
        if (movement != null) {
            return;
        }
        movement = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void close() {
        TestClock.reset();
        registry.close();
    }

    static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    static String officerOf(Org org) {
        return RealInfrastructure.tokens().officer(org.id().toString());
    }

    static Map<String, Object> work(Org org, String title, String category, String targetDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", org.id().toString());
        body.put("title", title);
        body.put("categoryCode", category);
        body.put("targetDate", targetDate);
        return body;
    }

    static String register(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> progress(String day, int percent) {
        return Map.of("reportedOn", day, "percent", percent, "text", "Đã triển khai đến " + percent + "%");
    }

    @Test
    void anOrganisationRegistersTwoWorksAndTheThirdIsRefusedNamingThem() {
        String officer = officerOf(tuPhap);
        String first = register(officer, work(tuPhap, "Số hóa hồ sơ hộ tịch", "CORE_TASK", "2024-03-31"));
        register(officer, work(tuPhap, "Sinh hoạt chuyên đề hằng tháng", "PARTY_LIFE_QUALITY", "2024-04-30"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(work(tuPhap, "Công trình thứ ba", "CORE_TASK", "2024-04-30"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Mỗi tổ chức cơ sở đảng đăng ký từ 1 đến 2 công trình, phần việc; tổ chức "
                        + "đã đăng ký 2: \"Số hóa hồ sơ hộ tịch\", \"Sinh hoạt chuyên đề hằng tháng\""));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works/" + first)
                .then().statusCode(200)
                .body("organisationName", equalTo("Chi bộ Sở Tư pháp"))
                .body("categoryLabel", containsString("Nhiệm vụ chuyên môn"))
                .body("status", equalTo("REGISTERED")).body("percent", equalTo(0))
                .body("flag", equalTo("ON_TRACK"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works?organisationId=" + tuPhap.id())
                .then().statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void aRegistrationBreakingARuleNamesItsField() {
        String officer = officerOf(bloc);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(work(xayDung, "Cải cách hành chính", "SPORTS", "2024-03-31"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("categoryCode"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(work(xayDung, "Cải cách hành chính", "CORE_TASK", "2024-05-01"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(422).body("errors[0].field", equalTo("targetDate"));
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(work(companyCell, "Cải cách hành chính", "CORE_TASK", "2024-03-31"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(422).body("errors[0].field", equalTo("organisationId"));
        Map<String, Object> noTitle = work(xayDung, "", "CORE_TASK", "2024-03-31");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(noTitle)
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("title"));
    }

    @Test
    void anOfficerIsConfinedToItsSubtreeAndAViewerOnlyReads() {
        given().auth().oauth2(officerOf(tuPhap)).contentType(ContentType.JSON)
                .body(work(xayDung, "Công trình của đơn vị khác", "CORE_TASK", "2024-03-31"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(work(xayDung, "Công trình", "CORE_TASK", "2024-03-31"))
                .when().post("/movements/" + movement + "/works")
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works/missing")
                .then().statusCode(200);
    }

    @Test
    void progressIsDatedInsideThePeriodAndCompletesTheWorkAtAHundredPercent() {
        String officer = officerOf(company);
        String work = register(officer, work(company, "Giảm tổn thất điện năng", "CORE_TASK", "2024-04-30"));
        String path = "/movements/" + movement + "/works/" + work + "/progress";
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2023-11-30", 10))
                .when().post(path).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reportedOn"))
                .body("detail", equalTo("Ngày báo cáo 30/11/2023 nằm ngoài thời gian thi đua (từ 1/12/2023 đến "
                        + "30/4/2024)"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2024-05-01", 10))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("reportedOn"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2023-12-01", 10))
                .when().post(path).then().statusCode(201)
                .body("work.status", equalTo("IN_PROGRESS")).body("work.percent", equalTo(10));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2024-01-15", 5))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("percent"));
        given().auth().oauth2(officerOf(tuPhap)).contentType(ContentType.JSON).body(progress("2024-01-15", 50))
                .when().post(path).then().statusCode(403);
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2024-04-30", 100))
                .when().post(path).then().statusCode(201)
                .body("work.status", equalTo("COMPLETED")).body("work.flag", equalTo("DONE"))
                .body("work.lastReportedOn", equalTo("2024-04-30"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(path)
                .then().statusCode(200).body("size()", equalTo(2)).body("[1].percent", equalTo(100));
    }

    @Test
    void anEvidenceFileIsKeptWithItsTypeAndDownloadableWithinTheSizeLimit() {
        String officer = officerOf(xayDung);
        String work = register(officer, work(xayDung, "Chỉnh trang trụ sở", "CORE_TASK", "2024-02-29"));
        String report = given().auth().oauth2(officer).contentType(ContentType.JSON).body(progress("2024-01-10", 30))
                .when().post("/movements/" + movement + "/works/" + work + "/progress")
                .then().statusCode(201).extract().path("id");
        String evidence = "/movements/" + movement + "/works/" + work + "/progress/" + report + "/evidence";
        byte[] photo = "ảnh minh chứng".getBytes(StandardCharsets.UTF_8);
        String file = given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(officer).contentType("image/jpeg").body(photo)
                .queryParam("fileName", "Ảnh trụ sở.jpg")
                .when().post(evidence).then().statusCode(201)
                .body("fileName", equalTo("Ảnh trụ sở.jpg")).body("size", equalTo(photo.length))
                .extract().path("id");
        byte[] back = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(evidence + "/" + file).then().statusCode(200).contentType("image/jpeg")
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asByteArray();
        assertArrayEquals(photo, back);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works/" + work + "/progress")
                .then().statusCode(200).body("[0].evidence[0].contentType", equalTo("image/jpeg"));
        Map<String, Object> works = new HashMap<>(given().auth().oauth2(admin())
                .when().get("/movements/" + movement + "/settings").then().statusCode(200)
                .extract().<Map<String, Object>>path("sections.works"));
        works.put("evidenceMaxBytes", 1024 * 1024);
        given().auth().oauth2(officerOf(bloc)).contentType(ContentType.JSON).body(works)
                .when().put("/movements/" + movement + "/settings/works").then().statusCode(200);
        given().auth().oauth2(officer).contentType("application/pdf").body(new byte[1024 * 1024 + 1])
                .queryParam("fileName", "quá lớn.pdf")
                .when().post(evidence).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void theOrganisationsWithoutAWorkAreListedInVietnameseOrderPagedAndBySubtree() {
        String path = "/movements/" + movement + "/works/missing";
        Org bloc2 = registry.organisation(Org.bloc("Đảng bộ Khối (thử danh sách thiếu)"));
        Org dan = registry.organisation(bloc2.child("GRASSROOTS_CELL", "Chi bộ Đài Phát thanh", "CB"));
        Org dung = registry.organisation(bloc2.child("GRASSROOTS_CELL", "Chi bộ Dược phẩm", "CB"));
        Org bao = registry.organisation(bloc2.child("GRASSROOTS_CELL", "Chi bộ Báo tỉnh", "CB"));
        Org done = registry.organisation(bloc2.child("GRASSROOTS_COMMITTEE", "Đảng bộ Bưu điện", "ĐB"));
        registry.organisation(bloc2.child("GRASSROOTS_CELL", "Chi bộ Ấn phẩm (giải thể)", "CB")
                .later("Chi bộ Ấn phẩm (giải thể)", "DISSOLVED"));
        String m2 = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc2.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(work(done, "Công trình", "CORE_TASK", "2024-03-31"))
                .when().post("/movements/" + m2 + "/works").then().statusCode(201);
        String list = "/movements/" + m2 + "/works/missing";
        List<String> names = given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(list)
                .then().statusCode(200).body("total", equalTo(3)).extract().path("items.name");
        assertEquals(List.of(bao.name(), dung.name(), dan.name()), names);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("page", 1).queryParam("size", 2)
                .when().get(list).then().statusCode(200)
                .body("items.name", equalTo(List.of(dan.name()))).body("total", equalTo(3));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("under", dung.id().toString())
                .when().get(list).then().statusCode(200).body("items.id", equalTo(List.of(dung.id().toString())));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("under", done.id().toString())
                .when().get(list).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(path)
                .then().statusCode(200).body("items.id", not(hasItem(dan.id().toString())));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("size", 0).when().get(list)
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void theProgressImportKeepsTheGoodRowsAndNamesTheBadOnesByLine() {
        String officer = officerOf(anGiang);
        String a = register(officer, work(anGiang, "Tuyên truyền an toàn giao thông", "CORE_TASK", "2024-04-30"));
        String b = register(officer, work(anGiang, "Khắc phục hạn chế sau kiểm điểm", "OUTSTANDING_ISSUE",
                "2024-03-31"));
        String tuPhapWork = register(admin(),
                work(registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Nội vụ", "CB")),
                        "Công trình Sở Nội vụ", "CORE_TASK", "2024-04-30"));
        String csv = "workId,reportedOn,percent,text\n"
                + a + ",2023-12-15,10,\"Khởi động, họp triển khai\"\n"                 // 2 kept
                + a + ",2024-05-01,20,Ngoài thời gian\n"                               // 3 reportedOn
                + b + ",15/1/2024,40,Đã khắc phục một phần\n"                          // 4 kept
                + a + ",2024-02-01,5,Giảm\n"                                           // 5 percent below 10
                + "khong-phai-ma,2024-02-01,50,Sai mã\n"                               // 6 workId
                + tuPhapWork + ",2024-02-01,50,Không phải của mình\n"                  // 7 access
                + b + ",2024-03-31,100,Hoàn thành\n"                                   // 8 kept, completed
                + a + ",2024-02-01,abc,\n";                                            // 9 percent and text
        given().auth().oauth2(officer).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/movements/" + movement + "/progress-reports/import")
                .then().statusCode(200)
                .body("rows", equalTo(8)).body("imported", equalTo(3)).body("invalid", equalTo(5))
                .body("errors.row", equalTo(List.of(3, 5, 6, 7, 9)))
                .body("errors[0].errors[0].field", equalTo("reportedOn"))
                .body("errors[1].errors[0].field", equalTo("percent"))
                .body("errors[2].errors[0].field", equalTo("workId"))
                .body("errors[3].errors[0].field", equalTo("workId"))
                .body("errors[4].errors.field", equalTo(List.of("percent", "text")));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works/" + b)
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("percent", equalTo(100));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/works/" + a)
                .then().statusCode(200).body("percent", equalTo(10)).body("lastReportedOn", equalTo("2023-12-15"));
        given().auth().oauth2(officer).contentType("text/csv").body("workId,percent\n")
                .when().post("/movements/" + movement + "/progress-reports/import")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file")).body("detail", not(nullValue()));
    }
}
