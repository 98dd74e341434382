package vn.dangbo.docs.election;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The congress service's side of the election contract, played by the tests: the events of
 * {@code congress.elections.v1} as congress-service publishes them, each checked against congress-service's own
 * schema file, sent to the real Kafka as binary-mode CloudEvents.
 */
final class ElectionFixtures {

    static final String TOPIC = "congress.elections.v1";
    static final String LIST_APPROVED = "vn.dangbo.congress.election.list.approved.v1";
    static final String COUNT_CLOSED = "vn.dangbo.congress.election.count.closed.v1";
    static final String RESULT_DECLARED = "vn.dangbo.congress.election.result.declared.v1";
    static final String RESULTS_SUBMITTED = "vn.dangbo.congress.election.results.submitted.v1";
    static final String SOURCE = "/dangbo/congress-service";
    static final String HASH = "9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicWriter writer;

    private ElectionFixtures() {
    }

    /**
     * A congress with its convener: a committee ({@code GRASSROOTS_COMMITTEE}) or a cell ({@code CELL}); the
     * organisation holding it when it is not the convener (a cell under a committee), else null.
     */
    record Congress(UUID id, String kind, String term, UUID convenerId, String convenerName, String convenerType,
            String shortCode, String higherBodyName, UUID organisationId, String organisationName) {
    }

