package vn.dangbo.testsupport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The checks every service's body-limit test makes on a JSON endpoint (issue 16 item 4): a body of exactly the
 * limit gets the endpoint's normal answer, one byte more is refused with 413 problem+json naming the limit, a
 * larger announced length is refused without a byte sent, a chunked body at the limit as it streams.
 */
public final class BodyLimitChecks {

    public static final int MB = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BodyLimitChecks() {
    }

    /**
     * @param json a request body for {@code path} (valid or not: its answer is the normal one)
     * @param limit the path's limit in bytes, and as the refusal names it ("1 MB")
     */
    public static void jsonEndpoint(int port, String token, String path, String json, long limit, String named)
            throws IOException, InterruptedException {
        Map<String, String> headers = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        RawUpload.Answer normal = RawUpload.send(port, "POST", path, headers, json.getBytes(StandardCharsets.UTF_8).length,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        RawUpload.Answer atLimit = RawUpload.send(port, "POST", path, headers, limit, padded(json, limit));
        assertNotEquals(413, normal.status(), normal.body());
        assertEquals(normal.status(), atLimit.status(),
                "a body of exactly the limit (the same JSON, padded with spaces) gets the normal answer: " + atLimit.body());

        RawUpload.Answer over = RawUpload.send(port, "POST", path, headers, limit + 1, padded(json, limit + 1));
        assertRefused(over, named);

        RawUpload.Answer announced = RawUpload.announce(port, "POST", path, headers, limit + 1);
        assertRefused(announced, named);
        assertEquals(0, announced.bodyBytesSentBeforeAnswer(), "refused by its length, before any byte of it");

        // a JSON string that never ends: a parser reads on to the limit (a complete value would be answered early,
        // the spaces after it never read)
        long huge = 64L * MB;
        RawUpload.Answer chunked = RawUpload.send(port, "POST", path, headers, -1, padded("{\"text\":\"", huge));
        assertRefused(chunked, named);
        assertTrue(chunked.bodyBytesSentBeforeAnswer() < huge / 4,
                "refused at the limit as it streams, not at the end: " + chunked.bodyBytesSentBeforeAnswer());
    }

    /** The answer is 413 application/problem+json naming the limit, and the connection ends with it. */
    public static void assertRefused(RawUpload.Answer answer, String named) throws IOException {
        assertEquals(413, answer.status(), answer.body());
        String type = answer.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/problem+json"), "Content-Type " + type);
        JsonNode problem = JSON.readTree(answer.body());
        assertEquals(413, problem.path("status").asInt());
        assertEquals("urn:dangbo:problem:payload-too-large", problem.path("type").asText());
        assertEquals("Nội dung quá lớn", problem.path("title").asText());
        assertEquals("Nội dung gửi lên vượt quá giới hạn " + named + " của địa chỉ này", problem.path("detail").asText());
        assertEquals("close", answer.header("Connection"));
    }

    /** {@code json} followed by spaces (the same JSON to a parser) up to {@code size} bytes, made as it is read. */
    public static InputStream padded(String json, long size) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new SequenceInputStream(new ByteArrayInputStream(bytes),
                RawUpload.repeated((byte) ' ', size - bytes.length));
    }
}
