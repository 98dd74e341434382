package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;

/** docs-service's documents as a reader finds them: by the congress they belong to, read back from the PDF. */
final class Documents {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private Documents() {
    }

    /** The documents of this type issued for the congress, once there are {@code count} of them. */
    static List<Map<String, Object>> awaitIssued(String congressId, String type, int count) {
        return Awaitility.await().atMost(PROPAGATION).until(() -> given()
                .baseUri(SystemUnderTest.url("docs-service")).auth().oauth2(SystemUnderTest.admin())
                .queryParam("relatedTo", congressId).queryParam("type", type).get("/documents")
                .then().statusCode(200).extract().jsonPath().getList("$"), list -> list.size() >= count);
    }

    /** The documents of this type issued for {@code relatedTo} now, without waiting. */
    static List<Map<String, Object>> issued(String relatedTo, String type) {
        return given().baseUri(SystemUnderTest.url("docs-service")).auth().oauth2(SystemUnderTest.admin())
                .queryParam("relatedTo", relatedTo).queryParam("type", type).get("/documents")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** Every document of this type the organisation has issued, now. */
    static List<Map<String, Object>> issuedBy(java.util.UUID issuer, String type) {
        return given().baseUri(SystemUnderTest.url("docs-service")).auth().oauth2(SystemUnderTest.admin())
                .queryParam("issuerId", issuer).queryParam("type", type).get("/documents")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The PDF's text with every run of whitespace (line and page breaks included) made one space. */
    static String pdfText(Object documentId) throws IOException {
        Response pdf = given().baseUri(SystemUnderTest.url("docs-service")).auth().oauth2(SystemUnderTest.admin())
                .queryParam("format", "pdf").get("/documents/" + documentId + "/content");
        pdf.then().statusCode(200).contentType("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
