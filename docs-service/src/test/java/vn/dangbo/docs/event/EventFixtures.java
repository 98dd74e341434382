package vn.dangbo.docs.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The emulation service's side of the gatherings' and the tournament's contract, played by the tests: the five
 * document-bearing events as emulation-service publishes them, each checked against emulation-service's own schema
 * file, sent to the real Kafka as binary-mode CloudEvents.
 */
final class EventFixtures {

    static final String SOURCE = "/dangbo/emulation-service";
    static final String BLOC = "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai";
    static final String MEETING = "Hội nghị gặp mặt kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối";
    static final String TOURNAMENT = "Giải bóng chuyền hơi chào mừng 65 năm Ngày thành lập Đảng bộ Khối";
    static final String SECRETARIES = "Bí thư các chi, đảng bộ cơ sở";
    static final String COMMITTEE = "Ủy viên Ban Chấp hành Đảng bộ Khối";
    static final String RECIPIENTS = "Tập thể, cá nhân được khen thưởng";
    static final String GUESTS = "Lãnh đạo tỉnh";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TopicWriter> WRITERS = new HashMap<>();

    private EventFixtures() {
    }

    /** The bloc committee issuing, with its own id so its number runs start at 01. */
    record Issuer(UUID id) {
        static Issuer bloc() {
            return new Issuer(UUID.randomUUID());
        }
    }

    record Invitee(UUID id, String name, String title, String organisation, List<String> roles, String token) {
        static Invitee of(String name, String title, String organisation, List<String> roles) {
            // 32 url-safe characters, as the invitations feature draws them (random, no personal data)
            String token = (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "").substring(0, 30) + "_-";
            return new Invitee(UUID.randomUUID(), name, title, organisation, roles, token);
        }
    }

    static List<Invitee> threeInvitees() {
        return List.of(
                Invitee.of("Nguyễn Văn Bình", "Bí thư", "Chi bộ Phòng Kế hoạch", List.of(COMMITTEE, SECRETARIES,
                        RECIPIENTS)),
                Invitee.of("Lò Thị Xuân", "Phó Bí thư", "Đảng bộ Sở Y tế", List.of(SECRETARIES)),
                Invitee.of("Giàng A Páo", "Nguyên Phó Chủ tịch UBND tỉnh", null, List.of(GUESTS)));
    }

    static ObjectNode head(Issuer issuer) {
        ObjectNode data = JSON.createObjectNode();
        data.putObject("movement").put("id", UUID.randomUUID().toString())
                .put("name", "Phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối");
        data.putObject("issuer").put("id", issuer.id().toString()).put("name", BLOC).put("shortCode", "ĐUK")
                .put("type", "BLOC_COMMITTEE").put("term", "2020-2025");
        data.putObject("higherBody").put("id", UUID.randomUUID().toString()).put("name", "Đảng bộ tỉnh Lào Cai");
        return data;
    }

    static void meeting(ObjectNode data, UUID eventId) {
        data.putObject("event").put("id", eventId.toString()).put("kind", "MEETING").put("title", MEETING)
                .put("date", "2024-05-10").put("startsAt", "07:30").put("endsAt", "11:30")
                .put("venue", "Hội trường lớn Trường Chính trị tỉnh").put("organiser", "Văn phòng Đảng ủy Khối")
                .put("plannedCount", 350);
    }

    static String invitationsRequested(Issuer issuer, UUID batchId, UUID eventId, List<Invitee> invitees) {
        ObjectNode data = head(issuer);
        data.put("batchId", batchId.toString());
        meeting(data, eventId);
        ArrayNode list = data.putArray("invitations");
        for (Invitee i : invitees) {
            ObjectNode o = list.addObject().put("invitationId", i.id().toString()).put("name", i.name())
                    .put("title", i.title());
            if (i.organisation() == null) {
                o.putNull("organisation");
            } else {
                o.put("organisation", i.organisation());
            }
            i.roles().forEach(o.putArray("roles")::add);
            o.put("token", i.token());
        }
        return validated(EventData.INVITATIONS_REQUESTED, data.toString());
    }

