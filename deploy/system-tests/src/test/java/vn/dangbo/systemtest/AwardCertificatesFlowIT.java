package vn.dangbo.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.TopicReader;

/**
 * Issue 13 item 6 end to end, over HTTP and Kafka between the packaged services: the registry's bloc with a
 * grassroots committee, its cells and members and a grassroots cell; the bloc's movement of the seed's plan; six
 * nominations (three collectives, three individuals) handed in, reviewed and approved by the council's tally; one
 * award decision of the bloc's Giấy khen. docs-service issues exactly one decision (QĐ) and one numbered certificate
 * (GK) per award, each exactly once even when the event is delivered again, and emulation-service's awards become
 * CERTIFIED with those numbers in the award register. A later decision takes the runs' next numbers.
 */
class AwardCertificatesFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final LocalDate ADMITTED = LocalDate.of(2008, 5, 19);
    private static final String FORM = "GIAY_KHEN_BTV_DUK";
    private static final String ACHIEVEMENT = "Đã có thành tích xuất sắc trong phong trào thi đua chào mừng kỷ niệm "
            + "65 năm Ngày thành lập Đảng bộ Khối";

    @Test
    void oneDecisionAndOneNumberedCertificatePerAwardEachExactlyOnce() throws Exception {
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "ĐUK");
        UUID justice = Registry.organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        UUID office = Registry.organisation(justice, "CELL", "Chi bộ Văn phòng Sở", "CB");
        UUID inspection = Registry.organisation(justice, "CELL", "Chi bộ Thanh tra", "CB");
        UUID newspaper = Registry.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Báo Lào Cai", "CB");
        String quyet = Registry.member(office, "Trần Văn Quyết", "MALE", ADMITTED, ADMITTED.plusYears(1));
        String nhung = Registry.member(office, "Nguyễn Thị Hồng Nhung", "FEMALE", ADMITTED, ADMITTED.plusYears(1));
        String viet = Registry.member(newspaper, "Đặng Quốc Việt", "MALE", ADMITTED, ADMITTED.plusYears(1));
        String hang = Registry.member(inspection, "Lê Thị Thu Hằng", "FEMALE", ADMITTED, ADMITTED.plusYears(1));

        Emulation.awaitParticipant(bloc, justice);
        Emulation.awaitParticipant(bloc, newspaper);
        String movement = Emulation.launch(bloc);
        String officeToken = SystemUnderTest.officer(bloc);
        // the plan's deadline (before 20/4/2024) has passed by the clock of this run: the office admits the lists
        Emulation.post(officeToken, "/movements/" + movement + "/deadline-overrides", Map.of("kind", "NOMINATION",
                        "until", OffsetDateTime.now().plusDays(1).toString(),
                        "reason", "Hội đồng Thi đua - Khen thưởng cho phép nộp bổ sung danh sách đề nghị khen thưởng"))
                .statusCode(201);

        Map<String, String> nominations = new LinkedHashMap<>();
        nominations.put("Chi bộ Văn phòng Sở", Emulation.nominate(movement, justice, "ORGANISATION", office,
                ACHIEVEMENT));
        nominations.put("Chi bộ Thanh tra", Emulation.nominate(movement, justice, "ORGANISATION", inspection,
                ACHIEVEMENT));
        nominations.put("Chi bộ Báo Lào Cai", Emulation.nominate(movement, newspaper, "ORGANISATION", newspaper,
                ACHIEVEMENT));
        nominations.put("Trần Văn Quyết", Emulation.nominate(movement, justice, "MEMBER", quyet, ACHIEVEMENT));
        nominations.put("Nguyễn Thị Hồng Nhung", Emulation.nominate(movement, justice, "MEMBER", nhung, ACHIEVEMENT));
        nominations.put("Đặng Quốc Việt", Emulation.nominate(movement, newspaper, "MEMBER", viet, ACHIEVEMENT));
        Set<String> collectives = Set.of("Chi bộ Văn phòng Sở", "Chi bộ Thanh tra", "Chi bộ Báo Lào Cai");

        for (Map.Entry<String, String> nomination : nominations.entrySet()) {
            boolean byNewspaper = nomination.getKey().contains("Báo") || nomination.getKey().equals("Đặng Quốc Việt");
            approve(movement, nomination.getValue(), SystemUnderTest.officer(byNewspaper ? newspaper : justice),
                    officeToken);
        }

        String decision;
        try (TopicReader awards = TopicReader.of(SystemUnderTest.stack().kafkaBootstrapServers(),
                "emulation.awards.v1")) {
            JsonPath decided = Emulation.post(officeToken, "/movements/" + movement + "/award-decisions", Map.of(
                            "formCode", FORM, "nominationIds", List.copyOf(nominations.values()),
                            "decidedOn", "2024-05-06"))
                    .statusCode(201).extract().jsonPath();
            decision = decided.getString("id");
            assertTrue(decided.getList("warnings").stream().anyMatch(w -> w.toString().contains("85")),
                    "fewer than the quota of 85 warns: " + decided.prettify());

            List<Map<String, Object>> certificates = awaitCertificates(nominations);
            Map<String, Object> theDecision = onlyDocument(decision, "QĐ");
            certificatesAreNumberedInAnnexOrder(nominations, collectives, certificates);
            awardsAreCertified(movement, nominations, certificates, theDecision);

            // the decision's event delivered again, as it was (same CloudEvent id, key and partition)
            ConsumerRecord<String, String> event = awards.awaitRecord(r -> movement.equals(r.key())
                    && "vn.dangbo.emulation.award.decided.v1".equals(TopicReader.header(r, "ce_type")), PROPAGATION);
            redeliver(event);
        }
        // a later decision of the same movement goes to the same partition behind the redelivered one: once its
        // certificate is there, docs-service has handled the redelivery
        String later = Emulation.nominate(movement, justice, "MEMBER", hang, ACHIEVEMENT);
        approve(movement, later, SystemUnderTest.officer(justice), officeToken);
        String secondDecision = Emulation.post(officeToken, "/movements/" + movement + "/award-decisions", Map.of(
                        "formCode", FORM, "nominationIds", List.of(later), "decidedOn", "2024-05-07"))
                .statusCode(201).extract().path("id");
        assertEquals(7, onlyDocument(later, "GK").get("number"), "the next number of the run");
        assertEquals(2, onlyDocument(secondDecision, "QĐ").get("number"));
        assertEquals(1, Documents.issued(decision, "QĐ").size(), "still one decision");
        for (String award : nominations.values()) {
            assertEquals(1, Documents.issued(award, "GK").size(), "still one certificate per award");
        }
    }

    private static void approve(String movement, String nomination, String nominatorToken, String officeToken) {
        String path = "/movements/" + movement + "/nominations/" + nomination;
        Emulation.post(nominatorToken, path + "/submit", null).statusCode(200).body("state", equalTo("SUBMITTED"));
        Emulation.post(officeToken, path + "/review", null).statusCode(200).body("state", equalTo("UNDER_REVIEW"));
        // the council of 7, all present, all for: above half of all members
        Emulation.post(officeToken, path + "/council-vote", Map.of("membersPresent", 7, "votesFor", 7,
                "votesAgainst", 0)).statusCode(200).body("state", equalTo("APPROVED"));
    }

    private static void redeliver(ConsumerRecord<String, String> event) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.stack().kafkaBootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(event.topic(), event.partition(), event.key(), event.value(),
                    event.headers())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the redelivered event", e);
        }
    }

    /** Every award's certificate, once docs-service has issued all of them. */
    private static List<Map<String, Object>> awaitCertificates(Map<String, String> nominations) {
        List<Map<String, Object>> certificates = new ArrayList<>();
        for (String award : nominations.values()) {
            List<Map<String, Object>> issued = Documents.awaitIssued(award, "GK", 1);
            assertEquals(1, issued.size(), "one certificate for award " + award);
            certificates.add(issued.get(0));
        }
        return certificates;
    }

    private static Map<String, Object> onlyDocument(String relatedTo, String type) {
        List<Map<String, Object>> issued = Documents.awaitIssued(relatedTo, type, 1);
        assertEquals(1, issued.size(), "one " + type + " for " + relatedTo);
        return issued.get(0);
    }

    /**
     * The certificates are numbered 1..N in the issuer's GK run in the order of the decision's annex: collectives
     * first. Each is a certificate to be framed, with the recipient's name.
     */
    private static void certificatesAreNumberedInAnnexOrder(Map<String, String> nominations, Set<String> collectives,
            List<Map<String, Object>> certificates) throws Exception {
        Map<String, Integer> numberByRecipient = new LinkedHashMap<>();
        List<String> names = List.copyOf(nominations.keySet());
        for (int i = 0; i < names.size(); i++) {
            numberByRecipient.put(names.get(i), (Integer) certificates.get(i).get("number"));
        }
        assertEquals(new TreeSet<>(List.of(1, 2, 3, 4, 5, 6)), new TreeSet<>(numberByRecipient.values()),
                "numbered 1 to 6, each number once: " + numberByRecipient);
        int lastCollective = collectives.stream().mapToInt(numberByRecipient::get).max().orElseThrow();
        int firstIndividual = numberByRecipient.entrySet().stream().filter(e -> !collectives.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).min().orElseThrow();
        assertTrue(lastCollective < firstIndividual, "collectives, then individuals: " + numberByRecipient);
        String certificate = Documents.pdfText(certificates.get(names.indexOf("Nguyễn Thị Hồng Nhung")).get("id"));
        for (String expected : List.of("KHEN", "Nguyễn Thị Hồng Nhung", "BAN THƯỜNG VỤ")) {
            assertTrue(certificate.contains(expected), expected + " in " + certificate);
        }
    }

    /** emulation-service learns the numbers from docs-service's events: CERTIFIED, and the award register. */
    private static void awardsAreCertified(String movement, Map<String, String> nominations,
            List<Map<String, Object>> certificates, Map<String, Object> decision) {
        await().atMost(PROPAGATION).untilAsserted(() -> {
            for (String award : nominations.values()) {
                Emulation.get("/movements/" + movement + "/nominations/" + award).body("state",
                        equalTo("CERTIFIED"));
            }
        });
        JsonPath register = Emulation.get("/movements/" + movement + "/award-register").body("", hasSize(6))
                .extract().jsonPath();
        Map<String, String> certificateByRecipient = new LinkedHashMap<>();
        List<String> names = List.copyOf(nominations.keySet());
        for (int i = 0; i < names.size(); i++) {
            certificateByRecipient.put(names.get(i), (String) certificates.get(i).get("symbol"));
        }
        List<Map<String, Object>> rows = register.getList("$");
        assertEquals(certificateByRecipient, rows.stream().collect(Collectors.toMap(r -> (String) r.get("recipient"),
                r -> (String) r.get("certificateSymbol"))), "each row names its certificate");
        for (Map<String, Object> row : rows) {
            assertEquals(decision.get("symbol"), row.get("decisionSymbol"), row.toString());
            assertEquals("CERTIFIED", row.get("state"), row.toString());
        }
    }
}
