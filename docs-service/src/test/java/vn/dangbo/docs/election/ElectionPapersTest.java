package vn.dangbo.docs.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.election.ElectionFixtures.Congress;
import vn.dangbo.docs.election.ElectionFixtures.Election;
import vn.dangbo.docs.election.ElectionFixtures.Votes;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * The election documents as printed, from events built to congress-service's schemas: the ballots of an approved
 * list, the counting minutes of a declared result, the submission for approval and the congress minutes' part.
 */
class ElectionPapersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PdfRenderer PDF = new PdfRenderer();
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final OffsetDateTime AT = OffsetDateTime.parse("2025-05-20T08:45:00Z");
    static final List<String> SIX = List.of("Nguyễn Hữu Long", "Lò Thị Xuân", "Hoàng Văn Đức", "Trần Văn Điều",
            "Hoàng Thị Yến", "Vũ Đức Thắng");

    private final DocumentTemplates templates = new DocumentTemplates(Optional.empty());
    private final Congress congress = ElectionFixtures.committeeCongress("Đảng bộ Văn phòng UBND tỉnh");

    @Test
    void anApprovedListGivesOneBallotPerVoterAndSpareEachWithItsSerialTwoToAnA4Sheet() throws IOException {
        Election committee = ElectionFixtures.committee(5);
        IncomingEvent event = event(ElectionFixtures.LIST_APPROVED,
                ElectionFixtures.listApproved(congress, committee, SIX, 8, 3, "BCH1-"));
        BallotPapers.Ballots ballots = new BallotPapers("Lào Cai").ballots(ElectionEventData.listApproved(event),
                event.id(), LocalDate.of(2025, 5, 20), "event:test");
        assertEquals(11, ballots.copies().size(), "8 voters and 3 spares");

        byte[] pdf = render(ballots.issue(), ballots.copies());
        keep("ballots.pdf", pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(6, doc.getNumberOfPages(), "11 ballots, two to a sheet");
            PDPage sheet = doc.getPage(0);
            assertEquals(PDRectangle.A4.getHeight(), sheet.getMediaBox().getWidth(), 1f, "A4 landscape");
        }
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (String expected : List.of("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH", "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH",
                "ĐẢNG CỘNG SẢN VIỆT NAM", "PHIẾU BẦU CỬ", "Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025-2030",
                "(Đại hội Đảng bộ Văn phòng UBND tỉnh)", "Bầu 5 trong số 6 đồng chí có tên dưới đây",
                "không đồng ý bầu ai thì gạch cả họ và tên", "Vũ Đức Thắng")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        IntStream.rangeClosed(1, 11).forEach(serial -> assertEquals(1,
                count(text, "Mã phiếu: BCH1-" + serial + " "), "serial " + serial + " once: " + text));
        assertFalse(text.contains("BCH1-12 "), "no twelfth ballot");
        assertFalse(text.contains("Số:") || text.contains("Số 01"), "no document number on a ballot: " + text);
        assertFalse(text.contains("tháng 5 năm 2025"), "no place-and-date line on a ballot: " + text);
        assertTrue(ballots.issue().title().startsWith("Phiếu bầu Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh"),
                ballots.issue().title());
    }

    @Test
    void aDelegateCongressPrintsItsThreeHundredAndFiftyBallotsAndSparesOnA4SheetsAndALongListOnA4()
            throws IOException {
        List<String> names = IntStream.rangeClosed(1, 21).mapToObj(i -> "Đại biểu Số " + i).toList();
        IncomingEvent event = event(ElectionFixtures.LIST_APPROVED,
                ElectionFixtures.listApproved(congress, ElectionFixtures.committee(5), SIX, 350, 18, "BCH1-"));
        BallotPapers.Ballots ballots = new BallotPapers("Lào Cai").ballots(ElectionEventData.listApproved(event),
                event.id(), LocalDate.of(2025, 5, 20), "event:test");
        byte[] pdf = render(ballots.issue(), ballots.copies());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(184, doc.getNumberOfPages(), "368 ballots, two to a sheet");
        }
        assertTrue(normalizeWhitespace(TextExtraction.pdfText(pdf)).contains("Mã phiếu: BCH1-368 "));

        IncomingEvent longList = event(ElectionFixtures.LIST_APPROVED,
                ElectionFixtures.listApproved(congress, ElectionFixtures.committee(17), names, 2, 0, "BCH1-"));
        BallotPapers.Ballots a4 = new BallotPapers("Lào Cai").ballots(ElectionEventData.listApproved(longList),
                longList.id(), LocalDate.of(2025, 5, 20), "event:test");
        try (PDDocument doc = Loader.loadPDF(render(a4.issue(), a4.copies()))) {
            assertEquals(2, doc.getNumberOfPages(), "21 names: one A4 ballot a page");
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 1f, "A4 portrait");
        }
    }

    @Test
    void aSecretaryListWithoutSurplusGetsAgreeDisagreeBallotsInTheCellsName() throws IOException {
        Congress cell = ElectionFixtures.cellCongress("Chi bộ Phòng Tổng hợp");
        IncomingEvent event = event(ElectionFixtures.LIST_APPROVED,
                ElectionFixtures.listApproved(cell, ElectionFixtures.secretary(), List.of("Lò Thị Xuân"), 9, 3, "BT1-"));
        BallotPapers.Ballots ballots = new BallotPapers("Lào Cai").ballots(ElectionEventData.listApproved(event),
                event.id(), LocalDate.of(2025, 5, 20), "event:test");
        byte[] pdf = render(ballots.issue(), ballots.copies());
        keep("secretary-ballots.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (String expected : List.of("CHI BỘ PHÒNG TỔNG HỢP", "Bí thư Chi bộ Phòng Tổng hợp nhiệm kỳ 2025-2027",
                "Bầu 1 đồng chí; đánh dấu X vào ô \"Đồng ý\" hoặc \"Không đồng ý\"", "Đồng ý Không đồng ý",
                "Mã phiếu: BT1-12")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        assertFalse(text.contains("gạch"), text);
    }

    @Test
    void theCountingMinutesShowTheFiguresTheBaseTheVotesTheElectedTheTellersAndTheLogHash() throws IOException {
        Election committee = ElectionFixtures.committee(2);
        IncomingEvent event = event(ElectionFixtures.RESULT_DECLARED, ElectionFixtures.resultDeclared(congress,
                committee, 12, 10, 1, 12, List.of(new Votes("Nguyễn Hữu Long", 9, "81.82", "ELECTED"),
                        new Votes("Lò Thị Xuân", 6, "54.55", "ELECTED"),
                        new Votes("Hoàng Văn Đức", 5, "45.45", "NOT_ELECTED")), 0));
        TemplateIssue minutes = new ElectionPapers("Lào Cai", "").countingMinutes(
                ElectionEventData.resultDeclared(event), event.id(), AT.atZoneSameInstant(VIETNAM), "event:test");
        byte[] pdf = PDF.render(minutes.copy(templates, 3));
        keep("counting-minutes.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (String expected : List.of("BIÊN BẢN", "Số 03-BB/ĐU", "Lào Cai, ngày 20 tháng 5 năm 2025",
                "Kiểm phiếu bầu Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025-2030",
                "Thời gian: 15 giờ 45 phút, ngày 20 tháng 5 năm 2025",
                "Ban kiểm phiếu gồm các đồng chí: Lê Thị Hằng (Trưởng ban), Phạm Quốc Dũng (Ủy viên)",
                "Số phiếu phát ra: 12.", "Số phiếu thu vào: 11.", "Số phiếu hợp lệ: 10.", "Số phiếu không hợp lệ: 1.",
                "Số lượng bầu: 2 đồng chí; số người trong danh sách bầu cử: 3; hình thức: phiếu gạch tên.",
                "Số đại biểu được triệu tập: 12; trừ 1; căn cứ tính kết quả bầu cử: 11 đại biểu.",
                "Vắng mặt suốt thời gian đại hội có lý do được chấp thuận", "Ban Chấp hành (đồng chí Nguyễn Hữu Long)",
                "Nguyễn Hữu Long 9 81,82 Trúng cử", "Lò Thị Xuân 6 54,55 Trúng cử",
                "Hoàng Văn Đức 5 45,45 Không trúng cử", "Các đồng chí trúng cử: Nguyễn Hữu Long, Lò Thị Xuân.",
                ElectionFixtures.HASH, "T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN", "Lê Thị Hằng")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
    }

    @Test
    void theSubmissionAsksTheHigherStandingCommitteeToApproveEveryResultAndTheMinutesRecordThem() throws IOException {
        Election committee = ElectionFixtures.committee(2);
        Election delegation = new Election(UUID.randomUUID(), "DELEGATION", "Đại biểu dự Đại hội cấp trên", "CONGRESS",
                1, 1, 1, "STRIKE_OUT");
        IncomingEvent event = event(ElectionFixtures.RESULTS_SUBMITTED, ElectionFixtures.resultsSubmitted(congress,
                List.of(committee, delegation), List.of(
                        List.of(new Votes("Nguyễn Hữu Long", 9, "81.82", "ELECTED"),
                                new Votes("Lò Thị Xuân", 6, "54.55", "ELECTED"),
                                new Votes("Hoàng Văn Đức", 5, "45.45", "NOT_ELECTED")),
                        List.of(new Votes("Trần Văn Điều", 10, "90.91", "ELECTED"),
                                new Votes("Hoàng Thị Yến", 7, "63.64", "ALTERNATE"))), 12));
        ElectionEventData.ResultsSubmitted submitted = ElectionEventData.resultsSubmitted(event);
        ElectionPapers papers = new ElectionPapers("Lào Cai", "Nguyễn Hữu Long");

        byte[] pdf = PDF.render(papers.submission(submitted, event.id(), LocalDate.of(2025, 5, 22), "event:test")
                .copy(templates, 4));
        keep("submission.pdf", pdf);
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (String expected : List.of("TỜ TRÌNH", "Số 04-TTr/ĐU",
                "Đề nghị chuẩn y kết quả bầu cử tại Đại hội Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025-2030",
                "Kính gửi: Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                "1. Kết quả bầu Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh", "Nguyễn Hữu Long 9 81,82 Trúng cử",
                "2. Kết quả bầu Đại biểu dự Đại hội Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
                "Trần Văn Điều 10 90,91 Đại biểu chính thức", "Hoàng Thị Yến 7 63,64 Đại biểu dự khuyết",
                "kính đề nghị Ban Thường vụ Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh xem xét, chuẩn y",
                "T/M BAN CHẤP HÀNH", "BÍ THƯ")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        assertFalse(text.contains("Hoàng Văn Đức"), "the submission lists the elected only: " + text);

        byte[] minutes = PDF.render(papers.congressMinutes(submitted, event.id(), LocalDate.of(2025, 5, 22),
                "event:test").copy(templates, 5));
        keep("congress-minutes.pdf", minutes);
        String minutesText = normalizeWhitespace(TextExtraction.pdfText(minutes));
        for (String expected : List.of("BIÊN BẢN", "Số 05-BB/ĐU",
                "Đại hội Đảng bộ Văn phòng UBND tỉnh nhiệm kỳ 2025-2030 (phần bầu cử)",
                "Thời gian: từ ngày 20 tháng 5 năm 2025 đến ngày 21 tháng 5 năm 2025",
                "1. Bầu Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh", "Hoàng Văn Đức 5 45,45 Không trúng cử",
                "Số lượng bầu: 1 đại biểu chính thức và 1 đại biểu dự khuyết",
                "Các đồng chí trúng cử đại biểu dự khuyết (theo thứ tự): Hoàng Thị Yến.", ElectionFixtures.HASH,
                "T/M ĐOÀN CHỦ TỊCH")) {
            assertTrue(minutesText.contains(expected), () -> "missing \"" + expected + "\" in " + minutesText);
        }
    }

    @Test
    void aCellConvenedByItsCommitteeHasItsOwnBodyOnTheBallotAndSubmitsItsResultsToThatCommittee() throws IOException {
        Congress cell = ElectionFixtures.cellConvenedByItsCommittee("Chi bộ Phòng Tổng hợp",
                "Đảng bộ Văn phòng UBND tỉnh");
        Election committee = new Election(UUID.randomUUID(), "CELL_COMMITTEE", "Chi ủy", "CONGRESS", 1, 3, 0,
                "STRIKE_OUT");
        IncomingEvent list = event(ElectionFixtures.LIST_APPROVED, ElectionFixtures.listApproved(cell, committee,
                SIX.subList(0, 4), 9, 3, "CU1-"));
        BallotPapers.Ballots ballots = new BallotPapers("Lào Cai").ballots(ElectionEventData.listApproved(list),
                list.id(), LocalDate.of(2025, 5, 20), "event:test");
        String ballotText = normalizeWhitespace(TextExtraction.pdfText(render(ballots.issue(), ballots.copies())));
        // the committee convenes (its stamp, top left); the cell elects its own committee at its own congress
        for (String expected : List.of("ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", "Chi ủy Chi bộ Phòng Tổng hợp nhiệm kỳ 2025-2027",
                "Đại hội Chi bộ Phòng Tổng hợp")) {
            assertTrue(ballotText.contains(expected), () -> "missing \"" + expected + "\" in " + ballotText);
        }
        assertFalse(ballotText.contains("Chi ủy Đảng bộ"), ballotText);

        IncomingEvent event = event(ElectionFixtures.RESULTS_SUBMITTED, ElectionFixtures.resultsSubmitted(cell,
                List.of(committee), List.of(List.of(new Votes("Nguyễn Hữu Long", 9, "100.00", "ELECTED"),
                        new Votes("Lò Thị Xuân", 7, "77.78", "ELECTED"), new Votes("Hoàng Văn Đức", 6, "66.67",
                                "ELECTED"), new Votes("Trần Văn Điều", 3, "33.33", "NOT_ELECTED"))), 10));
        ElectionEventData.ResultsSubmitted submitted = ElectionEventData.resultsSubmitted(event);
        String text = normalizeWhitespace(TextExtraction.pdfText(PDF.render(new ElectionPapers("Lào Cai",
                "Nguyễn Hữu Long").submission(submitted, event.id(), LocalDate.of(2025, 5, 22), "event:test")
                .copy(templates, 1))));
        for (String expected : List.of("ĐẢNG BỘ VĂN PHÒNG UBND TỈNH", "CHI BỘ PHÒNG TỔNG HỢP", "Số 01-TTr/CB",
                "Đề nghị chuẩn y kết quả bầu cử tại Đại hội Chi bộ Phòng Tổng hợp nhiệm kỳ 2025-2027",
                "Kính gửi: Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh", "1. Kết quả bầu Chi ủy Chi bộ Phòng Tổng hợp",
                "Chi bộ Phòng Tổng hợp kính đề nghị Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh xem xét, chuẩn y",
                "T/M CHI BỘ")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        assertFalse(text.contains("Khối các cơ quan"), "the committee above the cell approves: " + text);
    }

    private byte[] render(TemplateIssue issue, List<java.util.Map<String, Object>> copies) {
        List<PartyDocument> documents = new ArrayList<>();
        for (java.util.Map<String, Object> copy : copies) {
            documents.add(issue.copy(templates, 1, copy));
        }
        return PDF.renderAll(documents).bytes();
    }

    static IncomingEvent event(String type, String data) throws IOException {
        return new IncomingEvent(UUID.randomUUID().toString(), type, ElectionFixtures.SOURCE,
                UUID.randomUUID().toString(), AT, JSON.readTree(data));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static void keep(String name, byte[] pdf) throws IOException {
        Path file = Path.of("target/election-papers", name);
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
    }
}
