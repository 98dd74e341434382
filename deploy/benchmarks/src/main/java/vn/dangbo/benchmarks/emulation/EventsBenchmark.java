package vn.dangbo.benchmarks.emulation;

import static vn.dangbo.benchmarks.emulation.BenchClient.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * The anniversary's events at their size (issue 14 item 12), run by {@code deploy/benchmarks/events-bench}:
 * emulation-service and docs-service packaged, as the local stack runs them, on an embedded PostgreSQL and Kafka.
 * The registry benchmark's country cut to its first {@code grassroots} organisations (seed 20240510), each with its
 * secretary, and 6 players in each of the first 64, is written into both services' directories with COPY (setup: in
 * service the registry's events fill them); then over the API:
 * <ol>
 * <li>the root's movement and its meeting; the invitees: every grassroots organisation's secretary and the guests
 * imported as CSV (350 in all by default); {@code POST .../invitations/issue} timed until docs-service's invitation
 * batch (GM) number is recorded on the batch in emulation-service (target ≤ 10 s);</li>
 * <li>350 check-ins from 10 parallel scanners, a tenth of the tokens scanned twice: each request timed (p50/p95,
 * target p95 ≤ 50 ms), then the counts checked exact (350 checked in: the second scans changed nothing);</li>
 * <li>64 teams registered, then the draw and the schedule of the 64-team tournament timed (target ≤ 1 s).</li>
 * </ol>
 * Arguments: {@code [grassroots organisations] [guests] [scanners] [teams]} (default 330, 20, 10, 64). Results:
 * stdout lines starting with [benchmark], and {@code deploy/benchmarks/target/events-benchmark.txt}.
 */
public final class EventsBenchmark {

    static final long ISSUE_TARGET_MS = 10_000;
    static final long CHECK_IN_P95_TARGET_MS = 50;
    static final long DRAW_TARGET_MS = 1_000;
    static final int PLAYERS_PER_TEAM = 6;

    private EventsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int grassroots = args.length > 0 ? Integer.parseInt(args[0]) : 330;
        int guests = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int scanners = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int teams = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        if (teams > grassroots) {
            throw new IllegalArgumentException("one team per grassroots organisation: at most " + grassroots);
        }
        Path root = Path.of("").toAbsolutePath();
        List<String> report = BenchClient.newReport();
        long started = System.nanoTime();
        System.out.println("events-bench: starting PostgreSQL, Kafka, emulation-service and docs-service ...");
        DangboStack stack = DangboStack.start(new DangboStack.Settings(root, null, 0, 0, true,
                DangboStack.External.none(), Set.of("registry-service", "congress-service")));
        // the one way the stack stops: at the JVM's exit, after the last phase, a failure, Ctrl-C or a SIGTERM
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "events-bench-stop"));
        String admin = stack.tokens().admin();
        String emulationUrl = stack.service("emulation-service").baseUrl();
        BenchClient emulation = new BenchClient(emulationUrl, admin, report);
        emulation.line("JVM %s, %d processors, load average %.1f at the start; services as the local stack runs them",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        NationalCountry country = setUp(stack, grassroots, teams, emulation);
        try {
            String movement = EmulationBenchmark.id(emulation.post("/movements",
                    java.util.Map.of("planId", "2024-khoi-65-nam", "blocId", country.root)));
            new MeetingLoad(emulation, () -> new BenchClient(emulationUrl, admin, report), movement)
                    .run(grassroots, guests, scanners);
            new TournamentLoad(emulation, country, movement).run(teams);
        } finally {
            keepLogs(stack, root.resolve("deploy/benchmarks/target/events-bench-logs"));
        }
        emulation.line("load average %.1f at the end; total %,d ms",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                ms(started));
        emulation.writeReport(root.resolve("deploy/benchmarks/target/events-benchmark.txt"));
    }

    private static NationalCountry setUp(DangboStack stack, int grassroots, int teams, BenchClient out)
            throws Exception {
        long started = System.nanoTime();
        NationalCountry country = NationalCountry.generate(grassroots);
        country.addPlayers(teams, PLAYERS_PER_TEAM);
        for (String database : List.of("emulation", "docs")) {
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl(database), stack.databaseUser(),
                    stack.databasePassword())) {
                c.setAutoCommit(false);
                country.loadDirectory(c);
                if (database.equals("emulation")) {
                    country.loadMembers(c);
                    country.loadPlayers(c);
                    country.loadSecretaries(c);
                }
                c.commit();
                try (Statement s = c.createStatement()) {
                    s.execute("analyze");
                }
            }
        }
        out.line("directory: %,d organisations (%,d grassroots, each with its secretary) and %,d members (%d teams' "
                + "players) written with COPY into emulation-service's and docs-service's directories in %,d ms "
                + "(setup: in service the registry's events fill them)", country.size(), grassroots,
                country.member.size() + teams * PLAYERS_PER_TEAM, teams, ms(started));
        return country;
    }

    /** The services' logs outlive the temporary stack, to read after a run. */
    private static void keepLogs(DangboStack stack, Path target) throws java.io.IOException {
        Files.createDirectories(target);
        try (var logs = Files.list(stack.dataDir().resolve("logs"))) {
            for (Path log : logs.toList()) {
                Files.copy(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** p-th percentile (nearest rank) of sorted times. */
    static long percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
