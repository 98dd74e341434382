package vn.dangbo.demodata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.demodata.DemoEventsPlan.Guest;
import vn.dangbo.demodata.DemoEventsPlan.PlannedEvent;
import vn.dangbo.demodata.DemoEventsPlan.PlannedTeam;

/**
 * Enters the seed's seminar, meeting and tournament ({@link DemoEventsPlan}) into the demo movement through
 * emulation-service's public API, after {@link DemoMovementLoader}: schedules each event the movement lacks, adds the
 * guests not there yet to their groups (and the seminar's chosen cells when it is scheduled now), builds the invitees
 * from the groups; creates the tournament unless the movement has it and registers each team whose organisations
 * have none, its roster from the registry's list of their members (retried while emulation-service has not learnt
 * them from {@code registry.members.v1}). A second start finds everything and adds nothing. A part whose endpoint the
 * running emulation-service does not offer is skipped with a note.
 */
public final class DemoEventsLoader {

    private static final Duration DEFAULT_KNOWN_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(250);
    private static final Set<Integer> NOT_OFFERED = Set.of(404, 405);

    /**
     * @param added what this start entered: events scheduled, guests, tournaments (0 or 1), teams
     * @param notes parts skipped (an endpoint not offered) or refused in a movement an office has changed
     */
    public record Result(Counts added, Counts already, List<String> notes, Duration took) {

        public String describe() {
            StringBuilder text = new StringBuilder(added.any()
                    ? String.format("the seminar, meeting and tournament: %s added (%s already there) in %.1f s",
                            added.describe(), already.describe(), took.toMillis() / 1000.0)
                    : String.format("the seminar, meeting and tournament and their %s were there; nothing added",
                            already.describe()));
            notes.forEach(note -> text.append("\n  ").append(note));
            return text.toString();
        }
    }

    public record Counts(int events, int guests, int tournaments, int teams) {

        boolean any() {
            return events + guests + tournaments + teams > 0;
        }

        String describe() {
            return events + " events, " + guests + " guests, " + tournaments + " tournament, " + teams + " teams";
        }
    }

    private final DemoHttp emulation;
    private final DemoHttp registry;
    private final Duration knownTimeout;
    private final Duration pollInterval;
    /** What the current {@link #load} found and did (events, guests, tournaments, teams). */
    private final List<String> notes = new ArrayList<>();
    private final int[] added = new int[4];
    private final int[] already = new int[4];

    public DemoEventsLoader(String emulationBaseUrl, String registryBaseUrl, String adminToken) {
        this(emulationBaseUrl, registryBaseUrl, adminToken, DEFAULT_KNOWN_TIMEOUT, DEFAULT_POLL_INTERVAL);
    }

    DemoEventsLoader(String emulationBaseUrl, String registryBaseUrl, String adminToken, Duration knownTimeout,
            Duration pollInterval) {
        this.emulation = new DemoHttp(emulationBaseUrl, adminToken);
        this.registry = new DemoHttp(registryBaseUrl, adminToken);
        this.knownTimeout = knownTimeout;
        this.pollInterval = pollInterval;
    }

