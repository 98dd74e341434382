package vn.dangbo.benchmarks.emulation;

import static vn.dangbo.benchmarks.emulation.BenchClient.expect;
import static vn.dangbo.benchmarks.emulation.BenchClient.ms;
import static vn.dangbo.benchmarks.emulation.BenchClient.read;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The 64-team tournament: the teams registered, then the draw and the schedule timed. */
final class TournamentLoad {

    /** Redraws after the first: a draw is redone until the schedule is published. */
    private static final int REDRAWS = 3;
    /** The finals' 2 days on 8 courts: a 64-team draw's 128 matches do not fit the plan's 2 courts. */
    private static final Map<String, Object> SCHEDULE = Map.of("days", 2, "courts", 8);

    private final BenchClient api;
    private final NationalCountry country;
    private final String movement;

    TournamentLoad(BenchClient api, NationalCountry country, String movement) {
        this.api = api;
        this.country = country;
        this.movement = movement;
    }

    void run(int teams) throws Exception {
        String tournament = EmulationBenchmark.id(api.post("/movements/" + movement + "/tournaments", Map.of()));
        String base = "/movements/" + movement + "/tournaments/" + tournament;
        long registering = System.nanoTime();
        for (int g = 0; g < teams; g++) {
            List<Map<String, Object>> players = new ArrayList<>();
            for (UUID player : country.players.get(g)) {
                players.add(Map.of("memberId", player.toString()));
            }
            Map<String, Object> team = new LinkedHashMap<>();
            team.put("organisationIds", List.of(country.grassroots.get(g).toString()));
            team.put("players", players);
            expect(api.post(base + "/teams", team), 201);
        }
        api.line("%d teams of %d players registered through POST .../teams in %,d ms", teams,
                EventsBenchmark.PLAYERS_PER_TEAM, ms(registering));

        long[] times = new long[REDRAWS + 1];
        int drawn = 0;
        String refused = null;
        for (int run = 0; run <= REDRAWS && refused == null; run++) {
            long started = System.nanoTime();
            HttpResponse<String> draw = api.post(base + "/draw", Map.of("randomSeed", 20240504L + run));
            if (run > 0 && draw.statusCode() >= 400) {
                refused = draw.statusCode() + " " + BenchClient.abbreviate(draw.body());
                break;
            }
            expect(draw, 200, 201);
            long drew = ms(started);
            expect(api.post(base + "/schedule", SCHEDULE), 200, 201);
            times[run] = ms(started);
            drawn++;
            if (run == 0) {
                int matches = MeetingLoad.items(read(expect(api.get(base + "/matches"), 200)), "matches").size();
                api.line("first draw and schedule of %d teams (%d matches, %s): draw answered in %,d ms, schedule "
                        + "%,d ms after it, %,d ms in all — %s: at most %,d ms", teams, matches, SCHEDULE, drew,
                        times[0] - drew, times[0], EmulationBenchmark.verdict(times[0],
                                EventsBenchmark.DRAW_TARGET_MS), EventsBenchmark.DRAW_TARGET_MS);
            }
        }
        if (drawn > 1) {
            long[] again = Arrays.copyOfRange(times, 1, drawn);
            Arrays.sort(again);
            api.line("redrawn and rescheduled %d more times (another random seed each): median %,d ms, max %,d ms "
                    + "— %s", drawn - 1, again[again.length / 2], again[again.length - 1],
                    EmulationBenchmark.verdict(again[again.length - 1], EventsBenchmark.DRAW_TARGET_MS));
        }
        if (refused != null) {
            api.line("a redraw was refused (%s): the first draw's figure only", refused);
        }
    }
}
