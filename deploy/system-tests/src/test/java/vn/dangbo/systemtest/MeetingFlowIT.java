package vn.dangbo.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's commemoration meeting end to end, over HTTP and Kafka between the packaged services: the secretaries of
 * the bloc's grassroots organisations (positions emulation-service learns from the registry's events) and two guests
 * entered by the office are the invitees; one issue → docs-service's batch of invitations (GM), one number, recorded
 * on the batch in emulation-service, each invitation addressed; the door: every token but one scanned, a second scan
 * changes nothing; the attendance closed → docs-service's attendee list (danh sách đại biểu) of those who came.
 */
class MeetingFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final LocalDate ADMITTED = LocalDate.of(2005, 2, 3);
    private static final String[][] SECRETARIES = {{"Chi bộ Sở Ngoại vụ", "Vũ Thị Minh Hằng", "FEMALE"},
        {"Chi bộ Ban Dân tộc tỉnh", "Lò Văn Sùng", "MALE"}, {"Chi bộ Sở Khoa học và Công nghệ", "Ngô Đức Thắng", "MALE"}};
    private static final String[][] GUESTS = {{"Nguyễn Văn Thành", "Nguyên Bí thư Đảng ủy Khối", "Đảng bộ Khối"},
        {"Giàng Thị Mai", "Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh Lào Cai"}};

    @Test
    void inviteesIssuedOnceNumberedByDocsCheckedInAndTheAttendeeListIssuedAtTheClose() throws Exception {
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "ĐUK");
        List<String> names = new ArrayList<>();
        for (String[] s : SECRETARIES) {
            UUID cell = Registry.organisation(bloc, "GRASSROOTS_CELL", s[0], "CB");
            String member = Registry.member(cell, s[1], s[2], ADMITTED, ADMITTED.plusYears(1));
            Registry.position(member, "SECRETARY", cell, LocalDate.of(2020, 7, 1), "Quyết định số 12-QĐ/ĐUK");
            Emulation.awaitParticipant(bloc, cell);
            names.add(s[1]);
        }
        String movement = Emulation.launch(bloc);
        String office = SystemUnderTest.officer(bloc);
        String event = Emulation.post(office, "/movements/" + movement + "/events", Map.of("kind", "MEETING"))
                .statusCode(201).body("date", equalTo("2024-05-10")).extract().path("id");
        String base = "/movements/" + movement + "/events/" + event;
        String external = Emulation.get(base + "/invitee-groups").extract().jsonPath()
                .getString("groups.find { it.source == 'EXTERNAL' }.code");
        for (String[] g : GUESTS) {
            Emulation.post(office, base + "/guests", Map.of("groupCode", external, "fullName", g[0], "title", g[1],
                    "organisationName", g[2])).statusCode(201);
            names.add(g[0]);
        }
        // the secretaries' positions reach emulation-service through registry.members.v1
        await().atMost(PROPAGATION).until(() -> Emulation.post(office, base + "/invitees/refresh", null)
                .statusCode(200).extract().<Integer>path("total") == names.size());

        JsonPath issued = Emulation.post(office, base + "/invitations/issue", Map.of()).statusCode(201)
                .body("count", equalTo(names.size())).extract().jsonPath();
        String batch = issued.getString("batchId");
        Map<String, Object> invitations = onlyDocument(batch, "GM");
        String text = Documents.pdfText(invitations.get("id"));
        for (String name : names) {
            assertTrue(text.contains(name), "an invitation addressed to " + name + ": " + text);
        }
        await().atMost(PROPAGATION).untilAsserted(() -> assertEquals(invitations.get("number"),
                batchDocument(base, batch).get("number"), "docs-service's number on the batch"));
        Emulation.post(office, base + "/invitations/issue", Map.of()).statusCode(200).body("count", equalTo(0));

        Map<String, String> tokens = new LinkedHashMap<>();
        for (Map<String, Object> invitee : Emulation.get(base + "/invitees?size=100").extract().jsonPath()
                .<Map<String, Object>>getList("items")) {
            tokens.put((String) invitee.get("fullName"), Emulation.get(base + "/invitees/" + invitee.get("id"))
                    .extract().path("token"));
        }
        String absent = GUESTS[1][0];
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            if (!token.getKey().equals(absent)) {
                Emulation.post(office, base + "/check-ins", Map.of("token", token.getValue(), "nonce",
                        UUID.randomUUID().toString())).statusCode(201).body("firstScan", equalTo(true));
            }
        }
        Emulation.post(office, base + "/check-ins", Map.of("token", tokens.get(names.get(0)), "nonce",
                UUID.randomUUID().toString())).statusCode(200).body("alreadyCheckedIn", equalTo(true));
        JsonPath attendance = Emulation.get(base + "/attendance").extract().jsonPath();
        Object checkedIn = attendance.get("total.checkedIn") != null ? attendance.get("total.checkedIn")
                : attendance.get("checkedIn");
        assertEquals(names.size() - 1, ((Number) checkedIn).intValue(), attendance.prettify());

        Emulation.post(office, base + "/attendance/close", null).statusCode(anyOf(is(200), is(201)));
        Emulation.get(base).body("state", equalTo("CLOSED"));
        Emulation.post(office, base + "/check-ins", Map.of("token", tokens.get(absent))).statusCode(409);
        String list = Documents.pdfText(onlyDocument(event, "DS").get("id"));
        for (String name : names) {
            assertEquals(!name.equals(absent), list.contains(name), name + " on the attendee list: " + list);
        }
        assertFalse(Documents.issued(batch, "GM").size() > 1, "one batch document");
    }

    /** The batch's document as emulation-service shows it (from docs-service's document.issued.v1). */
    private static Map<String, Object> batchDocument(String base, String batch) {
        String path = base + "/invitations/batches";
        for (Map<String, Object> b : Emulation.get(path).extract().jsonPath().<Map<String, Object>>getList("$")) {
            if (batch.equals(b.get("batchId")) && b.get("document") instanceof Map<?, ?> document) {
                @SuppressWarnings("unchecked")
                Map<String, Object> found = (Map<String, Object>) document;
                return found;
            }
        }
        return Map.of();
    }

    private static Map<String, Object> onlyDocument(String relatedTo, String type) {
        List<Map<String, Object>> issued = Documents.awaitIssued(relatedTo, type, 1);
        assertEquals(1, issued.size(), "one " + type + " for " + relatedTo);
        return issued.get(0);
    }
}