    static String programmePublished(Issuer issuer, UUID publicationId, UUID eventId) {
        ObjectNode data = head(issuer);
        data.put("publicationId", publicationId.toString());
        meeting(data, eventId);
        ArrayNode items = data.putArray("items");
        item(items, 1, "OPENING", "Chào cờ, tuyên bố lý do, giới thiệu đại biểu", "Văn phòng Đảng ủy Khối");
        item(items, 2, "ARTS", "Văn nghệ chào mừng: Hát về Đảng bộ Khối", "Đội văn nghệ Sở Văn hóa");
        item(items, 3, "SPEECH", "Diễn văn kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối", "Đồng chí Bí thư Đảng ủy Khối");
        item(items, 4, "LETTER", "Thư của đồng chí Bí thư Tỉnh ủy", "Đồng chí Phó Bí thư Đảng ủy Khối");
        ObjectNode awards = item(items, 5, "AWARDS", "Khen thưởng tập thể, cá nhân có thành tích xuất sắc", null);
        awards.putArray("lines").add("Đảng bộ Sở Y tế").add("Chi bộ Phòng Kế hoạch")
                .add("Nguyễn Văn Bình - Chi bộ Phòng Kế hoạch").add("Lò Thị Xuân - Đảng bộ Sở Y tế");
        item(items, 6, "CLOSING", "Bế mạc", "Văn phòng Đảng ủy Khối");
        return validated(EventData.PROGRAMME_PUBLISHED, data.toString());
    }

    private static ObjectNode item(ArrayNode items, int order, String kind, String title, String performer) {
        ObjectNode o = items.addObject().put("order", order).put("kind", kind).put("title", title);
        if (performer == null) {
            o.putNull("performer");
        } else {
            o.put("performer", performer);
        }
        o.putArray("lines");
        return o;
    }

    static String attendanceClosed(Issuer issuer, UUID eventId) {
        ObjectNode data = head(issuer);
        meeting(data, eventId);
        data.put("closedAt", "2024-05-10T04:40:00Z").put("plannedCount", 350).put("invited", 5).put("accepted", 4)
                .put("checkedIn", 4);
        ArrayNode groups = data.putArray("groups");
        group(groups, "PROVINCE", GUESTS, 1, 1, 1);
        group(groups, "BLOC_COMMITTEE", COMMITTEE, 1, 1, 1);
        group(groups, "SECRETARIES", SECRETARIES, 3, 2, 2);
        group(groups, "AWARD_RECIPIENTS", RECIPIENTS, 1, 1, 1);
        ArrayNode attendees = data.putArray("attendees");
        attendee(attendees, "Giàng A Páo", "Nguyên Phó Chủ tịch UBND tỉnh", null, List.of(GUESTS), null);
        attendee(attendees, "Nguyễn Văn Bình", "Bí thư", "Chi bộ Phòng Kế hoạch", List.of(SECRETARIES, COMMITTEE,
                RECIPIENTS), null);
        attendee(attendees, "Lò Thị Xuân", "Phó Bí thư", "Đảng bộ Sở Y tế", List.of(SECRETARIES), null);
        attendee(attendees, "Hoàng Đức Mạnh", "Phó Bí thư", "Chi bộ Sở Xây dựng", List.of(SECRETARIES),
                "Trần Thị Ngọc Diễm");
        return validated(EventData.ATTENDANCE_CLOSED, data.toString());
    }

    private static void group(ArrayNode groups, String code, String label, int invited, int accepted, int in) {
        groups.addObject().put("code", code).put("label", label).put("invited", invited).put("accepted", accepted)
                .put("checkedIn", in);
    }

    private static void attendee(ArrayNode list, String name, String title, String organisation, List<String> roles,
            String substituteFor) {
        ObjectNode o = list.addObject().put("name", name).put("title", title);
        if (organisation == null) {
            o.putNull("organisation");
        } else {
            o.put("organisation", organisation);
        }
        roles.forEach(o.putArray("roles")::add);
        if (substituteFor == null) {
            o.putNull("substituteFor");
        } else {
            o.put("substituteFor", substituteFor);
        }
        o.put("checkedInAt", "2024-05-10T00:20:00Z");
    }

    static ObjectNode tournament(ObjectNode data, UUID tournamentId) {
        data.putObject("tournament").put("id", tournamentId.toString()).put("name", TOURNAMENT)
                .put("venue", "Nhà thi đấu tỉnh Lào Cai");
        return data;
    }

