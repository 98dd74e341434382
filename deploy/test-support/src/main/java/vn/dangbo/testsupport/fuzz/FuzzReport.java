package vn.dangbo.testsupport.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a fuzzing run sent and what broke; {@link #assertClean()} fails with the seed and reproducible requests. */
public record FuzzReport(String baseUrl, long seed, int operations, int requests, Duration elapsed,
        Map<Integer, Integer> statuses, Map<String, Integer> mutations, List<OpenApiFuzzer.Violation> violations) {

    public long count(int fromStatus, int toStatus) {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= fromStatus && e.getKey() <= toStatus)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** One line: seed, requests, operations, statuses, time. */
    public String summary() {
        return String.format("seed %d: %,d requests over %d operations in %,d ms (%.0f/s); statuses %s; %d violations",
                seed, requests, operations, elapsed.toMillis(), requests * 1000.0 / Math.max(1, elapsed.toMillis()),
                statuses, violations.size());
    }

    /** The violations, each with the curl command that sends the same request again. */
    public String details(int max) {
        return violations.stream().limit(max).map(v -> v.request().describe() + "\n  → " + v.status() + ": "
                + v.rule() + "\n  body: " + v.body().replace("\n", " ") + "\n  reproduce (seed " + seed + ", request #"
                + v.request().index() + "): " + v.request().reproduce(baseUrl))
                .collect(Collectors.joining("\n"));
    }

    /** Throws an AssertionError naming the seed and the first violations when any rule broke. */
    public void assertClean() {
        if (!violations.isEmpty()) {
            throw new AssertionError(summary() + "\n" + details(15));
        }
    }
}
