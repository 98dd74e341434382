package vn.dangbo.congress.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the congress benchmarks share: the service's API through one keep-alive client with the admin's token (a
 * timed call must not pay for a new connection), and the report, printed as {@code [benchmark]} lines and written
 * to a file under target/.
 */
final class BenchmarkApi {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = Collections.synchronizedList(new ArrayList<>());
    private final String token;

    BenchmarkApi(String token) {
        this.token = token;
    }

    /** POSTs {@code json}, or no body when it is null. */
    HttpResponse<String> post(String path, String json) {
        if (json == null) {
            return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> put(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + RestAssured.port + pathAndQuery);
    }

    static HttpResponse<String> ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    static HttpResponse<String> created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    void writeReport(String fileName) throws IOException {
        Files.write(Path.of("target", fileName), report, StandardCharsets.UTF_8);
    }
}
