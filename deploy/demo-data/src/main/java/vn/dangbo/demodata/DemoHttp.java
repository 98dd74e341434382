package vn.dangbo.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * The demo loaders' way of calling a service: JSON over HTTP with the admin bearer token, every answer outside the
 * expected statuses an {@link IllegalStateException} naming the request, so the launcher prints one clear line.
 */
final class DemoHttp {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(1);

    private final URI base;
    private final String adminToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** @param baseUrl e.g. {@code http://localhost:8081} */
    DemoHttp(String baseUrl, String adminToken) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.adminToken = adminToken;
    }

    HttpResponse<String> get(String path, Set<Integer> expected) {
        return send(request(path).GET().build(), expected);
    }

    HttpResponse<String> postJson(String path, Object body, Set<Integer> expected) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException("demo data: cannot write the request to " + path, e);
        }
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), expected);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + adminToken).header("Accept", "application/json");
    }

    HttpResponse<String> send(HttpRequest request, Set<Integer> expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo data: interrupted", e);
        }
        if (!expected.contains(response.statusCode())) {
            throw new IllegalStateException("demo data: " + request.method() + " " + request.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    JsonNode read(HttpResponse<String> response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo data: " + response.uri() + " answered no JSON: " + response.body(),
                    e);
        }
    }

    static void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo data: interrupted", e);
        }
    }
}