    static Congress committeeCongress(String convenerName) {
        return new Congress(UUID.randomUUID(), "DELEGATE", "2025-2030", UUID.randomUUID(), convenerName,
                "GRASSROOTS_COMMITTEE", "ĐU", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", null, null);
    }

    static Congress cellCongress(String cellName) {
        return new Congress(UUID.randomUUID(), "ALL_MEMBER", "2025-2027", UUID.randomUUID(), cellName, "CELL", null,
                "Đảng bộ Văn phòng UBND tỉnh", null, null);
    }

    /** A cell's congress as congress-service publishes it for a cell under a committee: convened by the committee. */
    static Congress cellConvenedByItsCommittee(String cellName, String committeeName) {
        return new Congress(UUID.randomUUID(), "ALL_MEMBER", "2025-2027", UUID.randomUUID(), committeeName,
                "GRASSROOTS_COMMITTEE", "ĐU", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", UUID.randomUUID(),
                cellName);
    }

    /** An election: office, its title as congress-service names it, seats, alternates and ballot kind. */
    record Election(UUID id, String office, String title, String electorate, int roundNo, int seats, int alternates,
            String ballotKind) {
    }

    static Election committee(int seats) {
        return new Election(UUID.randomUUID(), "PARTY_COMMITTEE", "Ban Chấp hành Đảng bộ", "CONGRESS", 1, seats, 0,
                "STRIKE_OUT");
    }

    static Election secretary() {
        return new Election(UUID.randomUUID(), "SECRETARY", "Bí thư", "CONGRESS", 1, 1, 0, "AGREE_DISAGREE");
    }

    /** A candidate's votes and outcome as the result declares them. */
    record Votes(String fullName, int votes, String percent, String outcome) {
    }

    /** list.approved: the names in printed order, {@code voters} + {@code spares} ballots from serial 1. */
    static String listApproved(Congress c, Election e, List<String> names, int voters, int spares, String prefix) {
        ObjectNode data = head(c);
        data.set("election", election(e));
        ArrayNode candidates = data.putArray("candidates");
        for (int i = 0; i < names.size(); i++) {
            candidates.addObject().put("candidateId", UUID.randomUUID().toString())
                    .put("memberId", UUID.randomUUID().toString()).put("fullName", names.get(i)).put("position", i + 1);
        }
        data.put("voters", voters).put("spareBallots", spares).put("serialPrefix", prefix).put("firstSerial", 1);
        return validated(LIST_APPROVED, data.toString());
    }

    /** result.declared: the figures, a base of {@code convened} less one approved absence, the votes. */
    static String resultDeclared(Congress c, Election e, int issued, int valid, int invalid, int convened,
            List<Votes> votes, int vacantSeats) {
        ObjectNode data = head(c);
        data.set("election", election(e));
        data.set("figures", figures(issued, valid, invalid));
        data.set("base", base(convened));
        ArrayNode candidates = data.putArray("candidates");
        votes.forEach(v -> candidates.add(votes(v)));
        data.put("vacantSeats", vacantSeats);
        data.putNull("tie");
        data.putNull("note");
        ArrayNode tellers = data.putArray("tellers");
        tellers.addObject().put("code", "T1").put("fullName", "Lê Thị Hằng").put("role", "Trưởng ban");
        tellers.addObject().put("code", "T2").put("fullName", "Phạm Quốc Dũng").put("role", "Ủy viên");
        data.put("logLastHash", HASH);
        return validated(RESULT_DECLARED, data.toString());
    }

    /** results.submitted: one result per election, each with its figures, base and votes. */
    static String resultsSubmitted(Congress c, List<Election> elections, List<List<Votes>> votes, int convened) {
        ObjectNode data = head(c);
        ArrayNode results = data.putArray("results");
        for (int i = 0; i < elections.size(); i++) {
            ObjectNode r = results.addObject();
            r.set("election", election(elections.get(i)));
            int valid = convened - 1;
            r.set("figures", figures(valid, valid, 0));
            r.set("base", base(convened));
            ArrayNode candidates = r.putArray("candidates");
            votes.get(i).forEach(v -> candidates.add(votes(v)));
            r.put("vacantSeats", 0);
            r.put("logLastHash", HASH);
        }
        return validated(RESULTS_SUBMITTED, data.toString());
    }

    /** count.closed: nothing for the documents service to issue. */
    static String countClosed(Congress c, Election e) {
        ObjectNode data = head(c);
        data.set("election", election(e));
        data.set("figures", figures(10, 10, 0));
        data.putArray("votes");
        data.putArray("tellers").addObject().put("code", "T1").put("fullName", "Lê Thị Hằng").put("role", "Trưởng ban");
        data.put("logLastHash", HASH);
        data.put("closedAt", "2025-05-20T03:00:00Z");
        return validated(COUNT_CLOSED, data.toString());
    }

    private static ObjectNode head(Congress c) {
        ObjectNode data = JSON.createObjectNode();
        ObjectNode congress = data.putObject("congress");
        congress.put("id", c.id().toString());
        congress.putNull("roundId");
        // a committee's congress (or, in these fixtures, a cell convening its own): the convener's organisation;
        // else the cell under the convening committee
        boolean own = c.organisationId() == null;
        congress.put("organisationId", (own ? c.convenerId() : c.organisationId()).toString());
        congress.put("organisationName", own ? c.convenerName() : c.organisationName());
        congress.put("organisationType", own ? c.convenerType() : "CELL");
        congress.put("kind", c.kind());
        congress.put("startDate", "2025-05-20");
        congress.put("endDate", "2025-05-21");
        congress.put("term", c.term());
        ObjectNode convener = data.putObject("convener");
        convener.put("id", c.convenerId().toString());
        convener.put("name", c.convenerName());
        if (c.shortCode() == null) {
            convener.putNull("shortCode");
        } else {
            convener.put("shortCode", c.shortCode());
        }
        convener.put("type", c.convenerType());
        ObjectNode higher = data.putObject("higherBody");
        higher.put("id", UUID.randomUUID().toString());
        higher.put("name", c.higherBodyName());
        return data;
    }

    private static ObjectNode election(Election e) {
        ObjectNode election = JSON.createObjectNode();
        election.put("id", e.id().toString());
        election.put("office", e.office());
        election.put("title", e.title());
        election.put("electorate", e.electorate());
        election.put("roundNo", e.roundNo());
        election.put("seats", e.seats());
        election.put("alternateSeats", e.alternates());
        election.put("ballotKind", e.ballotKind());
        return election;
    }

    private static ObjectNode figures(int issued, int valid, int invalid) {
        return JSON.createObjectNode().put("ballotsIssued", issued).put("ballotsReturned", valid + invalid)
                .put("validBallots", valid).put("invalidBallots", invalid);
    }

    private static ObjectNode base(int convened) {
        ObjectNode base = JSON.createObjectNode();
        base.put("convened", convened);
        base.putArray("exclusions").addObject().put("code", "ABSENT_WITH_APPROVAL")
                .put("label", "Vắng mặt suốt thời gian đại hội có lý do được chấp thuận").put("count", 1)
                .put("approvedBy", "Ban Chấp hành (đồng chí Nguyễn Hữu Long)");
        base.put("base", convened - 1);
        return base;
    }

    private static ObjectNode votes(Votes v) {
        return JSON.createObjectNode().put("candidateId", UUID.randomUUID().toString())
                .put("memberId", UUID.randomUUID().toString()).put("fullName", v.fullName()).put("votes", v.votes())
                .put("percentOfBase", v.percent()).put("outcome", v.outcome());
    }

    /** Sends one event on the congress' key (its elections in order) and waits for the broker. */
    static CloudEvent send(String type, Congress c, String data, String eventId, OffsetDateTime time) {
        CloudEvent event = CloudEvent.of(SOURCE, type, c.id().toString(), data).withId(eventId).withTime(time);
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

    /** Every fixture must satisfy congress-service's published schema: the contract is the producer's file. */
    static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("congress-service", eventType), json);
        return json;
    }
}