    /** 4 teams in 2 groups (A, B), the semi-finals by source label, the third-place match and the final. */
    static String schedulePublished(Issuer issuer, UUID publicationId, UUID tournamentId) {
        ObjectNode data = tournament(head(issuer), tournamentId);
        data.put("publicationId", publicationId.toString());
        ArrayNode matches = data.putArray("matches");
        match(matches, 1, "GROUP", "A", 1, "2024-05-04", "07:30", 1, "Đảng bộ Sở Y tế", "Chi bộ Sở Xây dựng");
        match(matches, 2, "GROUP", "B", 1, "2024-05-04", "07:30", 2, "Đảng bộ Công an tỉnh", "Đảng bộ Sở Tài chính");
        match(matches, 3, "KNOCKOUT", null, 1, "2024-05-05", "07:30", 1, "Nhất bảng A", "Nhì bảng B");
        match(matches, 4, "KNOCKOUT", null, 1, "2024-05-05", "07:30", 2, "Nhất bảng B", "Nhì bảng A");
        match(matches, 5, "THIRD_PLACE", null, 2, "2024-05-05", "09:00", 1, "Thua trận 3", "Thua trận 4");
        match(matches, 6, "KNOCKOUT", null, 2, "2024-05-05", "09:00", 2, "Thắng trận 3", "Thắng trận 4");
        return validated(EventData.SCHEDULE_PUBLISHED, data.toString());
    }

    private static void match(ArrayNode matches, int number, String stage, String group, int round, String date,
            String time, int court, String home, String away) {
        ObjectNode o = matches.addObject().put("number", number).put("stage", stage);
        if (group == null) {
            o.putNull("group");
        } else {
            o.put("group", group);
        }
        o.put("round", round).put("date", date).put("time", time).put("court", court).put("home", home)
                .put("away", away);
    }

    static String tournamentCompleted(Issuer issuer, UUID tournamentId) {
        ObjectNode data = tournament(head(issuer), tournamentId);
        data.put("completedOn", "2024-05-05");
        ArrayNode ranking = data.putArray("ranking");
        ranked(ranking, 1, "Đảng bộ Sở Y tế", "Đảng bộ Sở Y tế");
        ranked(ranking, 2, "Đảng bộ Công an tỉnh", "Đảng bộ Công an tỉnh");
        ranked(ranking, 3, "Liên quân các chi bộ", "Chi bộ Sở Xây dựng", "Chi bộ Sở Tư pháp");
        ranked(ranking, 4, "Đảng bộ Sở Tài chính", "Đảng bộ Sở Tài chính");
        ObjectNode fin = data.putObject("final").put("home", "Đảng bộ Sở Y tế").put("away", "Đảng bộ Công an tỉnh");
        ArrayNode sets = fin.putArray("sets");
        sets.addObject().put("home", 25).put("away", 20);
        sets.addObject().put("home", 23).put("away", 25);
        sets.addObject().put("home", 15).put("away", 12);
        fin.put("winner", "Đảng bộ Sở Y tế");
        return validated(EventData.TOURNAMENT_COMPLETED, data.toString());
    }

    private static void ranked(ArrayNode ranking, int rank, String team, String... organisations) {
        ObjectNode t = ranking.addObject().put("rank", rank).putObject("team");
        t.put("id", UUID.randomUUID().toString()).put("name", team);
        ArrayNode orgs = t.putArray("organisations");
        for (String o : organisations) {
            orgs.add(o);
        }
    }

    static IncomingEvent event(String type, String data) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), type, SOURCE, "s",
                OffsetDateTime.parse("2024-05-02T02:00:00Z"), JSON.readTree(data));
    }

    /** Sends one event on the key and waits for the broker. */
    static CloudEvent send(String topic, String type, String key, String data, String eventId) {
        CloudEvent event = CloudEvent.of(SOURCE, type, key, data).withId(eventId)
                .withTime(OffsetDateTime.parse("2024-05-02T02:00:00Z"));
        writer(topic).send(event, 0);
        return event;
    }

    private static synchronized TopicWriter writer(String topic) {
        return WRITERS.computeIfAbsent(topic, t -> {
            TopicWriter w = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), t);
            Runtime.getRuntime().addShutdownHook(new Thread(w::close));
            return w;
        });
    }

    /** Every fixture must satisfy emulation-service's published schema: the contract is the producer's file. */
    static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("emulation-service", eventType), json);
        return json;
    }
}