    /** @param movement the demo movement ({@link DemoMovementLoader.Result#movementId()}) */
    public Result load(UUID movement) {
        long started = System.nanoTime();
        notes.clear();
        java.util.Arrays.fill(added, 0);
        java.util.Arrays.fill(already, 0);
        DemoEventsPlan plan = DemoEventsPlan.seed2024();
        enterEvents(plan, movement);
        enterTournament(plan, movement);
        return new Result(new Counts(added[0], added[1], added[2], added[3]),
                new Counts(already[0], already[1], already[2], already[3]), List.copyOf(notes),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void enterEvents(DemoEventsPlan plan, UUID movement) {
        String base = "movements/" + movement + "/events";
        HttpResponse<String> list = emulation.get(base, Set.of(200, 404, 405));
        if (list.statusCode() != 200) {
            notes.add("events skipped: this emulation-service does not offer GET /" + base + " (" + list.statusCode()
                    + ")");
            return;
        }
        Map<String, String> byKind = new HashMap<>();
        for (JsonNode event : items(emulation.read(list))) {
            byKind.put(event.path("kind").asText(), event.path("id").asText());
        }
        for (PlannedEvent event : plan.events()) {
            boolean now = !byKind.containsKey(event.kind());
            String id = byKind.get(event.kind());
            if (now) {
                HttpResponse<String> answer = emulation.postJson(base, DemoEventsPlan.eventRequest(event),
                        Set.of(201, 409, 422));
                if (answer.statusCode() != 201) {
                    refused("the " + event.kind() + " on " + event.date(), answer);
                    continue;
                }
                added[0]++;
                id = emulation.read(answer).path("id").asText();
            } else {
                already[0]++;
            }
            String eventBase = base + "/" + id;
            int guests = enterGuests(eventBase, event);
            if (now && !event.chosenCells().isEmpty()) {
                chooseCells(eventBase, event);
            }
            if (now || guests > 0) {
                HttpResponse<String> refresh = emulation.postJson(eventBase + "/invitees/refresh", Map.of(),
                        Set.of(200, 201, 404, 405));
                if (NOT_OFFERED.contains(refresh.statusCode())) {
                    notes.add("invitees not built: no POST /" + eventBase + "/invitees/refresh");
                }
            }
        }
    }

    /** The event's guests not there yet (by name), each in its group; how many were added. */
    private int enterGuests(String eventBase, PlannedEvent event) {
        HttpResponse<String> groups = emulation.get(eventBase + "/invitee-groups", Set.of(200, 404, 405));
        HttpResponse<String> guests = emulation.get(eventBase + "/guests", Set.of(200, 404, 405));
        if (groups.statusCode() != 200 || guests.statusCode() != 200) {
            notes.add("guests skipped: this emulation-service does not offer GET /" + eventBase + "/invitee-groups "
                    + "or /guests");
            return 0;
        }
        Set<String> there = new HashSet<>();
        items(emulation.read(guests)).forEach(g -> there.add(g.path("fullName").asText()));
        Map<String, String> external = new LinkedHashMap<>();
        for (JsonNode group : items(emulation.read(groups), "groups")) {
            if ("EXTERNAL".equals(group.path("source").asText())) {
                external.put(group.path("code").asText(), DemoEventsPlan.fold(group.path("label").asText()));
            }
        }
        if (external.isEmpty()) {
            notes.add("guests skipped: the " + event.kind() + " has no group of people outside the registry");
            return 0;
        }
        int count = 0;
        for (Guest guest : event.guests()) {
            if (there.contains(guest.fullName())) {
                already[1]++;
                continue;
            }
            String hint = DemoEventsPlan.fold(guest.groupHint());
            String code = external.entrySet().stream().filter(e -> e.getValue().contains(hint)).map(Map.Entry::getKey)
                    .findFirst().orElse(external.keySet().iterator().next());
            HttpResponse<String> answer = emulation.postJson(eventBase + "/guests",
                    DemoEventsPlan.guestRequest(guest, code), Set.of(201, 409, 422));
            if (answer.statusCode() == 201) {
                added[1]++;
                count++;
            } else {
                refused("the guest " + guest.fullName(), answer);
            }
        }
        return count;
    }

    /** The cells whose secretaries the office invites: the first group chosen by the office. */
    private void chooseCells(String eventBase, PlannedEvent event) {
        HttpResponse<String> groups = emulation.get(eventBase + "/invitee-groups", Set.of(200));
        for (JsonNode group : items(emulation.read(groups), "groups")) {
            if ("CHOSEN_CELL_SECRETARIES".equals(group.path("source").asText())) {
                String path = eventBase + "/invitee-groups/" + group.path("code").asText() + "/cells";
                HttpResponse<String> answer = emulation.send(emulation.request(path)
                        .header("Content-Type", "application/json")
                        .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(organisationIds(event),
                                java.nio.charset.StandardCharsets.UTF_8)).build(), Set.of(200, 204, 404, 405, 422));
                if (answer.statusCode() >= 400) {
                    notes.add("chosen cells not set (" + answer.statusCode() + "): " + answer.body());
                }
                return;
            }
        }
    }

    private static String organisationIds(PlannedEvent event) {
        StringBuilder json = new StringBuilder("{\"organisationIds\":[");
        List<UUID> ids = event.chosenCellIds();
        for (int i = 0; i < ids.size(); i++) {
            json.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append('"');
        }
        return json.append("]}").toString();
    }

    private void enterTournament(DemoEventsPlan plan, UUID movement) {
        String base = "movements/" + movement + "/tournaments";
        HttpResponse<String> list = emulation.get(base, Set.of(200, 404, 405));
        if (list.statusCode() != 200) {
            notes.add("tournament skipped: this emulation-service does not offer GET /" + base + " ("
                    + list.statusCode() + ")");
            return;
        }
        List<JsonNode> existing = items(emulation.read(list));
        String tournament;
        if (existing.isEmpty()) {
            HttpResponse<String> answer = emulation.postJson(base, Map.of(), Set.of(201, 409));
            if (answer.statusCode() != 201) {
                refused("the tournament", answer);
                return;
            }
            added[2]++;
            tournament = emulation.read(answer).path("id").asText();
        } else {
            already[2]++;
            tournament = existing.get(0).path("id").asText();
        }
        String teams = base + "/" + tournament + "/teams";
        HttpResponse<String> registered = emulation.get(teams, Set.of(200, 404, 405));
        if (registered.statusCode() != 200) {
            notes.add("teams skipped: this emulation-service does not offer GET /" + teams);
            return;
        }
        Set<String> taken = new HashSet<>();
        for (JsonNode team : items(emulation.read(registered))) {
            if (!"WITHDRAWN".equals(team.path("state").asText())) {
                team.path("organisations").forEach(o -> taken.add(o.path("id").asText()));
            }
        }
        for (PlannedTeam team : plan.teams()) {
            if (team.organisationIds().stream().anyMatch(id -> taken.contains(id.toString()))) {
                already[3]++;
                continue;
            }
            register(teams, team);
        }
    }

    /** The team with its roster; a refusal while emulation-service does not know a player yet is waited out. */
    private void register(String path, PlannedTeam team) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationIds", team.organisationIds().stream().map(UUID::toString).toList());
        body.put("players", roster(team).stream().map(id -> Map.of("memberId", id)).toList());
        long deadline = System.nanoTime() + knownTimeout.toNanos();
        while (true) {
            HttpResponse<String> answer = emulation.postJson(path, body, Set.of(201, 409, 422));
            if (answer.statusCode() == 201) {
                added[3]++;
                return;
            }
            if (answer.statusCode() == 409 || System.nanoTime() > deadline) {
                refused("the team of " + team.organisationKeys(), answer);
                return;
            }
            DemoHttp.pause(pollInterval);
        }
    }

