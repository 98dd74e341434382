package vn.dangbo.docs.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.event.EventFixtures.Invitee;
import vn.dangbo.docs.event.EventFixtures.Issuer;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.QrReading;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.messaging.InvalidEventException;

/** The gatherings' documents as template values and as printed, from events built as emulation's schemas define them. */
class GatheringPapersTest {

    private static final DocumentTemplates TEMPLATES = new DocumentTemplates(Optional.empty());
    private static final LocalDate ON = LocalDate.of(2024, 5, 2);

    private final GatheringPapers papers = new GatheringPapers("Lào Cai", "Nguyễn Hữu Long");

    @Test
    void aBatchOfThreeIsOneInvitationOfThreeCopiesInOrderEachAddressedWithItsRolesAndItsOwnScanningCode()
            throws Exception {
        List<Invitee> invitees = EventFixtures.threeInvitees();
        UUID batchId = UUID.randomUUID();
        var requested = EventData.invitationsRequested(EventFixtures.event(EventData.INVITATIONS_REQUESTED,
                EventFixtures.invitationsRequested(Issuer.bloc(), batchId, UUID.randomUUID(), invitees)));

        GatheringPapers.InvitationBatch batch = papers.invitations(requested, "e-1", ON, "event:test");

        TemplateIssue issue = batch.issue();
        assertEquals(DocumentType.INVITATION, issue.type());
        assertEquals(batchId.toString(), issue.relatedTo());
        assertEquals("GM", issue.runKey());
        assertEquals("07-GM/ĐUK", issue.symbol(7));
        assertEquals("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai", issue.issuer().headerName());
        assertEquals("Đảng bộ tỉnh Lào Cai", issue.issuer().higherBody());
        List<PartyDocument> copies = new ArrayList<>();
        for (Map<String, Object> addressee : batch.copies()) {
            copies.add(issue.copy(TEMPLATES, 7, addressee));
        }
        byte[] pdf = new PdfRenderer().renderAll(copies).bytes();
        keep("invitations.pdf", pdf);

        assertEquals(invitees.stream().map(Invitee::token).toList(), QrReading.pdfPages(pdf),
                "one page per copy, in the batch's order, each code its own invitee's token");
        List<String> pages = TextExtraction.pdfPages(pdf).stream().map(TextExtraction::normalizeWhitespace).toList();
        assertEquals(3, pages.size());
        String binh = pages.get(0);
        for (String expected : List.of("ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH LÀO CAI",
                "Số 07-GM/ĐUK", "GIẤY MỜI", "Kính gửi: Đồng chí Nguyễn Văn Bình", "Bí thư, Chi bộ Phòng Kế hoạch",
                "Thành phần: " + EventFixtures.COMMITTEE + "; " + EventFixtures.SECRETARIES + "; "
                        + EventFixtures.RECIPIENTS,
                "Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai trân trọng kính mời đồng chí tới dự "
                        + EventFixtures.MEETING,
                "Thời gian: 07 giờ 30 phút đến 11 giờ 30 phút, thứ Sáu, ngày 10 tháng 5 năm 2024",
                "Địa điểm: Hội trường lớn Trường Chính trị tỉnh", "Mã điểm danh: " + invitees.get(0).token()
                        .substring(0, 8), "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Hữu Long")) {
            assertTrue(binh.contains(expected), () -> "missing \"" + expected + "\" in " + binh);
        }
        assertTrue(pages.get(1).contains("Kính gửi: Đồng chí Lò Thị Xuân"), pages.get(1));
        assertTrue(pages.get(2).contains("Kính gửi: Đồng chí Giàng A Páo")
                && pages.get(2).contains("Nguyên Phó Chủ tịch UBND tỉnh"), pages.get(2));
        assertTrue(pages.stream().allMatch(p -> p.contains("Số 07-GM/ĐUK")), "one number for the batch");
    }

    @Test
    void anInvitationWhoseTokenIsNotTheOpaqueCodeIsRefused() throws Exception {
        String data = EventFixtures.invitationsRequested(Issuer.bloc(), UUID.randomUUID(), UUID.randomUUID(),
                EventFixtures.threeInvitees());
        String broken = data.replaceFirst("\"token\":\"[^\"]+\"", "\"token\":\"Nguyễn Văn Bình\"");

        assertThrows(InvalidEventException.class, () -> EventData.invitationsRequested(EventFixtures.event(
                EventData.INVITATIONS_REQUESTED, broken)));
        assertThrows(InvalidEventException.class, () -> EventData.invitationsRequested(EventFixtures.event(
                EventData.INVITATIONS_REQUESTED, data.replaceFirst("\"batchId\":\"[^\"]+\",", ""))));
    }

