package vn.dangbo.testsupport.authz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangbo.testsupport.jwt.TokenIssuer;

/**
 * Sends every operation of a service's OpenAPI document as each {@link TokenVariant} and compares the status
 * with the {@link AuthorizationPolicy}.
 */
public final class AuthorizationMatrix {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String service;
    private final URI base;
    private final AuthorizationPolicy policy;
    private final MatrixFixture fixture;
    private final TokenIssuer tokens;
    private final TokenIssuer otherKey = TokenIssuer.ephemeral();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public AuthorizationMatrix(String service, URI base, AuthorizationPolicy policy, MatrixFixture fixture,
            TokenIssuer tokens) {
        this.service = service;
        this.base = base;
        this.policy = policy;
        this.fixture = fixture;
        this.tokens = tokens;
    }

    /** Every operation of the service's document × every variant. */
    public MatrixReport run() {
        return run(OpenApiOperations.fetch(base));
    }

    public MatrixReport run(List<ApiOperation> operations) {
        List<MatrixReport.Cell> cells = new ArrayList<>();
        for (ApiOperation operation : operations) {
            for (TokenVariant variant : TokenVariant.values()) {
                AuthorizationPolicy.Expectation expected = policy.expected(operation, variant);
                MatrixRequest request = fixture.prepare(operation, variant.outsideSubtree());
                HttpResponse<String> response = send(operation, request,
                        variant.token(tokens, otherKey, fixture.officerOrganisation()));
                cells.add(new MatrixReport.Cell(operation, variant, expected, response.statusCode(),
                        response.statusCode() == expected.status() ? "" : abbreviate(response.body())));
            }
        }
        return new MatrixReport(service, policy, cells);
    }

    private HttpResponse<String> send(ApiOperation operation, MatrixRequest request, String token) {
        String path = operation.path();
        for (String name : operation.pathParameters()) {
            String value = request.pathParameters.get(name);
            if (value == null) {
                throw new IllegalStateException("the fixture gives no {" + name + "} for " + operation.key());
            }
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        for (String name : operation.requiredQuery().keySet()) {
            if (!request.query.containsKey(name)) {
                throw new IllegalStateException("the fixture gives no required ?" + name + "= for " + operation.key());
            }
        }
        if (!operation.requestMediaTypes().isEmpty() && request.body == null) {
            throw new IllegalStateException("the fixture gives no body for " + operation.key());
        }
        String query = request.query.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path + (query.isEmpty() ? "" : "?" + query)))
                .timeout(TIMEOUT)
                .method(operation.method(), request.body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body));
        if (request.contentType != null) {
            builder.header("Content-Type", request.contentType);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (Map.Entry<String, String> header : request.headers.entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(operation.key() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
