package vn.dangbo.registry.benchmark;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import vn.dangbo.kit.persistence.CopyStream;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.registry.member.MemberBulkWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The registry at national scale (issue 3 item 10), run by {@code deploy/benchmarks/registry-bench}; not part of
 * the normal build (tag "benchmark"). Generates a deterministic country — 63 provinces, 52,000 grassroots
 * organisations, about 300,000 cells, {@code dangbo.bench.members} members (default 5.6 million) — then:
 * <ol>
 * <li>imports the member file through the API (upload, row checks, bulk write, as an office would) and times it
 * from upload to the job's end;</li>
 * <li>copies out the rows the import wrote, empties those tables and loads the same rows with a raw COPY into
 * the same tables (same indexes and triggers) in one transaction: the import's rate against COPY's;</li>
 * <li>times name searches (p50/p95 per kind and overall) and subtree counts at the root and at provinces.</li>
 * </ol>
 * Results: stdout lines starting with [benchmark], and registry-service/target/benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class NationalBenchmark {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Nông", "Sùng", "Đinh", "Trịnh", "Mai", "Tạ"};
    static final String[] MIDDLE = {"Văn", "Đức", "Minh", "Thanh", "Ngọc", "Hữu", "Quang", "Công", "Xuân", "Hoài"};
    static final String[] GIVEN = {"An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hoa",
        "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Ngọc", "Phong", "Quân", "Thảo", "Trang", "Tuấn", "Vân", "Yến",
        "Khánh", "Linh", "Sơn", "Thắng", "Trung", "Việt", "Dung", "Huyền", "Nga", "Oanh", "Phúc", "Tâm", "Thủy"};
    static final String[] ETHNICITY = {"Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày",
        "Thái", "Mường", "Khmer", "H'Mông", "Nùng", "Dao"};
    static final int PROVINCES = 63;
    static final int GRASSROOTS = 52_000;
    /** Of the grassroots organisations, one in five is a grassroots cell (members directly), the rest committees. */
    static final int CELLS_PER_COMMITTEE_MAX = 9;
    static final LocalDate TODAY = LocalDate.now();
    static final java.util.regex.Pattern NEXT_CURSOR = java.util.regex.Pattern.compile("\"nextCursor\":\"([^\"]+)\"}$");

    @Inject
    AgroalDataSource dataSource;

    private final List<String> report = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String token;

    @Test
    void nationalScale() throws Exception {
        int members = Integer.getInteger("dangbo.bench.members", 5_600_000);
        token = admin();
        Path work = Files.createDirectories(Path.of("target", "national-benchmark"));
        long started = System.nanoTime();
        line("dataset: %,d members, %d provinces, %,d grassroots organisations (seed 20240510)", members, PROVINCES,
                GRASSROOTS);

        Country country = Country.generate(new Random(20240510));
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            country.load(c);
            c.commit();
        }
        line("tree: %,d organisations (%,d holding members) loaded with COPY in %,d ms", country.size(),
                country.cells.size(), ms(started));

        Path csv = work.resolve("members.csv");
        long generating = System.nanoTime();
        List<String> sampleNames = country.writeMembers(csv, members, new Random(5_600_000));
        line("member file: %,d rows, %,d MB, written in %,d ms", members, Files.size(csv) >> 20, ms(generating));

        // 1. the import, as an office runs it
        long importStart = System.nanoTime();
        String job = upload(csv);
        JsonPath done = await().atMost(Duration.ofHours(6)).pollInterval(Duration.ofSeconds(2)).until(
                () -> JsonPath.from(get("/imports/" + job)),
                j -> List.of("DONE", "REJECTED", "FAILED").contains(j.getString("status")));
        long importMs = ms(importStart);
        assertEquals("DONE", done.getString("status"), done.getString("message"));
        assertEquals(members, done.getInt("imported"));
        double importRate = members * 1000.0 / importMs;
        line("import through the API: %,d members in %,d ms = %,.0f rows/s (upload, every row checked, then "
                + "member + history + 2 events + audit written in one transaction)", members, importMs, importRate);

        // 2. a raw COPY of the same rows into the same tables
        Map<String, Path> dumps = new LinkedHashMap<>();
        Map<String, String> columns = new LinkedHashMap<>();
        long dumping = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : MemberBulkWriter.TABLES) {
                String cols = insertableColumns(c, table);
                columns.put(table, cols);
                Path file = work.resolve(table + ".copy");
                try (OutputStream out = Files.newOutputStream(file)) {
                    copy.copyOut("copy " + table + " (" + cols + ") to stdout", out);
                }
                dumps.put(table, file);
            }
        }
        line("rows the import wrote, copied out in %,d ms: %s", ms(dumping), sizes(dumps));
        long copyMs;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // with what the triggers derived from them (tallies, name keys): the COPY's triggers write them again
                s.execute("truncate " + String.join(", ", MemberBulkWriter.TABLES)
                        + ", subtree_tally, subtree_birthday_tally, member_name_key cascade");
            }
            c.commit();
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            long copyStart = System.nanoTime();
            StringBuilder perTable = new StringBuilder();
            for (Map.Entry<String, Path> dump : dumps.entrySet()) {
                long tableStart = System.nanoTime();
                try (InputStream in = Files.newInputStream(dump.getValue())) {
                    copy.copyIn("copy " + dump.getKey() + " (" + columns.get(dump.getKey()) + ") from stdin", in);
                }
                perTable.append(perTable.length() == 0 ? "" : ", ").append(dump.getKey()).append(' ')
                        .append(ms(tableStart)).append(" ms");
                // the truncated tables look empty to the planner: without this, the foreign key checks of the next
                // table were planned on a member table of "no" rows and scanned a whole index per row
                try (Statement s = c.createStatement()) {
                    s.execute("analyze " + dump.getKey());
                }
            }
            c.commit();
            copyMs = ms(copyStart);
            line("COPY per table: %s", perTable);
        }
        double copyRate = members * 1000.0 / copyMs;
        line("raw COPY of the same rows into the same tables (indexes, triggers), one transaction: %,d ms = "
                + "%,.0f members/s", copyMs, copyRate);
        line("import rate / COPY rate = %.0f%% (target at least 50%%)", 100 * importRate / copyRate);
        for (Path dump : dumps.values()) {
            Files.deleteIfExists(dump);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long analysing = System.nanoTime();
            // the test server commits asynchronously: until the COPY's commit reaches the disk, vacuum may not mark
            // its rows visible to all, and every index-only read of the searches would then go to the table too
            // (a production server commits synchronously, and autovacuum comes later)
            s.execute("checkpoint");
            s.execute("vacuum analyze member");
            s.execute("vacuum analyze member_event");
            s.execute("vacuum analyze member_name_key");
            s.execute("vacuum analyze organisation");
            s.execute("vacuum analyze subtree_tally");
            s.execute("vacuum analyze subtree_birthday_tally");
            line("vacuum analyze after the load: %,d ms", ms(analysing));
            try (var r = s.executeQuery("select relpages, relallvisible from pg_class where relname = 'member' "
                    + "and relnamespace = current_schema()::regnamespace")) {
                r.next();
                line("member table pages visible to all (index-only reads): %,d of %,d", r.getLong(2), r.getLong(1));
            }
        }

        // 3. what users do: search and counts
        Random pick = new Random(7);
        UUID province = country.provinces.get(0);
        List<Long> all = new ArrayList<>();
        Map<String, Supplier<String>> searches = new LinkedHashMap<>();
        Supplier<String> sampleName = () -> encode(fold(sampleNames.get(pick.nextInt(sampleNames.size()))));
        searches.put("full name, whole country", () -> "q=" + sampleName.get());
        searches.put("middle + given name, whole country", () -> {
            String[] n = fold(sampleNames.get(pick.nextInt(sampleNames.size()))).split(" ");
            return "q=" + encode(n[n.length - 2] + " " + n[n.length - 1]);
        });
        searches.put("given name in a province", () -> "q=" + encode(fold(GIVEN[pick.nextInt(GIVEN.length)]))
                + "&organisationId=" + country.provinces.get(pick.nextInt(PROVINCES)));
        searches.put("full name in a province", () -> "q=" + sampleName.get()
                + "&organisationId=" + country.provinces.get(pick.nextInt(PROVINCES)));
        searches.put("women born 1970-1979 in a province", () -> "sex=FEMALE&bornFrom=1970-01-01&bornTo=1979-12-31"
                + "&organisationId=" + country.provinces.get(pick.nextInt(PROVINCES)));
        searches.put("an ethnicity in a province", () -> "ethnicity=" + encode(ETHNICITY[8 + pick.nextInt(7)])
                + "&organisationId=" + country.provinces.get(pick.nextInt(PROVINCES)));
        searches.put("list of a grassroots committee", () -> "organisationId="
                + country.committees.get(pick.nextInt(country.committees.size())));
        for (Map.Entry<String, Supplier<String>> kind : searches.entrySet()) {
            int[] found = {0};
            all.addAll(time("search: " + kind.getKey(), 60, () -> {
                if (!get("/members?" + kind.getValue().get()).startsWith("{\"items\":[]")) {
                    found[0]++;
                }
            }));
            // an empty page is quick: the figures only mean something if the searches find members
            line("  %d of 61 pages had members", found[0]);
        }
        String[] cursor = {null};
        all.addAll(time("search: next page (keyset) of a province list", 60, () -> {
            String page = get("/members?organisationId=" + province
                    + (cursor[0] == null ? "" : "&cursor=" + encode(cursor[0])));
            // the cursor read off the end of the body: parsing the whole page here would time the client
            java.util.regex.Matcher next = NEXT_CURSOR.matcher(page);
            cursor[0] = next.find() ? next.group(1) : null;
        }));
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        line("search overall: p50 %d ms, p95 %d ms over %d requests (target p95 at most 50 ms)",
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted.length);

        time("counts of the whole country (subtree) today", 30,
                () -> get("/organisations/" + country.root + "/counts?scope=subtree"));
        time("counts of a province (subtree) today", 30, () -> get("/organisations/"
                + country.provinces.get(pick.nextInt(PROVINCES)) + "/counts?scope=subtree"));
        time("counts of a grassroots committee (subtree) today", 30, () -> get("/organisations/"
                + country.committees.get(pick.nextInt(country.committees.size())) + "/counts?scope=subtree"));
        JsonPath whole = JsonPath.from(get("/organisations/" + country.root + "/counts?scope=subtree"));
        assertEquals(members, whole.getInt("total"), "every member counted once");
        line("total %,d ms", ms(started));
        Files.write(Path.of("target", "benchmark.txt"), report, StandardCharsets.UTF_8);
        Files.deleteIfExists(csv);
    }

    /**
     * A GET as a client keeping its connection open makes it; every call of the benchmark goes this way, as the
     * timed ones must (rest-assured opens a connection and builds its response model per call, which cost more than
     * many of the searches themselves).
     * @return the body, after checking the status is 200
     */
    private String get(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + pathAndQuery))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A query value percent-encoded (a space as %20, not the form encoding's +). */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Streams the file to the import endpoint (a national file does not fit a request body in memory). */
    private String upload(Path csv) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/imports/members"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).timeout(Duration.ofHours(1)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());
        return JsonPath.from(response.body()).getString("id");
    }

    /** The columns a row insert gives (not the generated identity). */
    private static String insertableColumns(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var rs = c.createStatement().executeQuery("select column_name from information_schema.columns "
                + "where table_name = '" + table + "' and is_identity = 'NO' order by ordinal_position")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return String.join(", ", names);
    }

    private static String sizes(Map<String, Path> dumps) throws IOException {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, Path> d : dumps.entrySet()) {
            s.append(s.length() == 0 ? "" : ", ").append(d.getKey()).append(' ')
                    .append(Files.size(d.getValue()) >> 20).append(" MB");
        }
        return s.toString();
    }

    private List<Long> time(String what, int runs, Runnable call) {
        call.run(); // warm-up: the first call of a kind pays for query planning and cold pages
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = ms(start);
        }
        List<Long> list = Arrays.stream(times).boxed().toList();
        Arrays.sort(times);
        line("%s: p50 %d ms, p95 %d ms, max %d ms over %d runs", what, times[runs / 2],
                times[(int) Math.ceil(runs * 0.95) - 1], times[runs - 1], runs);
        return list;
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String fold(String name) {
        return VietnameseText.fold(name);
    }

    /** The generated tree: a root, its provinces, their grassroots organisations and cells. */
    static final class Country {

        final UUID root = id("root");
        final List<UUID> provinces = new ArrayList<>();
        final List<UUID> committees = new ArrayList<>();
        final List<UUID> cells = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>();

        static UUID id(String key) {
            return UUID.nameUUIDFromBytes(("dangbo-bench:" + key).getBytes(StandardCharsets.UTF_8));
        }

        static Country generate(Random random) {
            Country c = new Country();
            c.add(c.root, null, "/" + c.root + "/", "BLOC_COMMITTEE", "Đảng bộ toàn quốc (dữ liệu đo)", "ĐB");
            for (int p = 0; p < PROVINCES; p++) {
                UUID province = id("province-" + p);
                c.provinces.add(province);
                c.add(province, c.root, "/" + c.root + "/" + province + "/", "BLOC_COMMITTEE",
                        "Đảng bộ tỉnh số " + (p + 1), "TU");
            }
            for (int g = 0; g < GRASSROOTS; g++) {
                UUID province = c.provinces.get(g % PROVINCES);
                String provincePath = "/" + c.root + "/" + province + "/";
                UUID grassroots = id("grassroots-" + g);
                String path = provincePath + grassroots + "/";
                if (g % 5 == 4) {
                    c.add(grassroots, province, path, "GRASSROOTS_CELL", "Chi bộ cơ sở số " + (g + 1), "CB");
                    c.cells.add(grassroots);
                    continue;
                }
                c.add(grassroots, province, path, "GRASSROOTS_COMMITTEE", "Đảng bộ cơ sở số " + (g + 1), "ĐU");
                c.committees.add(grassroots);
                int cellCount = 5 + random.nextInt(CELLS_PER_COMMITTEE_MAX - 4);
                for (int k = 0; k < cellCount; k++) {
                    UUID cell = id("cell-" + g + "-" + k);
                    c.add(cell, grassroots, path + cell + "/", "CELL", "Chi bộ " + (k + 1) + " (ĐBCS " + (g + 1) + ")",
                            "CB");
                    c.cells.add(cell);
                }
            }
            return c;
        }

        void add(UUID id, UUID parent, String path, String type, String name, String shortCode) {
            rows.add(new Object[] {id, parent, path, type, name, shortCode});
        }

        int size() {
            return rows.size();
        }

        void load(Connection connection) {
            try (CopyStream copy = CopyStream.open(connection,
                    "organisation (id, parent_id, path, type, name, short_code, status, term, version)")) {
                for (Object[] r : rows) {
                    copy.field((UUID) r[0]).field((UUID) r[1]).field((String) r[2]).field((String) r[3])
                            .field((String) r[4]).field((String) r[5]).field("ACTIVE").field("2020-2025").field(0L);
                    copy.endRow();
                }
            }
        }

        /** Writes the member file; @return some of the names written, to search for */
        List<String> writeMembers(Path csv, int members, Random random) throws IOException {
            List<String> sample = new ArrayList<>();
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("organisationId,fullName,birthDate,sex,ethnicity,religion,nationalId,phone,partyCardNumber,"
                        + "admittedOn,fullMemberOn,jobTitle,workplace\n");
                LocalDate latestAdmission = TODAY.minusMonths(1);
                for (int i = 0; i < members; i++) {
                    boolean female = random.nextInt(100) < 36;
                    String name = FAMILY[random.nextInt(FAMILY.length)] + " "
                            + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)]) + " "
                            + GIVEN[random.nextInt(GIVEN.length)];
                    if (i % 20_000 == 0) {
                        sample.add(name);
                    }
                    LocalDate birth = LocalDate.of(1935 + random.nextInt(70), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
                    LocalDate admitted = birth.plusYears(18 + random.nextInt(25)).plusDays(random.nextInt(365));
                    if (admitted.isAfter(latestAdmission)) {
                        admitted = latestAdmission.minusDays(random.nextInt(3000));
                        if (admitted.isBefore(birth.plusYears(18))) {
                            admitted = birth.plusYears(18);
                        }
                    }
                    LocalDate fullOn = admitted.plusYears(1);
                    boolean full = !fullOn.isAfter(TODAY);
                    out.write(cells.get(random.nextInt(cells.size())).toString());
                    out.write(',');
                    out.write(name);
                    out.write(',');
                    out.write(birth.toString());
                    out.write(female ? ",Nữ," : ",Nam,");
                    out.write(ETHNICITY[random.nextInt(ETHNICITY.length)]);
                    out.write(random.nextInt(10) == 0 ? ",Phật giáo," : ",Không,");
                    out.write(String.format("%012d", 1_000_000_000L + i));
                    out.write(",0");
                    out.write(String.format("%09d", 900_000_000L + i % 99_999_999));
                    out.write(',');
                    out.write(Integer.toString(10_000_000 + i));
                    out.write(',');
                    out.write(admitted.toString());
                    out.write(',');
                    out.write(full ? fullOn.toString() : "");
                    out.write(",Chuyên viên,Cơ quan số ");
                    out.write(Integer.toString(i % 5000));
                    out.write('\n');
                }
            }
            return sample;
        }
    }
}
