package vn.dangbo.docs.notice;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.CongressFixtures.AttendeeRow;
import vn.dangbo.docs.CongressFixtures.Congress;
import vn.dangbo.docs.CongressFixtures.Convener;
import vn.dangbo.docs.CongressFixtures.Sent;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.kit.messaging.IdempotentConsumer;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * congress.scheduled with its agenda and attendees, as congress-service's schema defines them (every fixture is
 * validated against the producer's file): a congress gets exactly one notice, one programme and, when all members
 * attend, one attendee list, however often the event arrives and on however many replicas.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class CongressPapersContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime MORNING_UTC = OffsetDateTime.parse("2020-03-02T02:00:00Z");
    private static final List<AttendeeRow> CELL_I = List.of(
            new AttendeeRow("Nguyễn Hữu Long", "FULL", "Chi bộ I"),
            new AttendeeRow("Lò Thị Xuân", "FULL", "Chi bộ I"),
            new AttendeeRow("Hoàng Văn Đức", "PROBATIONARY", "Chi bộ I"));

    @Inject
    CongressNoticeService notices;

    @Inject
    IdempotentConsumer idempotent;

    @Inject
    EntityManager entityManager;

    @Test
    void anAllMemberCongressGetsOneNoticeOneProgrammeAndOneAttendeeListEvenDeliveredTwice() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Văn phòng UBND tỉnh");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ I", LocalDate.of(2020, 3, 20));
        Sent sent = CongressFixtures.scheduled(UUID.randomUUID().toString(), congress, CongressFixtures.CELL_AGENDA,
                CELL_I, MORNING_UTC);

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(congress.id().toString(), 3);
        assertEquals(List.of("TB", "CTr", "DS"), types(documents));
        // the notice in the convener's notice run; the programme and the list in the congress' own run
        assertEquals(List.of("01-TB/ĐU", "01-CTr/ĐU", "02-DS/ĐU"), documents.stream().map(d -> d.get("symbol"))
                .toList());
        assertEquals("Chương trình đại hội Chi bộ I nhiệm kỳ 2020-2022", documents.get(1).get("title"));
        assertEquals("Danh sách đảng viên dự Đại hội Chi bộ I nhiệm kỳ 2020-2022", documents.get(2).get("title"));

        String programme = pdfText((String) documents.get(1).get("id"), "programme");
        for (String expected : List.of("ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", "CHƯƠNG TRÌNH", "Số 01-CTr/ĐU",
                "Đại hội Chi bộ I nhiệm kỳ 2020-2022", "Thời gian: ngày 20 tháng 3 năm 2020.", "Nội dung",
                "1. Tổng kết thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2015 - 2020",
                "3. Bầu cấp ủy nhiệm kỳ 2020 - 2022", "Đoàn Chủ tịch", "T/M BAN THƯỜNG VỤ")) {
            assertTrue(programme.contains(expected), () -> "missing \"" + expected + "\" in:\n" + programme);
        }
        assertFalse(programme.contains("Bầu Đoàn đại biểu"), "a cell of an all-member committee elects no delegation");

        String list = pdfText((String) documents.get(2).get("id"), "attendee-list");
        for (String expected : List.of("DANH SÁCH", "Đảng viên dự Đại hội Chi bộ I nhiệm kỳ 2020-2022", "Họ và tên",
                "Chức vụ, đơn vị", "Nguyễn Hữu Long", "Đảng viên chính thức, Chi bộ I", "Hoàng Văn Đức",
                "Đảng viên dự bị, Chi bộ I", "Dự bị")) {
            assertTrue(list.contains(expected), () -> "missing \"" + expected + "\" in:\n" + list);
        }

        // the same record again, as after a consumer crash before its offset was committed
        CongressFixtures.scheduled(sent.eventId(), congress, CongressFixtures.CELL_AGENDA, CELL_I, MORNING_UTC);
        Congress sentinel = CongressFixtures.cellCongress(office, "Chi bộ II", LocalDate.of(2020, 4, 2));
        CongressFixtures.scheduled(UUID.randomUUID().toString(), sentinel, CongressFixtures.CELL_AGENDA,
                List.of(new AttendeeRow("Đặng Thị Mai", "FULL", "Chi bộ II")), MORNING_UTC);
        CongressFixtures.awaitDocuments(sentinel.id().toString(), 3);
        assertEquals(List.of("TB", "CTr", "DS"), types(CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString())));
        assertEquals(1L, inboxRows(sent.eventId()));
    }

    @Test
    void aDelegateCongressGetsItsProgrammeButNoAttendeeList() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Bệnh viện Đa khoa tỉnh");
        Congress congress = new Congress(UUID.randomUUID(), office.id(), office.name(), "GRASSROOTS_COMMITTEE",
                "DELEGATE", LocalDate.of(2020, 6, 15), 2, false, "2020-2025", office);
        CongressFixtures.scheduled(UUID.randomUUID().toString(), congress, CongressFixtures.COMMITTEE_AGENDA, null,
                MORNING_UTC);
        // behind it on the same partition: once its documents exist, the delegate congress was applied whole
        Congress sentinel = CongressFixtures.cellCongress(office, "Chi bộ Khoa Nội", LocalDate.of(2020, 4, 2));
        CongressFixtures.scheduled(UUID.randomUUID().toString(), sentinel, CongressFixtures.CELL_AGENDA,
                List.of(new AttendeeRow("Đặng Thị Mai", "FULL", "Chi bộ Khoa Nội")), MORNING_UTC);
        CongressFixtures.awaitDocuments(sentinel.id().toString(), 3);

        List<Map<String, Object>> documents = CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString());
        assertEquals(List.of("TB", "CTr"), types(documents));
        String programme = pdfText((String) documents.get(1).get("id"), null);
        assertTrue(programme.contains("4. Bầu Đoàn đại biểu dự đại hội đảng bộ cấp trên"), programme);
        assertTrue(programme.contains("Thời gian: từ ngày 15 tháng 6 năm 2020 đến ngày 16 tháng 6 năm 2020."),
                programme);
    }

    @Test
    void anEventAppliedAgainWithoutTheInboxIssuesNothingNew() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Sở Nội vụ");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ Phòng Công chức", LocalDate.of(2020, 5, 4));
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), CongressFixtures.SCHEDULED,
                CongressFixtures.CONGRESS_SOURCE, congress.id().toString(), MORNING_UTC, JSON.readTree(
                        CongressFixtures.scheduledData(congress, CongressFixtures.CELL_AGENDA, CELL_I)));

        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));
        // a replay of the topic behind a wiped inbox: every type is found issued for this event
        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));

        assertEquals(List.of("TB", "CTr", "DS"), types(CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString())));
    }

    @Test
    void twoReplicasApplyingTheSameEventAtOnceIssueEachDocumentOnce() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Sở Tài chính");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ Phòng Ngân sách", LocalDate.of(2020, 5, 6));
        CloudEvent event = CongressFixtures.event(CongressFixtures.SCHEDULED, congress.id().toString(),
                CongressFixtures.scheduledData(congress, CongressFixtures.CELL_AGENDA, CELL_I)).withTime(MORNING_UTC);
        ConsumerRecord<String, String> record = new ConsumerRecord<>(CongressFixtures.TOPIC, 0, 0L,
                congress.id().toString(), event.data());
        event.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        // two instances of the consumer (as on two replicas after a rebalance) take the same record together
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(replicas.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    idempotent.apply(CongressConsumer.CONSUMER, record, notices::apply);
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            replicas.shutdownNow();
        }

        List<Map<String, Object>> documents = CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString());
        assertEquals(List.of("TB", "CTr", "DS"), types(documents));
        assertEquals(List.of("01-TB/ĐU", "01-CTr/ĐU", "02-DS/ĐU"), documents.stream().map(d -> d.get("symbol"))
                .toList(), "no number taken twice");
        assertEquals(1L, inboxRows(event.id()));
    }

    private static List<Object> types(List<Map<String, Object>> documents) {
        return documents.stream().map(d -> d.get("type")).toList();
    }

    /** The PDF's text, NFC; with {@code keepAs}, the file is kept under target/ to look at. */
    private static String pdfText(String documentId, String keepAs) throws Exception {
        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", documentId).then().statusCode(200).extract().asByteArray();
        if (keepAs != null) {
            Path file = Path.of("target/congress-papers", keepAs + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        }
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        return text;
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
