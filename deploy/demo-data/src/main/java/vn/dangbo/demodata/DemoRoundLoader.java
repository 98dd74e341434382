package vn.dangbo.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.demodata.DemoRoundPlan.PlannedCongress;

/**
 * Enters the Office committee's 2020 congress round ({@link DemoRoundPlan}) into congress-service through its public
 * API, after the registry's import: waits until congress-service knows the committee and its cells (it learns them
 * from {@code registry.organisations.v1}), opens the round unless it is there, then schedules the congresses in the
 * plan's order. A second start finds the round and its congresses and adds nothing.
 */
public final class DemoRoundLoader {

    private static final Duration DEFAULT_KNOWN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);
    /** How congress-service refuses a second standing congress of an organisation in a round (422 or, racing, 409). */
    private static final String ALREADY_SCHEDULED = "đã có đại hội trong đợt đại hội này";

    /** What a start found and did. */
    public enum Outcome {
        /** The round was opened now and its congresses scheduled. */
        OPENED,
        /** The round was there; the congresses it lacked (after an interrupted start) were scheduled. */
        COMPLETED,
        /** The round and all its congresses were there: nothing added. */
        REUSED
    }

    /**
     * @param scheduled    congresses scheduled by this start
     * @param alreadyThere congresses the round already held
     * @param leftAsIs     congresses an office changed since (e.g. one called off) that the plan no longer fits, with
     *                     congress-service's reason; only when the round was already there
     */
    public record Result(Outcome outcome, UUID roundId, int scheduled, int alreadyThere, List<String> leftAsIs,
            Duration took) {

        public String describe() {
            String head = switch (outcome) {
                case OPENED -> String.format("congress round 2020 of %s opened (%s), %d congresses scheduled in %.1f s",
                        DemoDataGenerator.OFFICE_NAME, roundId, scheduled, took.toMillis() / 1000.0);
                case COMPLETED -> String.format("congress round 2020 of %s (%s) was there: %d congresses added, %d "
                        + "already scheduled", DemoDataGenerator.OFFICE_NAME, roundId, scheduled, alreadyThere);
                case REUSED -> String.format("congress round 2020 of %s (%s) and its %d congresses were there; "
                        + "nothing added", DemoDataGenerator.OFFICE_NAME, roundId, alreadyThere);
            };
            StringBuilder text = new StringBuilder(head);
            leftAsIs.forEach(note -> text.append("\n  left as changed: ").append(note));
            return text.toString();
        }
    }

    private final DemoHttp http;
    private final Duration knownTimeout;
    private final Duration pollInterval;

    /**
     * @param congressBaseUrl e.g. {@code http://localhost:8082}
     * @param adminToken      a bearer token with the admin role, the one the registry import uses
     */
    public DemoRoundLoader(String congressBaseUrl, String adminToken) {
        this(congressBaseUrl, adminToken, DEFAULT_KNOWN_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    DemoRoundLoader(String congressBaseUrl, String adminToken, Duration knownTimeout, Duration pollInterval) {
        this.http = new DemoHttp(congressBaseUrl, adminToken);
        this.knownTimeout = knownTimeout;
        this.pollInterval = pollInterval;
    }

    /**
     * @throws IllegalStateException when congress-service does not learn an organisation of the plan in time,
     *                               refuses the round, or refuses a congress of a round opened now
     */
    public Result load() {
        long started = System.nanoTime();
        DemoRoundPlan plan = DemoRoundPlan.seed2020();
        awaitKnown(plan);
        Optional<UUID> existing = existingRound(plan);
        UUID round = existing.orElseGet(() -> open(plan));
        int scheduled = 0;
        int alreadyThere = 0;
        List<String> leftAsIs = new ArrayList<>();
        for (PlannedCongress congress : plan.congresses()) {
            HttpResponse<String> answer = http.postJson("congresses", DemoRoundPlan.congressRequest(round, congress),
                    Set.of(201, 409, 422));
            if (answer.statusCode() == 201) {
                scheduled++;
            } else if (alreadyScheduled(answer)) {
                alreadyThere++;
            } else if (existing.isPresent()) {
                leftAsIs.add(congress.organisationName() + ": " + http.read(answer).path("detail").asText());
            } else {
                throw new IllegalStateException("demo data: congress-service refused the congress of "
                        + congress.organisationName() + " on " + congress.start() + " (" + answer.statusCode() + "): "
                        + answer.body());
            }
        }
        Outcome outcome = existing.isEmpty() ? Outcome.OPENED : scheduled > 0 ? Outcome.COMPLETED : Outcome.REUSED;
        return new Result(outcome, round, scheduled, alreadyThere, List.copyOf(leftAsIs),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * congress-service fills its organisation directory from registry events, a little after the registry's import
     * job ends; every organisation of the plan must be there before the round names them.
     */
    private void awaitKnown(DemoRoundPlan plan) {
        long deadline = System.nanoTime() + knownTimeout.toNanos();
        for (PlannedCongress congress : plan.congresses()) {
            String path = "organisations/" + congress.organisationId() + "/election-structure";
            while (http.get(path, Set.of(200, 404)).statusCode() == 404) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("demo data: congress-service did not know "
                            + congress.organisationName() + " (" + congress.organisationId() + ") within "
                            + knownTimeout.toSeconds() + " s after the registry's import; it learns organisations "
                            + "from the topic registry.organisations.v1: see congress-service's log");
                }
                DemoHttp.pause(pollInterval);
            }
        }
    }

    /** The round of this plan if an earlier start opened it (congress-service keeps no rule against a second). */
    private Optional<UUID> existingRound(DemoRoundPlan plan) {
        for (JsonNode round : http.read(http.get("rounds", Set.of(200)))) {
            if (plan.conveningCommitteeId().toString().equals(round.path("conveningCommitteeId").asText())
                    && plan.ruleSetId().equals(round.path("ruleSetId").asText())
                    && plan.committeeTerm().equals(round.path("committeeTerm").asText())) {
                return Optional.of(UUID.fromString(round.path("id").asText()));
            }
        }
        return Optional.empty();
    }

    private UUID open(DemoRoundPlan plan) {
        JsonNode round = http.read(http.postJson("rounds", plan.roundRequest(), Set.of(201)));
        return UUID.fromString(round.path("id").asText());
    }

    private boolean alreadyScheduled(HttpResponse<String> answer) {
        return answer.statusCode() == 409 || http.read(answer).path("detail").asText().contains(ALREADY_SCHEDULED);
    }
}
