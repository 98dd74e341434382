package vn.dangbo.docs.award;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The emulation service's side of the award contract, played by the tests: {@code award.decided.v1} and
 * {@code award.proposed.v1} as emulation-service publishes them, each checked against emulation-service's own schema
 * file, sent to the real Kafka as binary-mode CloudEvents.
 */
final class AwardFixtures {

    static final String TOPIC = "emulation.awards.v1";
    static final String SOURCE = "/dangbo/emulation-service";
    static final String BLOC = "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai";
    static final String ACHIEVEMENT = "xuất sắc trong phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành lập "
            + "Đảng bộ Khối";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicWriter writer;

    private AwardFixtures() {
    }

    /** An award of the decision: a collective (ORGANISATION) or an individual (MEMBER) with their organisation. */
    record Recipient(UUID awardId, String kind, String name, String organisationName) {

        static Recipient collective(String name) {
            return new Recipient(UUID.randomUUID(), "ORGANISATION", name, name);
        }

        static Recipient member(String fullName, String organisationName) {
            return new Recipient(UUID.randomUUID(), "MEMBER", fullName, organisationName);
        }
    }

    /** The bloc committee issuing, with its own id so its number runs start at 01. */
    record Issuer(UUID id, String name, String shortCode, String term) {

        static Issuer bloc() {
            return new Issuer(UUID.randomUUID(), BLOC, "ĐUK", "2020-2025");
        }
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Quốc", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hằng", "Lan", "Long", "Ánh", "Yến", "Đức",
        "Xuân", "Thắng", "Hà", "Giang", "Oanh", "Phúc", "Sơn"};

    /** {@code collectives} organisations and {@code people} members, in no particular order, as an event lists them. */
    static List<Recipient> recipients(int collectives, int people) {
        List<Recipient> recipients = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " "
                    + GIVEN[(i * 7) % GIVEN.length];
            recipients.add(Recipient.member(name, "Chi bộ Phòng số " + (i % 9 + 1) + ", Đảng bộ Sở Y tế"));
            if (i < collectives) {
                recipients.add(Recipient.collective("Chi bộ " + GIVEN[(i * 5) % GIVEN.length] + " số " + (i + 1)));
            }
        }
        for (int i = people; i < collectives; i++) {
            recipients.add(Recipient.collective("Đảng bộ Đơn vị " + (i + 1)));
        }
        return recipients;
    }

    static String decided(Issuer issuer, UUID decisionId, List<Recipient> recipients) {
        ObjectNode data = head(issuer, recipients);
        ObjectNode decision = data.putObject("decision");
        decision.put("id", decisionId.toString());
        form(decision.putObject("form"));
        decision.put("decidedOn", "2024-05-06");
        ArrayNode basis = decision.putArray("basis");
        basis.add("Căn cứ Quy chế làm việc của Ban Chấp hành " + BLOC + " nhiệm kỳ "
                + issuer.term() + ";");
        basis.add("Căn cứ Kế hoạch số 135-KH/ĐUK ngày 20/11/2023 về tổ chức phong trào thi đua chào mừng kỷ niệm 65 "
                + "năm Ngày thành lập Đảng bộ Khối;");
        decision.put("reason", "đã có thành tích " + ACHIEVEMENT);
        return validated(AwardEventData.AWARD_DECIDED, data.toString());
    }

    static String proposed(Issuer issuer, UUID proposalId, List<Recipient> recipients) {
        ObjectNode data = head(issuer, recipients);
        ObjectNode proposal = data.putObject("proposal");
        proposal.put("id", proposalId.toString());
        ObjectNode form = proposal.putObject("form");
        form.put("code", "BK-TU").put("name", "Bằng khen").put("awardedBy", "Ban Thường vụ Tỉnh ủy Lào Cai");
        proposal.put("to", "Ban Thường vụ Tỉnh ủy Lào Cai");
        proposal.put("proposedOn", "2024-04-25");
        proposal.put("reason", "đã có thành tích " + ACHIEVEMENT);
        return validated(AwardEventData.AWARD_PROPOSED, data.toString());
    }

    private static ObjectNode head(Issuer issuer, List<Recipient> recipients) {
        ObjectNode data = JSON.createObjectNode();
        ObjectNode movement = data.putObject("movement");
        movement.put("id", UUID.randomUUID().toString());
        movement.put("name", "Phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối");
        movement.put("planId", "2024-khoi-65-nam");
        ObjectNode by = data.putObject("issuer");
        by.put("id", issuer.id().toString()).put("name", issuer.name()).put("shortCode", issuer.shortCode())
                .put("type", "BLOC_COMMITTEE").put("term", issuer.term());
        ObjectNode higher = data.putObject("higherBody");
        higher.put("id", UUID.randomUUID().toString()).put("name", "Đảng bộ tỉnh Lào Cai");
        ArrayNode list = data.putArray("recipients");
        for (Recipient r : recipients) {
            ObjectNode o = list.addObject();
            o.put("awardId", r.awardId().toString()).put("kind", r.kind()).put("name", r.name())
                    .put("organisationId", UUID.randomUUID().toString()).put("organisationName", r.organisationName());
            if ("MEMBER".equals(r.kind())) {
                o.put("memberId", UUID.randomUUID().toString());
            } else {
                o.putNull("memberId");
            }
            o.put("achievement", ACHIEVEMENT);
        }
        return data;
    }

    private static void form(ObjectNode form) {
        form.put("code", "GK-BTV").put("name", "Giấy khen").put("awardedBy", "Ban Thường vụ Đảng ủy Khối");
    }

    /** Sends one event on the movement's key and waits for the broker. */
    static CloudEvent send(String type, String key, String data, String eventId, OffsetDateTime time) {
        CloudEvent event = CloudEvent.of(SOURCE, type, key, data).withId(eventId).withTime(time);
        writer().send(event, 0);
        return event;
    }

    private static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC);
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close));
        }
        return writer;
    }

    /** Every fixture must satisfy emulation-service's published schema: the contract is the producer's file. */
    static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("emulation-service", eventType), json);
        return json;
    }
}
