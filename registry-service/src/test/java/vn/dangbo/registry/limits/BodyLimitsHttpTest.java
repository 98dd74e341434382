package vn.dangbo.registry.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.http.BodyLimitChecks;
import vn.dangbo.testsupport.http.RawUpload;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Request bodies above their endpoint's limit are refused with 413 problem+json before they are read: JSON at
 * 1 MB, the imports at their own (here 2 MB, so a test can pass it), by the declared length at once, a chunked body
 * at the limit as it streams.
 */
@QuarkusTest
@TestProfile(BodyLimitsHttpTest.SmallImports.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class BodyLimitsHttpTest {

    static final int MB = 1024 * 1024;

    public static class SmallImports implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dangbo.http.limits.import", "2M");
        }
    }

    @Test
    void aJsonBodyOfExactlyTheLimitIsServedAndOneByteMoreIsRefused() {
        String organisation = "{\"parentId\":null,\"type\":\"BLOC_COMMITTEE\",\"name\":\"Đảng bộ Khối Giới Hạn\","
                + "\"shortCode\":\"ĐUK\",\"term\":\"2020-2025\"}";
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(padded(organisation, MB))
                .post("/organisations").then().statusCode(201).body("name", equalTo("Đảng bộ Khối Giới Hạn"));

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(padded(organisation, MB + 1))
                .post("/organisations").then().statusCode(413).contentType(Problem.MEDIA_TYPE)
                .header("Connection", "close")
                .body("status", equalTo(413))
                .body("title", equalTo("Nội dung quá lớn"))
                .body("detail", equalTo("Nội dung gửi lên vượt quá giới hạn 1 MB của địa chỉ này"));
    }

    @Test
    void aJsonBodyAnnouncedAboveTheLimitIsRefusedWithoutWaitingForIt() throws Exception {
        RawUpload.Answer answer = RawUpload.announce(RestAssured.port, "POST", "/organisations",
                Map.of("Authorization", "Bearer " + admin(), "Content-Type", "application/json"), MB + 1);
        assertRefused(answer, "1 MB");
    }

    @Test
    void aChunkedJsonBodyIsRefusedAtTheLimitWhileItStreams() throws Exception {
        InputStream body = new SequenceInputStream(new ByteArrayInputStream("{\"name\":\"x\"".getBytes()),
                RawUpload.repeated((byte) ' ', 64L * MB));
        RawUpload.Answer answer = RawUpload.send(RestAssured.port, "POST", "/organisations",
                Map.of("Authorization", "Bearer " + admin(), "Content-Type", "application/json"), -1, body);
        assertRefused(answer, "1 MB");
        assertTrue(answer.bodyBytesSentBeforeAnswer() < 16L * MB,
                "refused at the limit, not at the end: " + answer.bodyBytesSentBeforeAnswer());
    }

    @Test
    void anImportAnnouncedAboveItsLimitIsRefusedBeforeAByteOfItIsRead() throws Exception {
        RawUpload.Answer answer = RawUpload.announce(RestAssured.port, "POST", "/imports/members",
                Map.of("Authorization", "Bearer " + admin(), "Content-Type", "text/csv"), 5L * 1024 * MB);
        assertRefused(answer, "2 MB");
        assertTrue(answer.millis() < 5_000, "answered at once: " + answer.millis() + " ms");
    }

    @Test
    void aChunkedImportIsRefusedAtItsLimitAndLeavesNoFileBehind() throws Exception {
        long before = uploads();
        InputStream csv = new SequenceInputStream(new ByteArrayInputStream(
                "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n"
                        .getBytes(StandardCharsets.UTF_8)), RawUpload.repeated((byte) '\n', 256L * MB));
        RawUpload.Answer answer = RawUpload.send(RestAssured.port, "POST", "/imports/members",
                Map.of("Authorization", "Bearer " + admin(), "Content-Type", "text/csv"), -1, csv);
        assertRefused(answer, "2 MB");
        assertTrue(answer.bodyBytesSentBeforeAnswer() < 16L * MB,
                "refused at the limit, not at the end: " + answer.bodyBytesSentBeforeAnswer());
        assertEquals(before, uploads(), "the refused upload's temporary file is deleted");
    }

    @Test
    void anImportJustUnderItsLimitIsTakenAsAJob() {
        String header = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n";
        // one long cell (the row is invalid, which the job reports): the body alone is what this test is about
        String csv = header + "\"" + "x".repeat(2 * MB - header.length() - 2) + "\"";
        JsonPath job = given().auth().oauth2(admin()).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/imports/members").then().statusCode(202).extract().jsonPath();
        assertTrue(job.getString("id") != null);
    }

    private static void assertRefused(RawUpload.Answer answer, String limit) throws IOException {
        BodyLimitChecks.assertRefused(answer, limit);
    }

    /** {@code json} followed by spaces (still the same JSON) up to {@code size} bytes. */
    static byte[] padded(String json, int size) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(bytes, 0, body, 0, bytes.length);
        return body;
    }

    private static long uploads() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith("dangbo-import-")).count();
        }
    }

    private static final class Problem {
        static final String MEDIA_TYPE = "application/problem+json";
    }
}