    @Test
    void theProgrammeListsItsItemsInOrderAndTheAwardCeremonysRecipients() throws Exception {
        UUID publicationId = UUID.randomUUID();
        var published = EventData.programmePublished(EventFixtures.event(EventData.PROGRAMME_PUBLISHED,
                EventFixtures.programmePublished(Issuer.bloc(), publicationId, UUID.randomUUID())));

        TemplateIssue programme = papers.programme(published, "e-2", ON, "event:test");

        assertEquals(DocumentType.PROGRAMME, programme.type());
        assertEquals(publicationId.toString(), programme.relatedTo());
        byte[] pdf = new PdfRenderer().render(programme.copy(TEMPLATES, 3));
        keep("programme.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        List<String> inOrder = List.of("Số 03-CTr/ĐUK", "CHƯƠNG TRÌNH", EventFixtures.MEETING,
                "Thời gian: 07 giờ 30 phút đến 11 giờ 30 phút", "Chào cờ, tuyên bố lý do", "Văn nghệ chào mừng",
                "Diễn văn kỷ niệm", "Thư của đồng chí Bí thư Tỉnh ủy", "Khen thưởng tập thể, cá nhân", "Bế mạc",
                "Tập thể, cá nhân được khen thưởng", "Đảng bộ Sở Y tế", "Chi bộ Phòng Kế hoạch",
                "Nguyễn Văn Bình - Chi bộ Phòng Kế hoạch", "Lò Thị Xuân - Đảng bộ Sở Y tế");
        assertInOrder(text, inOrder);
    }

    @Test
    void theAttendeeListGroupsTheAttendeesEachOnceWithTheCountsPerGroup() throws Exception {
        UUID eventId = UUID.randomUUID();
        var closed = EventData.attendanceClosed(EventFixtures.event(EventData.ATTENDANCE_CLOSED,
                EventFixtures.attendanceClosed(Issuer.bloc(), eventId)));

        TemplateIssue list = papers.attendeeList(closed, "e-3", ON, "event:test");

        assertEquals(DocumentType.ATTENDEE_LIST, list.type());
        assertEquals(eventId.toString(), list.relatedTo());
        byte[] pdf = new PdfRenderer().render(list.copy(TEMPLATES, 1));
        keep("attendee-list.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertInOrder(text, List.of("DANH SÁCH", "Đại biểu dự " + EventFixtures.MEETING,
                "Số đại biểu dự kiến: 350; được mời: 5; nhận lời: 4; có mặt: 4",
                EventFixtures.GUESTS + " 1 1 1", EventFixtures.COMMITTEE + " 1 1 1",
                EventFixtures.SECRETARIES + " 3 2 2", EventFixtures.RECIPIENTS + " 1 1 1",
                "Tổng số (mỗi người tính một lần) 5 4 4",
                "I. " + EventFixtures.GUESTS + " (1 đại biểu)", "Giàng A Páo",
                // Bình is in three groups: listed once, under the first of them in the groups' order
                "II. " + EventFixtures.COMMITTEE + " (1 đại biểu)", "Nguyễn Văn Bình",
                "III. " + EventFixtures.SECRETARIES + " (2 đại biểu)", "Lò Thị Xuân", "Hoàng Đức Mạnh",
                "Dự thay đồng chí Trần Thị Ngọc Diễm"));
        assertEquals(1, text.split("Nguyễn Văn Bình", -1).length - 1, "listed once: " + text);
        assertTrue(!text.contains("IV. " + EventFixtures.RECIPIENTS), "a group whose attendees are all listed "
                + "earlier gets no empty section");
    }

    static void assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, () -> "missing, or out of order, \"" + part + "\" in " + text);
            at = found + part.length();
        }
    }

    /** Kept under target/event-documents to look at. */
    static void keep(String name, byte[] pdf) throws Exception {
        Path file = Path.of("target/event-documents", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }
}
