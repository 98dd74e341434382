package vn.dangbo.congress.congress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A round convened above the grassroots (a national round, here a country with one province): it holds the congress
 * of every grassroots organisation below the convener, not of the cells inside grassroots committees, and the
 * convener's congress comes after all of them.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class NationalRoundTest {

    private static ValidatableResponse schedule(String round, Org org, int days, String start, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s",
                         "days": %d, "term": "%s"}
                        """.formatted(round, org.id(), start, days, term))
                .post("/congresses")
                .then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(422).body("errors.field", hasItem(field));
    }

    @Test
    void theRootConvenesTheCongressOfEveryGrassrootsOrganisation() {
        Org country = RegistryFixtures.bloc("Đảng bộ toàn quốc");
        Org province = RegistryFixtures.organisation(country, "BLOC_COMMITTEE", "Đảng bộ tỉnh Hà Giang", "TU");
        Org hospital = RegistryFixtures.grassrootsCommittee(province, "Đảng bộ Bệnh viện tỉnh");
        Org ward = RegistryFixtures.cell(hospital, "Chi bộ Khoa Nội");
        Org school = RegistryFixtures.organisation(province, "GRASSROOTS_CELL", "Chi bộ Trường Tiểu học Quyết Thắng",
                "CB");
        RegistryFixtures.awaitKnown(country, province, hospital, ward, school);
        String round = RoundFixtures.withoutPilot(country);

        refused(schedule(round, ward, 1, "2020-04-10", "2020-2022"), "organisationId")
                .body("detail", equalTo("Đợt đại hội của Đảng bộ toàn quốc gồm đại hội của đảng bộ và các chi bộ "
                        + "trực thuộc; Chi bộ Khoa Nội không thuộc đợt đại hội này"));
        refused(schedule(round, province, 1, "2020-04-10", "2020-2022"), "organisationId");
        refused(schedule(round, country, 2, "2020-06-15", "2020-2025"), "startDate")
                .body("detail", equalTo("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại "
                        + "hội: Chi bộ Trường Tiểu học Quyết Thắng, Đảng bộ Bệnh viện tỉnh"));

        String hospitalCongress = schedule(round, hospital, 2, "2020-04-20", "2020-2022").statusCode(201)
                .body("endDate", equalTo("2020-04-21")).extract().path("id");
        refused(schedule(round, country, 2, "2020-06-15", "2020-2025"), "startDate")
                .body("detail", equalTo("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại "
                        + "hội: Chi bộ Trường Tiểu học Quyết Thắng"));
        refused(schedule(round, school, 2, "2020-04-10", "2020-2022"), "days");
        schedule(round, school, 1, "2020-04-10", "2020-2022").statusCode(201);
        schedule(round, country, 2, "2020-06-15", "2020-2025").statusCode(201);

        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Thay đổi kế hoạch\"}")
                .post("/congresses/{id}/cancel", hospitalCongress)
                .then().statusCode(422)
                .body("detail", equalTo("Đại hội đảng bộ đã được lên lịch sau đại hội chi bộ này; hủy hoặc dời đại hội "
                        + "đảng bộ trước"));
    }

    @Inject
    RoundReads reads;

    /** A congress that orders the round (here the committee's) holds it still: another waits until it commits. */
    @Test
    void aCongressThatOrdersTheRoundHoldsItUntilItCommits() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Công Thương");
        Org cell = RegistryFixtures.cell(office, "Chi bộ Văn phòng Sở");
        RegistryFixtures.awaitKnown(bloc, office, cell);
        String round = RoundFixtures.withoutPilot(office);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            reads.lock(UUID.fromString(round), true);
            locked.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        locked.await(30, TimeUnit.SECONDS);
        CompletableFuture<Integer> scheduling = CompletableFuture.supplyAsync(
                () -> schedule(round, cell, 1, "2020-04-10", "2020-2022").extract().statusCode());

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !scheduling.isDone());
        release.countDown();
        holder.get(30, TimeUnit.SECONDS);
        assertEquals(201, scheduling.get(30, TimeUnit.SECONDS));
    }
}
