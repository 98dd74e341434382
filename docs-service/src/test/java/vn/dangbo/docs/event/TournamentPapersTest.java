package vn.dangbo.docs.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.docs.event.GatheringPapersTest.assertInOrder;
import static vn.dangbo.docs.event.GatheringPapersTest.keep;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.event.EventFixtures.Issuer;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;

/** The tournament's documents as printed, from events built as emulation's schemas define them. */
class TournamentPapersTest {

    private static final DocumentTemplates TEMPLATES = new DocumentTemplates(Optional.empty());

    private final TournamentPapers papers = new TournamentPapers("Lào Cai", "Nguyễn Hữu Long");

    @Test
    void theScheduleListsEveryMatchByDayWithAKnockoutSideByTheLabelOfWhereItComesFrom() throws Exception {
        UUID publicationId = UUID.randomUUID();
        var published = EventData.schedulePublished(EventFixtures.event(EventData.SCHEDULE_PUBLISHED,
                EventFixtures.schedulePublished(Issuer.bloc(), publicationId, UUID.randomUUID())));

        TemplateIssue schedule = papers.schedule(published, "e-4", LocalDate.of(2024, 5, 2), "event:test");

        assertEquals(DocumentType.SCHEDULE, schedule.type());
        assertEquals(publicationId.toString(), schedule.relatedTo());
        byte[] pdf = new PdfRenderer().render(schedule.copy(TEMPLATES, 1));
        keep("schedule.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertInOrder(text, List.of("LỊCH THI ĐẤU", EventFixtures.TOURNAMENT, "Địa điểm: Nhà thi đấu tỉnh Lào Cai",
                "Ngày 04/5/2024 (thứ Bảy)",
                "1 07:30 1 Bảng A Đảng bộ Sở Y tế Chi bộ Sở Xây dựng",
                "2 07:30 2 Bảng B Đảng bộ Công an tỉnh Đảng bộ Sở Tài chính",
                "Ngày 05/5/2024 (Chủ nhật)",
                "3 07:30 1 Bán kết Nhất bảng A Nhì bảng B", "4 07:30 2 Bán kết Nhất bảng B Nhì bảng A",
                "5 09:00 1 Tranh hạng ba Thua trận 3 Thua trận 4", "6 09:00 2 Chung kết Thắng trận 3 Thắng trận 4",
                "T/M BAN THƯỜNG VỤ"));
    }

    @Test
    void theResultNoticeGivesTheFinalsScoreAndTheRanking() throws Exception {
        UUID tournamentId = UUID.randomUUID();
        var completed = EventData.tournamentCompleted(EventFixtures.event(EventData.TOURNAMENT_COMPLETED,
                EventFixtures.tournamentCompleted(Issuer.bloc(), tournamentId)));

        TemplateIssue notice = papers.resultNotice(completed, LocalDate.of(2024, 5, 5), "e-5", "event:test");

        assertEquals(DocumentType.NOTICE, notice.type());
        assertEquals(tournamentId.toString(), notice.relatedTo());
        byte[] pdf = new PdfRenderer().render(notice.copy(TEMPLATES, 2));
        keep("result-notice.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        assertInOrder(text, List.of("Số 02-TB/ĐUK", "THÔNG BÁO", "Kết quả " + EventFixtures.TOURNAMENT,
                "Trận chung kết: Đảng bộ Sở Y tế - Đảng bộ Công an tỉnh, tỷ số 2-1 (25-20, 23-25, 15-12); đội thắng: "
                        + "Đảng bộ Sở Y tế",
                "Xếp hạng chung cuộc", "Giải Nhất Đảng bộ Sở Y tế", "Giải Nhì Đảng bộ Công an tỉnh",
                "Giải Ba Liên quân các chi bộ Chi bộ Sở Xây dựng; Chi bộ Sở Tư pháp", "Hạng 4 Đảng bộ Sở Tài chính",
                "T/M BAN THƯỜNG VỤ"));
    }
}
