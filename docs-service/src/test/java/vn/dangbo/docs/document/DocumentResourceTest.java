package vn.dangbo.docs.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.DocumentRecords.NewDocument;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Signature;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The document API: roles, problem details, format choice and file names. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class DocumentResourceTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    DocumentService documents;

    private String relatedTo;
    private String id;

    @BeforeEach
    void issueAPlan() {
        relatedTo = UUID.randomUUID().toString();
        PartyDocument content = new PartyDocument(
                new Header("Đảng bộ Khối", "Đảng ủy Sở Tư pháp", "Số 01-KH/ĐU", "Lào Cai, ngày 05 tháng 3 năm 2020"),
                "KẾ HOẠCH", List.of("tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2020-2022"),
                List.of(Paragraph.of("Thực hiện Chỉ thị của Bộ Chính trị về đại hội đảng bộ các cấp.")),
                new Signature("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Thị Ngọc Diễm"), List.of("Lưu Văn phòng."), null);
        id = QuarkusTransaction.requiringNew().call(() -> documents.issue(new NewDocument("KH", 1, "01-KH/ĐU",
                UUID.randomUUID(), "Đảng bộ Sở Tư pháp", "Kế hoạch tổ chức đại hội các chi bộ trực thuộc", relatedTo,
                null, content, "test"))).id.toString();
    }

    @Test
    void everyEndpointNeedsAToken() {
        for (String path : List.of("/documents", "/documents/" + id, "/documents/" + id + "/content")) {
            given().get(path).then().statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void documentsAreListedByWhatTheyConcernAndByType() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("relatedTo", relatedTo).queryParam("type", "KH")
                .get("/documents")
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].id", equalTo(id))
                .body("[0].type", equalTo("KH"))
                .body("[0].number", equalTo(1))
                .body("[0].symbol", equalTo("01-KH/ĐU"))
                .body("[0].title", equalTo("Kế hoạch tổ chức đại hội các chi bộ trực thuộc"))
                .body("[0].issuerName", equalTo("Đảng bộ Sở Tư pháp"))
                .body("[0].relatedTo", equalTo(relatedTo));
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .queryParam("relatedTo", relatedTo).queryParam("type", "TB")
                .get("/documents")
                .then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .queryParam("type", "KH")
                .get("/documents")
                .then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void theFormatComesFromTheParameterThenTheAcceptHeader() {
        byte[] docx = given().auth().oauth2(RealInfrastructure.tokens().viewer()).accept(DOCX)
                .get("/documents/{id}/content", id)
                .then().statusCode(200).contentType(DOCX)
                .header("Content-Disposition", containsString(
                        "filename=\"KH-01-DU-Ke-hoach-to-chuc-dai-hoi-cac-chi-bo-truc-thuoc.docx\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''KH-01-%C4%90U%20K%E1%BA%BF%20ho%E1%BA%A1ch"))
                .extract().asByteArray();
        assertTrue(TextExtraction.docxText(docx).contains("KẾ HOẠCH"));

        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer()).accept(DOCX)
                .queryParam("format", "pdf")
                .get("/documents/{id}/content", id)
                .then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertTrue(TextExtraction.pdfText(pdf).contains("KẾ HOẠCH"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", not(containsString(".docx")));
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("format", "xls")
                .get("/documents/{id}/content", id)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("format"))
                .body("detail", containsString("xls"));
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        UUID unknown = UUID.randomUUID();
        for (String path : List.of("/documents/" + unknown, "/documents/" + unknown + "/content")) {
            given().auth().oauth2(RealInfrastructure.tokens().admin())
                    .get(path)
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404))
                    .body("title", equalTo("Không tìm thấy"))
                    .body("detail", containsString(unknown.toString()));
        }
    }
}
