package vn.dangbo.docs.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;

/** The programme and the attendee list as template values, from the event's agenda and attendees. */
class CongressPapersTest {

    private static final DocumentTemplates BUILT_IN = new DocumentTemplates(Optional.empty());

    private final CongressPapers papers = new CongressPapers("Lào Cai", "Nguyễn Văn An");

    @Test
    void theProgrammeHasTheAgendaAsNumberedRowsInTheCongressRun() {
        CongressNotice congress = CongressNoticeValuesTest.cellCongress();
        TemplateIssue issue = papers.programme(congress, List.of(new CongressPapers.AgendaItem(1, "Tổng kết"),
                new CongressPapers.AgendaItem(2, "Bầu cấp ủy nhiệm kỳ 2020 - 2022")), "e-1", "event:test");

        assertEquals(DocumentType.PROGRAMME, issue.type());
        assertEquals(congress.congressId().toString(), issue.runKey(), "a congress document: the congress' run");
        assertEquals("01-CTr/ĐU", issue.symbol(1));
        List<?> items = (List<?>) issue.data().get("items");
        assertEquals(Map.of("time", "", "content", "2. Bầu cấp ủy nhiệm kỳ 2020 - 2022", "by", "Đoàn Chủ tịch"),
                items.get(1));
        assertEquals("Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", issue.data().get("summary"));
        assertEquals("Chương trình đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022",
                issue.title(issue.copy(BUILT_IN, 1)));
    }

    @Test
    void theAttendeeListNamesEachMembersStatusAndCellAndNotesTheProbationary() {
        CongressNotice congress = CongressNoticeValuesTest.ownCongress("Chi bộ Trường Tiểu học Kim Tân",
                "GRASSROOTS_CELL");
        TemplateIssue issue = papers.attendeeList(congress, List.of(
                new CongressPapers.Attendee("Lò Thị Xuân", false, "Chi bộ Trường Tiểu học Kim Tân"),
                new CongressPapers.Attendee("Hoàng Văn Đức", true, "Chi bộ Trường Tiểu học Kim Tân")), "e-2",
                "event:test");

        List<?> rows = (List<?>) issue.data().get("attendees");
        assertEquals(Map.of("name", "Lò Thị Xuân", "position", "Đảng viên chính thức, Chi bộ Trường Tiểu học Kim Tân",
                "note", ""), rows.get(0));
        assertEquals(Map.of("name", "Hoàng Văn Đức", "position", "Đảng viên dự bị, Chi bộ Trường Tiểu học Kim Tân",
                "note", "Dự bị"), rows.get(1));
        // a cell convening its own congress signs and files as a cell
        assertEquals(Map.of("authority", "T/M CHI BỘ", "position", "BÍ THƯ", "name", "Nguyễn Văn An"),
                issue.data().get("signature"));
        assertEquals(List.of("Lưu hồ sơ chi bộ."), issue.data().get("recipients"));
        assertEquals("01-DS/CB", issue.symbol(1));
    }
}
