package vn.dangbo.registry.benchmark;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.organisation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The registry at scale: imports {@code dangbo.bench.members} members (default 20,000) into a bloc of
 * grassroots committees and cells, then times what users do most: name search, keyset paging, counts and
 * badges over the whole subtree. Run with {@code deploy/benchmarks/registry-bench [members]}; not part of
 * the normal build (tag "benchmark"). Results: stdout and registry-service/target/benchmark.txt.
 */
@Tag("benchmark")
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RegistryBenchmark {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Nông", "Sùng"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Thanh", "Ngọc", "Hữu", "Quang"};
    private static final String[] GIVEN = {"An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải",
        "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Long", "Mai", "Nam", "Ngọc", "Phong", "Quân", "Thảo", "Trang",
        "Tuấn", "Vân", "Yến"};
    private static final String[] ETHNICITY = {"Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái", "Mường", "H'Mông"};
    private static final int MEMBERS_PER_CELL = 25;
    private static final int CELLS_PER_COMMITTEE = 12;

    private final List<String> report = new ArrayList<>();

    @Test
    void registryAtScale() throws IOException {
        int members = Integer.getInteger("dangbo.bench.members", 20_000);
        Random random = new Random(20240510);
        long started = System.nanoTime();
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối (benchmark)", "ĐUK");
        List<UUID> cells = new ArrayList<>();
        int cellCount = Math.max(1, members / MEMBERS_PER_CELL);
        UUID committee = null;
        for (int c = 0; c < cellCount; c++) {
            if (c % CELLS_PER_COMMITTEE == 0) {
                committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ số " + (c / CELLS_PER_COMMITTEE + 1), "ĐU");
            }
            cells.add(organisation(committee, "CELL", "Chi bộ số " + (c + 1), "CB"));
        }
        line("tree: %d cells under %d committees in %d ms", cellCount,
                (cellCount + CELLS_PER_COMMITTEE - 1) / CELLS_PER_COMMITTEE, ms(started));

        Path csv = Files.createTempFile("bench-", ".csv");
        StringBuilder out = new StringBuilder("organisationId,fullName,birthDate,sex,ethnicity,nationalId,admittedOn,fullMemberOn\n");
        long nationalIdBase = 100_000_000_000L + (System.nanoTime() % 1_000_000_000L) * 100;
        for (int i = 0; i < members; i++) {
            LocalDate birth = LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
            LocalDate admitted = birth.plusYears(20 + random.nextInt(20)).plusDays(random.nextInt(300));
            if (admitted.isAfter(LocalDate.now().minusMonths(1))) {
                admitted = LocalDate.now().minusMonths(1 + random.nextInt(11));
            }
            boolean full = admitted.plusYears(1).isBefore(LocalDate.now());
            boolean female = random.nextBoolean();
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + (female ? "Thị" : MIDDLE[random.nextInt(MIDDLE.length)])
                    + " " + GIVEN[random.nextInt(GIVEN.length)];
            out.append(cells.get(i % cells.size())).append(',').append(name).append(',').append(birth).append(',')
                    .append(female ? "FEMALE" : "MALE").append(',').append(ETHNICITY[random.nextInt(ETHNICITY.length)])
                    .append(',').append(String.format("%012d", nationalIdBase + i)).append(',').append(admitted)
                    .append(',').append(full ? admitted.plusYears(1).toString() : "").append('\n');
        }
        Files.writeString(csv, out, StandardCharsets.UTF_8);

        long importStart = System.nanoTime();
        String job = given().auth().oauth2(admin()).contentType("text/csv").body(csv.toFile())
                .post("/imports/members").then().statusCode(202).extract().path("id");
        JsonPath done = await().atMost(Duration.ofHours(2)).pollInterval(Duration.ofSeconds(1)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + job).then().extract().jsonPath(),
                j -> List.of("DONE", "REJECTED", "FAILED").contains(j.getString("status")));
        assertEquals("DONE", done.getString("status"), done.getString("message"));
        assertEquals(members, done.getInt("imported"));
        long importMs = ms(importStart);
        line("import: %d members in %d ms (%.0f rows/s, checked then written in one transaction)", members, importMs,
                members * 1000.0 / Math.max(1, importMs));

        time("name search \"nguyen van an\" in the bloc (first page of 50)", 30,
                () -> given().auth().oauth2(admin()).get("/members?q=nguyen van an&organisationId=" + bloc).then()
                        .statusCode(200));
        time("name search \"thi\" + sex + birth range (first page of 50)", 30,
                () -> given().auth().oauth2(admin())
                        .get("/members?q=thi&sex=FEMALE&bornFrom=1960-01-01&bornTo=1980-12-31&organisationId=" + bloc)
                        .then().statusCode(200));
        long pagingStart = System.nanoTime();
        String cursor = null;
        for (int page = 0; page < 20; page++) {
            String next = given().auth().oauth2(admin()).queryParam("organisationId", bloc).queryParam("size", 100)
                    .queryParams(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", cursor))
                    .get("/members").then().statusCode(200).extract().path("nextCursor");
            cursor = next;
        }
        line("keyset paging: 20 pages of 100 in Vietnamese order in %d ms", ms(pagingStart));
        time("counts of the whole bloc (subtree) today", 5,
                () -> given().auth().oauth2(admin()).get("/organisations/" + bloc + "/counts?scope=subtree").then()
                        .statusCode(200));
        time("badges of the whole bloc for one year", 5,
                () -> given().auth().oauth2(admin()).get("/organisations/" + bloc + "/badges?from=2025-01-01&to=2025-12-31")
                        .then().statusCode(200));
        time("export of the whole bloc as CSV", 1,
                () -> given().auth().oauth2(admin()).get("/exports/members?organisationId=" + bloc).then()
                        .statusCode(200));
        line("total %d ms", ms(started));
        Files.write(Path.of("target", "benchmark.txt"), report, StandardCharsets.UTF_8);
        Files.deleteIfExists(csv);
    }

    private void time(String what, int runs, Runnable call) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = ms(start);
        }
        Arrays.sort(times);
        line("%s: median %d ms, max %d ms over %d runs", what, times[runs / 2], times[runs - 1], runs);
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        report.add(text);
        System.out.println("[benchmark] " + text);
    }

    private static long ms(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
