package vn.dangbo.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/**
 * Loads the demo bloc into an empty registry through its public HTTP API, as an office would: the
 * organisation file, then the member file ({@link DemoFiles}), each an import job followed until it ends.
 * The other services receive the data as ordinary events. A registry that already holds the demo bloc is
 * reused; one holding other members is left as it is.
 */
public final class DemoDataLoader {

    /** The local stack's data set: always the same seed and "today" (the anniversary plan's date). */
    public static final long SEED = 20240510L;
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 5, 10);

    private static final Set<String> FINAL_STATES = Set.of("DONE", "REJECTED", "FAILED");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    private static final int REPORT_ROWS_SHOWN = 20;

    /** What a start found and did. */
    public enum Outcome {
        /** The registry was empty (or held the bloc without members, after an interrupted start): loaded. */
        LOADED,
        /** The registry holds the demo bloc and its members: nothing loaded. */
        REUSED,
        /** The registry holds members of another tree: nothing loaded, nothing touched. */
        LEFT_ALONE
    }

    /** @param organisations organisations created; @param members members created */
    public record Result(Outcome outcome, int organisations, int members, Duration took) {

        public String describe() {
            return switch (outcome) {
                case LOADED -> String.format("demo data loaded: %d organisations and %d members in %.1f s",
                        organisations, members, took.toMillis() / 1000.0);
                case REUSED -> "demo data: the registry already holds the demo bloc; nothing loaded";
                case LEFT_ALONE -> "demo data: the registry holds other members; nothing loaded";
            };
        }
    }

    private final DemoHttp http;

    /**
     * @param registryBaseUrl e.g. {@code http://localhost:8081}
     * @param adminToken      a bearer token with the admin role (only an admin may create a bloc committee)
     */
    public DemoDataLoader(String registryBaseUrl, String adminToken) {
        this.http = new DemoHttp(registryBaseUrl, adminToken);
    }

    /**
     * Loads the data set of {@code seed} and {@code referenceDate} unless the registry already holds data.
     *
     * @throws IllegalStateException when the registry refuses a file (with the job's report) or cannot be reached
     */
    public Result loadIntoEmptyRegistry(long seed, LocalDate referenceDate) {
        long started = System.nanoTime();
        String bloc = DemoFiles.idOf(DemoDataGenerator.BLOC_KEY).toString();
        boolean blocExists = get("organisations/" + bloc, Set.of(200, 404)).statusCode() == 200;
        if (anyMember(blocExists ? bloc : null)) {
            return new Result(blocExists ? Outcome.REUSED : Outcome.LEFT_ALONE, 0, 0, Duration.ZERO);
        }
        DemoDataset dataset = DemoDataGenerator.generate(seed, referenceDate);
        int organisations = 0;
        if (!blocExists) {
            organisations = runImport("organisations", DemoFiles.organisations(dataset),
                    dataset.organisations().size());
        }
        int members = runImport("members", DemoFiles.members(dataset), dataset.members().size());
        return new Result(Outcome.LOADED, organisations, members, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Whether a member is on the list (in the subtree of {@code organisationId}, or anywhere when null). */
    private boolean anyMember(String organisationId) {
        String query = "members?size=1" + (organisationId == null ? "" : "&organisationId=" + organisationId);
        return read(get(query, Set.of(200))).path("items").size() > 0;
    }

    /** Uploads a file, follows its job and returns the rows created; fails with the report unless all were. */
    private int runImport(String kind, String csv, int rows) {
        HttpRequest upload = request("imports/" + kind)
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        JsonNode job = read(send(upload, Set.of(202)));
        String id = job.path("id").asText();
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (!FINAL_STATES.contains(job.path("status").asText())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo data: the " + kind + " import " + id + " did not end within "
                        + JOB_TIMEOUT.toMinutes() + " min: " + job.path("status").asText());
            }
            pause();
            job = read(get("imports/" + id, Set.of(200)));
        }
        if (!job.path("status").asText().equals("DONE") || job.path("created").asInt() != rows) {
            throw new IllegalStateException(refusal(kind, rows, job));
        }
        return rows;
    }

    private static String refusal(String kind, int rows, JsonNode job) {
        StringBuilder text = new StringBuilder("demo data: the registry did not take the ").append(kind)
                .append(" file (").append(rows).append(" rows): status ").append(job.path("status").asText())
                .append(", created ").append(job.path("created").asInt())
                .append(", updated ").append(job.path("updated").asInt())
                .append(", unchanged ").append(job.path("unchanged").asInt())
                .append(", invalid ").append(job.path("invalid").asInt());
        if (!job.path("message").isMissingNode() && !job.path("message").isNull()) {
            text.append("\n  ").append(job.path("message").asText());
        }
        JsonNode report = job.path("report");
        for (int i = 0; i < Math.min(report.size(), REPORT_ROWS_SHOWN); i++) {
            JsonNode row = report.get(i);
            text.append("\n  row ").append(row.path("row").asText()).append(' ').append(row.path("outcome").asText());
            for (JsonNode error : row.path("errors")) {
                text.append("; ").append(error.path("field").asText()).append(": ")
                        .append(error.path("message").asText());
            }
        }
        if (report.size() > REPORT_ROWS_SHOWN) {
            text.append("\n  … ").append(report.size() - REPORT_ROWS_SHOWN).append(" more rows in the report");
        }
        return text.toString();
    }

    private HttpResponse<String> get(String path, Set<Integer> expected) {
        return http.get(path, expected);
    }

    private HttpRequest.Builder request(String path) {
        return http.request(path);
    }

    private HttpResponse<String> send(HttpRequest request, Set<Integer> expected) {
        return http.send(request, expected);
    }

    private JsonNode read(HttpResponse<String> response) {
        return http.read(response);
    }

    private static void pause() {
        DemoHttp.pause(POLL_INTERVAL);
    }
}
