package vn.dangbo.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.demodata.DemoMovementPlan.PlannedNomination;
import vn.dangbo.demodata.DemoMovementPlan.PlannedWork;
import vn.dangbo.demodata.DemoMovementPlan.Report;

/**
 * Enters the seed's emulation movement ({@link DemoMovementPlan}) into emulation-service through its public API,
 * after the registry's import: waits until emulation-service knows the bloc's organisations (it learns them from
 * {@code registry.organisations.v1}), launches the movement unless the bloc has it, registers the works an
 * organisation lacks with the reports newer than its last one, and hands in the nominations not there yet (a member
 * nominee found on the registry's list, then waited for in emulation-service, which learns members from
 * {@code registry.members.v1}). A second start finds everything and adds nothing. A part whose endpoint the running
 * emulation-service does not offer is skipped with a note.
 */
public final class DemoMovementLoader {

    private static final Duration DEFAULT_KNOWN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);

    /** What a start found and did. */
    public enum Outcome {
        /** The movement was launched now. */
        LAUNCHED,
        /** The bloc's movement was there; what it lacked of the plan (after an interrupted start) was added. */
        COMPLETED,
        /** The movement and everything of the plan were there: nothing added. */
        REUSED
    }

    /**
     * @param added   works, progress reports and nominations entered by this start
     * @param already works, progress reports and nominations that were there
     * @param notes   parts skipped (an endpoint not offered) or left as an office changed them, with the reason
     */
    public record Result(Outcome outcome, UUID movementId, Counts added, Counts already, List<String> notes,
            Duration took) {

        public String describe() {
            String head = switch (outcome) {
                case LAUNCHED -> String.format("emulation movement %s of %s launched (%s): %s in %.1f s",
                        DemoMovementPlan.PLAN_ID, DemoDataGenerator.BLOC_NAME, movementId, added.describe(),
                        took.toMillis() / 1000.0);
                case COMPLETED -> String.format("emulation movement %s of %s (%s) was there: %s added, %s already "
                        + "there", DemoMovementPlan.PLAN_ID, DemoDataGenerator.BLOC_NAME, movementId,
                        added.describe(), already.describe());
                case REUSED -> String.format("emulation movement %s of %s (%s) and its %s were there; nothing added",
                        DemoMovementPlan.PLAN_ID, DemoDataGenerator.BLOC_NAME, movementId, already.describe());
            };
            StringBuilder text = new StringBuilder(head);
            notes.forEach(note -> text.append("\n  ").append(note));
            return text.toString();
        }
    }

    public record Counts(int works, int reports, int nominations) {

        boolean any() {
            return works + reports + nominations > 0;
        }

        String describe() {
            return works + " works, " + reports + " progress reports, " + nominations + " nominations";
        }
    }

    private final DemoHttp emulation;
    private final DemoHttp registry;
    private final Duration knownTimeout;
    private final Duration pollInterval;

    /**
     * @param emulationBaseUrl e.g. {@code http://localhost:8083}
     * @param registryBaseUrl  e.g. {@code http://localhost:8081} (the ids of member nominees)
     * @param adminToken       a bearer token with the admin role
     */
    public DemoMovementLoader(String emulationBaseUrl, String registryBaseUrl, String adminToken) {
        this(emulationBaseUrl, registryBaseUrl, adminToken, DEFAULT_KNOWN_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    DemoMovementLoader(String emulationBaseUrl, String registryBaseUrl, String adminToken, Duration knownTimeout,
            Duration pollInterval) {
        this.emulation = new DemoHttp(emulationBaseUrl, adminToken);
        this.registry = new DemoHttp(registryBaseUrl, adminToken);
        this.knownTimeout = knownTimeout;
        this.pollInterval = pollInterval;
    }

    /**
     * @throws IllegalStateException when emulation-service does not learn an organisation or member of the plan in
     *                               time, or refuses a part of a movement launched now
     */
    public Result load() {
        long started = System.nanoTime();
        DemoMovementPlan plan = DemoMovementPlan.seed2024();
        awaitParticipants(plan);
        Optional<UUID> existing = existingMovement(plan);
        UUID movement = existing.orElseGet(() -> launch(plan));
        Tally tally = new Tally(existing.isPresent());
        enterWorks(plan, movement, tally);
        enterNominations(plan, movement, tally);
        Counts added = new Counts(tally.works, tally.reports, tally.nominations);
        Counts already = new Counts(tally.worksThere, tally.reportsThere, tally.nominationsThere);
        Outcome outcome = existing.isEmpty() ? Outcome.LAUNCHED : added.any() ? Outcome.COMPLETED : Outcome.REUSED;
        return new Result(outcome, movement, added, already, List.copyOf(tally.notes),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** What this start added and found; a refusal in a movement launched now fails the start. */
    private static final class Tally {
        final boolean existing;
        final List<String> notes = new ArrayList<>();
        int works;
        int reports;
        int nominations;
        int worksThere;
        int reportsThere;
        int nominationsThere;

        Tally(boolean existing) {
            this.existing = existing;
        }

        void refused(String what, HttpResponse<String> answer, DemoHttp http) {
            if (!existing) {
                throw new IllegalStateException("demo data: emulation-service refused " + what + " ("
                        + answer.statusCode() + "): " + answer.body());
            }
            notes.add("left as changed: " + what + ": " + detail(answer, http));
        }
    }

    /**
     * emulation-service fills its organisation directory from registry events, a little after the registry's
     * import; the bloc and every organisation the plan names must be known before the movement is launched.
     */
    private void awaitParticipants(DemoMovementPlan plan) {
        Set<String> needed = new LinkedHashSet<>();
        plan.works().forEach(w -> needed.add(w.organisationId().toString()));
        plan.nominations().forEach(n -> needed.add(n.nominatedBy().toString()));
        long deadline = System.nanoTime() + knownTimeout.toNanos();
        String path = "movements/eligible-organisations?blocId=" + plan.blocId();
        while (true) {
            HttpResponse<String> answer = emulation.get(path, Set.of(200, 404));
            Set<String> known = new HashSet<>();
            if (answer.statusCode() == 200) {
                emulation.read(answer).forEach(o -> known.add(o.path("id").asText()));
            }
            if (known.containsAll(needed)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                needed.removeAll(known);
                throw new IllegalStateException("demo data: emulation-service did not know the demo bloc's "
                        + "organisations " + needed + " within " + knownTimeout.toSeconds() + " s after the "
                        + "registry's import; it learns organisations from the topic registry.organisations.v1: see "
                        + "emulation-service's log");
            }
            DemoHttp.pause(pollInterval);
        }
    }

    /** The bloc's movement of this plan if an earlier start launched it (a second launch is refused anyway). */
    private Optional<UUID> existingMovement(DemoMovementPlan plan) {
        for (JsonNode movement : emulation.read(emulation.get("movements", Set.of(200)))) {
            if (plan.blocId().toString().equals(movement.path("blocId").asText())
                    && plan.planId().equals(movement.path("planId").asText())) {
                return Optional.of(UUID.fromString(movement.path("id").asText()));
            }
        }
        return Optional.empty();
    }

    private UUID launch(DemoMovementPlan plan) {
        HttpResponse<String> answer = emulation.postJson("movements", plan.launchRequest(), Set.of(201, 409));
        if (answer.statusCode() == 409) {
            // another start launched it between the look-up and the launch
            return existingMovement(plan).orElseThrow(() -> new IllegalStateException("demo data: emulation-service "
                    + "refused the launch as a second one but lists no movement: " + answer.body()));
        }
        return UUID.fromString(emulation.read(answer).path("id").asText());
    }

    private void enterWorks(DemoMovementPlan plan, UUID movement, Tally tally) {
        String base = "movements/" + movement + "/works";
        for (PlannedWork work : plan.works()) {
            HttpResponse<String> list = emulation.get(base + "?organisationId=" + work.organisationId(),
                    Set.of(200, 404, 405));
            if (list.statusCode() != 200) {
                tally.notes.add("works skipped: this emulation-service does not offer GET /" + base + " ("
                        + list.statusCode() + ")");
                return;
            }
            Optional<JsonNode> there = items(emulation.read(list)).stream()
                    .filter(w -> work.title().equals(w.path("title").asText())).findFirst();
            JsonNode registered;
            if (there.isPresent()) {
                tally.worksThere++;
                registered = there.get();
            } else {
                HttpResponse<String> answer = emulation.postJson(base, DemoMovementPlan.workRequest(work),
                        Set.of(201, 409, 422));
                if (answer.statusCode() != 201) {
                    tally.refused("the work \"" + work.title() + "\"", answer, emulation);
                    continue;
                }
                tally.works++;
                registered = emulation.read(answer);
            }
            enterReports(base + "/" + registered.path("id").asText() + "/progress", work, registered, tally);
        }
    }

    /** The reports after the work's last one, in order (a report never goes below the last one's percent). */
    private void enterReports(String path, PlannedWork work, JsonNode registered, Tally tally) {
        String last = registered.path("lastReportedOn").asText("");
        LocalDate lastReported = last.isEmpty() || "null".equals(last) ? null : LocalDate.parse(last);
        for (Report report : work.reports()) {
            if (lastReported != null && !report.reportedOn().isAfter(lastReported)) {
                tally.reportsThere++;
                continue;
            }
            HttpResponse<String> answer = emulation.postJson(path, DemoMovementPlan.reportRequest(report),
                    Set.of(201, 409, 422));
            if (answer.statusCode() == 201) {
                tally.reports++;
            } else {
                tally.refused("the report of " + report.reportedOn() + " on \"" + work.title() + "\"", answer,
                        emulation);
            }
        }
    }

    private void enterNominations(DemoMovementPlan plan, UUID movement, Tally tally) {
        String base = "movements/" + movement + "/nominations";
        HttpResponse<String> list = emulation.get(base, Set.of(200, 404, 405));
        if (list.statusCode() != 200) {
            tally.notes.add("nominations skipped: this emulation-service does not offer GET /" + base + " ("
                    + list.statusCode() + ")");
            return;
        }
        for (PlannedNomination nomination : plan.nominations()) {
            UUID nominee = nomination.member() ? memberAt(nomination) : nomination.nomineeOrganisationId();
            HttpResponse<String> answer = nominate(base, nomination, nominee);
            if (answer.statusCode() == 201) {
                tally.nominations++;
            } else if (answer.statusCode() == 409) {
                tally.nominationsThere++; // one award per nominee per movement: the earlier start's stands
            } else {
                tally.refused("the nomination of " + nomination.nomineeKey() + " by " + nomination.nominatedByKey(),
                        answer, emulation);
            }
        }
    }

    /**
     * A member nominee is refused until emulation-service has the member from the registry's events; the plan's
     * members are ACTIVE, so such a refusal is waited out.
     */
    private HttpResponse<String> nominate(String base, PlannedNomination nomination, UUID nominee) {
        long deadline = System.nanoTime() + knownTimeout.toNanos();
        while (true) {
            HttpResponse<String> answer = emulation.postJson(base,
                    DemoMovementPlan.nominationRequest(nomination, nominee), Set.of(201, 404, 409, 422));
            boolean waiting = nomination.member() && (answer.statusCode() == 404 || answer.statusCode() == 422);
            if (!waiting) {
                return answer;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("demo data: emulation-service did not take the member " + nominee
                        + " of " + nomination.nomineeKey() + " within " + knownTimeout.toSeconds() + " s (it learns "
                        + "members from the topic registry.members.v1): " + detail(answer, emulation));
            }
            DemoHttp.pause(pollInterval);
        }
    }

    /** The FULL, ACTIVE member at the planned place on the registry's list of the cell (the list is by name). */
    private UUID memberAt(PlannedNomination nomination) {
        String path = "organisations/" + nomination.nomineeOrganisationId() + "/members";
        List<JsonNode> eligible = new ArrayList<>();
        for (JsonNode member : registry.read(registry.get(path, Set.of(200)))) {
            if ("FULL".equals(member.path("status").asText()) && "ACTIVE".equals(member.path("state").asText())) {
                eligible.add(member);
            }
        }
        if (eligible.size() <= nomination.place()) {
            throw new IllegalStateException("demo data: the registry lists " + eligible.size() + " full members in "
                    + nomination.nomineeKey() + "; the plan nominates the one at place " + nomination.place());
        }
        return UUID.fromString(eligible.get(nomination.place()).path("id").asText());
    }

    /** A list answer, bare or paged ({@code items}). */
    private static List<JsonNode> items(JsonNode answer) {
        JsonNode array = answer.isArray() ? answer : answer.path("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String detail(HttpResponse<String> answer, DemoHttp http) {
        try {
            String detail = http.read(answer).path("detail").asText("");
            return detail.isEmpty() ? answer.statusCode() + " " + answer.body() : detail;
        } catch (IllegalStateException notJson) {
            return answer.statusCode() + " " + answer.body();
        }
    }
}
