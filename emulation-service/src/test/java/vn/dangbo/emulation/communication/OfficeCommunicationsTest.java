package vn.dangbo.emulation.communication;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The web page and its posts (§II.2), the TV report (§III.3) and the tradition room (§II.4). */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class OfficeCommunicationsTest {

    private static RegistryPlayer registry;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void aPostDatedBeforeThePageIsLiveIsRefusedAndALatePageIsFlagged() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử chuyên trang)");
        office.asOfficer().body(Map.of("title", "Bài đầu", "publishedOn", "2024-01-05"))
                .when().post(office.path("/web-page/posts"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("publishedOn"));
        office.asOfficer().body(Map.of("url", "https://dangbokhoi.laocai.gov.vn/65-nam", "liveFrom", "2024-01-10"))
                .when().put(office.path("/web-page"))
                .then().statusCode(200)
                .body("late", equalTo(true))
                .body("plannedLiveFrom", equalTo("2024-01-01"))
                .body("warnings", contains("Chuyên trang hoạt động từ ngày 10/1/2024, muộn hơn kế hoạch "
                        + "(từ ngày 1/1/2024)"));
        office.asOfficer().body(Map.of("title", "Bài sớm", "publishedOn", "2024-01-09"))
                .when().post(office.path("/web-page/posts"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Ngày đăng 9/1/2024 trước ngày chuyên trang hoạt động (10/1/2024)"));
        office.asOfficer().body(Map.of("title", "Khai trương chuyên trang", "publishedOn", "2024-01-10",
                        "link", "https://dangbokhoi.laocai.gov.vn/65-nam/1"))
                .when().post(office.path("/web-page/posts"))
                .then().statusCode(201);
        RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/web-page"))
                .then().statusCode(200).body("posts.title", contains("Khai trương chuyên trang"));
        office.asOfficer().body(Map.of("url", "https://dangbokhoi.laocai.gov.vn/65-nam", "liveFrom", "2024-01-01"))
                .when().put(office.path("/web-page"))
                .then().statusCode(200).body("late", equalTo(false)).body("warnings", hasSize(0));
    }

    @Test
    void theTvReportRunsFifteenToTwentyMinutes() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử phóng sự)");
        for (int minutes : new int[] {14, 21}) {
            office.asOfficer().body(Map.of("title", "65 năm Đảng bộ Khối", "station", "Đài PT-TH Lào Cai",
                            "minutes", minutes))
                    .when().put(office.path("/tv-report"))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("minutes"))
                    .body("detail", equalTo("Thời lượng phóng sự phải từ 15 đến 20 phút (nhận " + minutes
                            + " phút)"));
        }
        RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/tv-report"))
                .then().statusCode(200).body("title", nullValue());
        office.asOfficer().body(Map.of("title", "65 năm Đảng bộ Khối", "station", "Đài PT-TH Lào Cai",
                        "minutes", 18, "airedOn", "2024-05-08"))
                .when().put(office.path("/tv-report"))
                .then().statusCode(200).body("minutes", equalTo(18)).body("maxMinutes", equalTo(20));
    }

    @Test
    void theTraditionRoomsExhibitsAreCataloguedAndItsCompletionAfterAprilIsLate() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử phòng truyền thống)");
        String exhibit = office.asOfficer().body(Map.of("title", "Ảnh Đại hội Đảng bộ Khối lần thứ nhất",
                        "kind", "PHOTO", "source", "Lưu trữ Văn phòng Đảng ủy Khối", "period", "1959"))
                .when().post(office.path("/tradition-room/exhibits"))
                .then().statusCode(201).body("kindLabel", equalTo("Ảnh")).extract().path("id");
        office.asOfficer().body(Map.of("title", "Bình gốm", "kind", "POTTERY", "source", "Gia đình",
                        "period", "1960-1975"))
                .when().post(office.path("/tradition-room/exhibits"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        office.asOfficer().contentType("image/png").body(new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .queryParam("fileName", "dai-hoi-1959.png")
                .when().post(office.path("/tradition-room/exhibits/" + exhibit + "/photos"))
                .then().statusCode(201).body("fileName", equalTo("dai-hoi-1959.png"));
        office.asOfficer().body(Map.of("completedOn", "2024-05-02"))
                .when().post(office.path("/tradition-room/complete"))
                .then().statusCode(200)
                .body("completion.late", equalTo(true))
                .body("warnings", contains("Phòng truyền thống hoàn thành ngày 2/5/2024, sau thời hạn 30/4/2024"));
        RestAssured.given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(office.path("/tradition-room"))
                .then().statusCode(200)
                .body("kinds.find { it.code == 'PHOTO' }.exhibits", equalTo(1))
                .body("exhibits[0].photos", hasSize(1))
                .body("exhibits[0].period", equalTo("1959"));
        office.asOfficer().body(Map.of("completedOn", "2024-04-28"))
                .when().post(office.path("/tradition-room/complete"))
                .then().statusCode(200).body("completion.late", equalTo(false));
    }
}
