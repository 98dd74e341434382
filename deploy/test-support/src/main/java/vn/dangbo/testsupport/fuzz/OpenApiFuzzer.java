package vn.dangbo.testsupport.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.dangbo.testsupport.fuzz.OpenApiOperations.Operation;
import vn.dangbo.testsupport.http.RawUpload;

/**
 * Reads a service's OpenAPI document ({@code /q/openapi?format=json}) and sends it {@code requests} malformed requests
 * (see {@link MalformedRequests}) as the given user, sequentially, checking each answer against {@link ResponseRules}
 * and, around every refused write, the {@link DatabaseFingerprint}: a refused request changed nothing.
 */
public final class OpenApiFuzzer {

    /** A run's parameters; {@code fingerprint} may be null (no database check). */
    public record Settings(String baseUrl, String token, long seed, int requests, Map<String, String> knownValues,
            DatabaseFingerprint fingerprint) {
    }

    /** One broken rule: the request, the answer's status and what was wrong. */
    public record Violation(FuzzRequest request, int status, String rule, String body) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Set<String> FORBIDDEN_HEADERS = Set.of("host", "content-length", "connection", "expect",
            "upgrade");

    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    public OpenApiFuzzer(Settings settings) {
        this.settings = settings;
    }

    /** The operations of the service's OpenAPI document. */
    public List<Operation> operations() throws IOException, InterruptedException {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(
                URI.create(settings.baseUrl() + "/q/openapi?format=json")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (document.statusCode() != 200) {
            throw new IllegalStateException("GET /q/openapi answered " + document.statusCode());
        }
        return OpenApiOperations.parse(document.body());
    }

    /**
     * The seeded sample of a service's test command: {@code -Ddangbo.fuzz.seed} (default 20261208) and
     * {@code -Ddangbo.fuzz.requests} (default 600); prints the seed, the summary and the violations with their
     * reproduction, then fails on any violation.
     */
    public static FuzzReport seededSample(String service, String baseUrl, String token, Map<String, String> knownValues,
            DatabaseFingerprint fingerprint) throws IOException, InterruptedException {
        long seed = Long.getLong("dangbo.fuzz.seed", 20261208L);
        int requests = Integer.getInteger("dangbo.fuzz.requests", 600);
        System.out.println("[fuzz] " + service + ": seed " + seed + ", " + requests + " requests (replay with "
                + "-Ddangbo.fuzz.seed=" + seed + ")");
        FuzzReport report = new OpenApiFuzzer(new Settings(baseUrl.replaceAll("/$", ""), token, seed, requests,
                knownValues, fingerprint)).run();
        System.out.println("[fuzz] " + service + ": " + report.summary() + "\n" + report.details(40));
        report.assertClean();
        return report;
    }

    public FuzzReport run() throws IOException, InterruptedException {
        List<Operation> operations = operations();
        MalformedRequests requests = new MalformedRequests(operations, settings.seed(), settings.knownValues());
        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, Integer> mutations = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        long started = System.nanoTime();
        Map<String, String> before = null;
        for (long i = 0; i < settings.requests(); i++) {
            FuzzRequest request = requests.request(i);
            boolean checkDatabase = settings.fingerprint() != null && !request.method().equals("GET");
            if (checkDatabase && before == null) {
                before = settings.fingerprint().take();
            }
            int status;
            String contentType;
            byte[] body;
            try {
                if (request.body() != null && request.body().length > MalformedRequests.ONE_MB) {
                    RawUpload.Answer answer = sendLarge(request);
                    status = answer.status();
                    contentType = answer.header("Content-Type");
                    body = answer.body().getBytes(StandardCharsets.UTF_8);
                } else {
                    HttpResponse<byte[]> response = send(request);
                    status = response.statusCode();
                    contentType = response.headers().firstValue("Content-Type").orElse(null);
                    body = response.body();
                }
            } catch (HttpTimeoutException | java.net.SocketTimeoutException e) {
                violations.add(new Violation(request, 0, "no answer within " + TIMEOUT.toSeconds() + " s", ""));
                statuses.merge(0, 1, Integer::sum);
                before = null;
                continue;
            } catch (IOException e) {
                violations.add(new Violation(request, 0, "the connection failed: " + e, ""));
                statuses.merge(0, 1, Integer::sum);
                before = null;
                continue;
            }
            statuses.merge(status, 1, Integer::sum);
            mutations.merge(request.mutation(), 1, Integer::sum);
            String excerpt = body == null ? "" : new String(body, 0, Math.min(body.length, 600), StandardCharsets.UTF_8);
            for (String rule : ResponseRules.check(request, status, contentType, body)) {
                violations.add(new Violation(request, status, rule, excerpt));
            }
            if (checkDatabase) {
                Map<String, String> after = settings.fingerprint().take();
                if (status >= 400 && !after.equals(before)) {
                    violations.add(new Violation(request, status, "a refused request changed the database: "
                            + DatabaseFingerprint.difference(before, after), excerpt));
                }
                before = after;
            }
        }
        return new FuzzReport(settings.baseUrl(), settings.seed(), operations.size(), settings.requests(),
                Duration.ofNanos(System.nanoTime() - started), statuses, mutations, violations);
    }

    /** Once more on a failed connection: the server may have closed the kept-alive one after its last answer. */
    private HttpResponse<byte[]> send(FuzzRequest request) throws IOException, InterruptedException {
        try {
            return http.send(toHttp(request), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw e;
        } catch (IOException e) {
            return http.send(toHttp(request), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    /**
     * A body above the endpoints' limits goes through a client that reads the answer while it is still sending:
     * the service answers 413 as soon as it sees the length and closes the connection, which the JDK's client, busy
     * writing, only sees as a reset (a browser or curl reads the early answer).
     */
    private RawUpload.Answer sendLarge(FuzzRequest request) throws IOException, InterruptedException {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + settings.token());
        headers.put("Accept", "application/json, application/problem+json, */*");
        request.headers().forEach((name, value) -> {
            if (!FORBIDDEN_HEADERS.contains(name.toLowerCase())) {
                headers.put(name, value);
            }
        });
        return RawUpload.send(URI.create(settings.baseUrl()).getPort(), request.method(), request.target(), headers,
                request.body().length, new java.io.ByteArrayInputStream(request.body()));
    }

    private HttpRequest toHttp(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + request.target()))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + settings.token())
                .header("Accept", "application/json, application/problem+json, */*");
        request.headers().forEach((name, value) -> {
            if (!FORBIDDEN_HEADERS.contains(name.toLowerCase())) {
                builder.header(name, value);
            }
        });
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return builder.method(request.method(), body).build();
    }
}
