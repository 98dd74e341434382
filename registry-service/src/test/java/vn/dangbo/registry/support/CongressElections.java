package vn.dangbo.registry.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * congress-service's side of the election contract, played by the tests: the approval of a congress' results as
 * congress-service publishes it on {@code congress.elections.v1}, checked against congress-service's own schema file,
 * sent to the real Kafka as a binary-mode CloudEvent.
 */
public final class CongressElections {

    public static final String TOPIC = "congress.elections.v1";
    public static final String RESULTS_APPROVED = "vn.dangbo.congress.election.results.approved.v1";
    public static final String LIST_APPROVED = "vn.dangbo.congress.election.list.approved.v1";
    public static final String SOURCE = "/dangbo/congress-service";
    /** Records that must be read in order go to one partition (as one congress' events do, by their key). */
    public static final int ORDERED_PARTITION = 0;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicWriter writer;

    private CongressElections() {
    }

    /** A position the approval gives, as congress-service names it. */
    public record Position(UUID memberId, String fullName, UUID organisationId, String role) {
    }

    /** The congress whose results are approved, convened by {@code convenerId}. */
    public record Approval(UUID congressId, UUID convenerId, String convenerName, String convenerType,
            String decisionNumber, LocalDate approvedOn, List<Position> positions) {
    }

    /** results.approved as congress-service publishes it, validated against its schema. */
    public static String resultsApproved(Approval a) {
        ObjectNode data = JSON.createObjectNode();
        data.set("congress", congress(a.congressId(), a.convenerId(), a.convenerName(), a.convenerType(),
                a.approvedOn().minusDays(20)));
        ObjectNode convener = data.putObject("convener");
        convener.put("id", a.convenerId().toString());
        convener.put("name", a.convenerName());
        convener.put("shortCode", "CB");
        convener.put("type", a.convenerType());
        ObjectNode approving = data.putObject("approvingBody");
        approving.put("id", UUID.randomUUID().toString());
        approving.put("name", "Đảng bộ Văn phòng UBND tỉnh");
        data.put("decisionNumber", a.decisionNumber());
        data.put("approvedOn", a.approvedOn().toString());
        ArrayNode positions = data.putArray("positions");
        for (Position p : a.positions()) {
            positions.addObject().put("memberId", p.memberId().toString()).put("fullName", p.fullName())
                    .put("organisationId", p.organisationId().toString()).put("role", p.role());
        }
        return validated(RESULTS_APPROVED, data.toString());
    }

    /**
     * list.approved as congress-service publishes it (validated against its schema): an election event the registry
     * has no use for, one secretary candidate on an agree/disagree ballot.
     */
    public static String listApproved(UUID congressId, UUID convenerId, UUID memberId, String fullName) {
        ObjectNode data = JSON.createObjectNode();
        data.set("congress", congress(congressId, convenerId, "Chi bộ Phòng Tổng hợp", "CELL",
                LocalDate.of(2025, 6, 20)));
        ObjectNode convener = data.putObject("convener");
        convener.put("id", convenerId.toString());
        convener.put("name", "Chi bộ Phòng Tổng hợp");
        convener.put("shortCode", "CB");
        convener.put("type", "CELL");
        ObjectNode higher = data.putObject("higherBody");
        higher.put("id", UUID.randomUUID().toString());
        higher.put("name", "Đảng bộ Văn phòng UBND tỉnh");
        ObjectNode election = data.putObject("election");
        election.put("id", UUID.randomUUID().toString());
        election.put("office", "SECRETARY");
        election.put("title", "Bí thư Chi bộ");
        election.put("electorate", "CONGRESS");
        election.put("roundNo", 1);
        election.put("seats", 1);
        election.put("alternateSeats", 0);
        election.put("ballotKind", "AGREE_DISAGREE");
        data.putArray("candidates").addObject().put("candidateId", UUID.randomUUID().toString())
                .put("memberId", memberId.toString()).put("fullName", fullName).put("position", 1);
        data.put("voters", 9);
        data.put("spareBallots", 3);
        data.put("serialPrefix", "BT-");
        data.put("firstSerial", 1);
        return validated(LIST_APPROVED, data.toString());
    }

    /** The congress of {@code organisationId} (the positions' organisation; the registry reads only the positions). */
    private static ObjectNode congress(UUID id, UUID organisationId, String organisationName, String organisationType,
            LocalDate day) {
        ObjectNode congress = JSON.createObjectNode();
        congress.put("id", id.toString());
        congress.put("roundId", UUID.randomUUID().toString());
        congress.put("organisationId", organisationId.toString());
        congress.put("organisationName", organisationName);
        congress.put("organisationType", organisationType);
        congress.put("kind", "ALL_MEMBER");
        congress.put("startDate", day.toString());
        congress.put("endDate", day.toString());
        congress.put("term", "2025-2030");
        return congress;
    }

    /** A new congress-service event keyed by the congress, as its outbox relay sends it. */
    public static CloudEvent event(String type, UUID congressId, String data) {
        return CloudEvent.of(SOURCE, type, congressId.toString(), data);
    }

    /** Publishes the approval with a new event id; returns the event sent. */
    public static CloudEvent approve(Approval a) {
        return send(event(RESULTS_APPROVED, a.congressId(), resultsApproved(a)));
    }

    /** Sends one event to the ordered partition and waits for the broker's acknowledgement. */
    public static CloudEvent send(CloudEvent event) {
        writer().send(event, ORDERED_PARTITION);
        return event;
    }

    private static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC);
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close));
        }
        return writer;
    }

    /** Every fixture must satisfy congress-service's published schema: the contract is the producer's file. */
    private static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("congress-service", eventType), json);
        return json;
    }
}