    /** {@code women} women and {@code men} men of the team's organisations, from the registry's list, in turn. */
    private List<String> roster(PlannedTeam team) {
        List<String> players = new ArrayList<>();
        for (String sex : List.of("FEMALE", "MALE")) {
            int wanted = sex.equals("FEMALE") ? team.women() : team.men();
            List<List<String>> perOrganisation = new ArrayList<>();
            for (UUID organisation : team.organisationIds()) {
                List<String> ids = new ArrayList<>();
                items(registry.read(registry.get("members?organisationId=" + organisation + "&sex=" + sex
                        + "&size=" + wanted, Set.of(200)))).forEach(m -> ids.add(m.path("id").asText()));
                perOrganisation.add(ids);
            }
            for (int i = 0, taken = 0; taken < wanted && i < wanted; i++) {
                for (List<String> ids : perOrganisation) {
                    if (taken < wanted && i < ids.size()) {
                        players.add(ids.get(i));
                        taken++;
                    }
                }
            }
        }
        return players;
    }

    private void refused(String what, HttpResponse<String> answer) {
        notes.add("refused: " + what + " (" + answer.statusCode() + "): " + answer.body());
    }

    private static List<JsonNode> items(JsonNode answer) {
        return items(answer, "items");
    }

    /** A list answer: bare, or in the named field (or {@code items}). */
    private static List<JsonNode> items(JsonNode answer, String field) {
        JsonNode array = answer.isArray() ? answer : answer.has(field) ? answer.path(field) : answer.path("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
