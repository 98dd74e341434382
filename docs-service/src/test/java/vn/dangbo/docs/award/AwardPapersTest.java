package vn.dangbo.docs.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.award.AwardEventData.AwardDecided;
import vn.dangbo.docs.award.AwardFixtures.Issuer;
import vn.dangbo.docs.award.AwardFixtures.Recipient;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/** The award documents as template values, from events built as emulation-service's schemas define them. */
class AwardPapersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DocumentTemplates TEMPLATES = new DocumentTemplates(Optional.empty());
    private static final Issuer ISSUER = Issuer.bloc();

    private final AwardPapers papers = new AwardPapers("Lào Cai", "Nguyễn Hữu Long");

    private static final Recipient HANG = Recipient.member("Nguyễn Thị Hằng", "Chi bộ Phòng Kế hoạch");
    private static final Recipient AN = Recipient.member("Trần Văn An", "Chi bộ Phòng Tổ chức");
    private static final Recipient DUC = Recipient.member("Lò Văn Đức", "Chi bộ Phòng Hành chính");
    private static final Recipient DUNG = Recipient.member("Bùi Văn Dũng", "Chi bộ Phòng Hành chính");
    private static final Recipient YTE = Recipient.collective("Đảng bộ Sở Y tế");
    private static final Recipient CONG_AN = Recipient.collective("Đảng bộ Công an tỉnh");
    private static final Recipient XAY_DUNG = Recipient.collective("Chi bộ Sở Xây dựng");

    @Test
    void theAnnexListsTheCollectivesFirstThenTheIndividualsEachInVietnameseOrder() throws Exception {
        AwardDecided decided = decided(List.of(HANG, YTE, AN, CONG_AN, DUC, XAY_DUNG, DUNG));

        List<String> annex = AwardPapers.annexOrder(decided.recipients()).stream()
                .map(AwardEventData.Recipient::name).toList();

        // organisations by name (C before Đ, "Công an" before "Sở Y tế"); people by given name: An, Dũng, Đức, Hằng
        assertEquals(List.of("Chi bộ Sở Xây dựng", "Đảng bộ Công an tỉnh", "Đảng bộ Sở Y tế",
                "Trần Văn An", "Bùi Văn Dũng", "Lò Văn Đức", "Nguyễn Thị Hằng"), annex);
    }

    @Test
    void theCertificatesFollowTheAnnexEachRelatedToItsAwardInTheCommitteesGkRun() throws Exception {
        AwardDecided decided = decided(List.of(HANG, YTE, AN, CONG_AN));

        List<TemplateIssue> certificates = papers.certificates(decided, "e-1", "event:test");

        assertEquals(List.of(CONG_AN.awardId(), YTE.awardId(), AN.awardId(), HANG.awardId()).stream()
                .map(UUID::toString).toList(), certificates.stream().map(TemplateIssue::relatedTo).toList(),
                "numbered in annex order: the issue order is the numbering order");
        TemplateIssue first = certificates.get(0);
        assertEquals(DocumentType.CERTIFICATE, first.type());
        assertEquals("GK", first.runKey());
        assertEquals("2020-2025", first.term());
        assertEquals("01-GK/ĐUK", first.symbol(1));
        assertEquals("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai", first.issuer().headerName());
        assertEquals("Đảng bộ tỉnh Lào Cai", first.issuer().higherBody());

        PartyDocument hang = certificates.get(3).copy(TEMPLATES, 4);
        String text = normalizeWhitespace(TextExtraction.pdfText(new PdfRenderer().render(hang)));
        for (String expected : List.of("GIẤY KHEN", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH LÀO CAI",
                "KHEN", "Nguyễn Thị Hằng", "Chi bộ Phòng Kế hoạch", "Đã có thành tích " + AwardFixtures.ACHIEVEMENT,
                "Số 04-GK/ĐUK", "Lào Cai, ngày 06 tháng 5 năm 2024", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
                "Nguyễn Hữu Long")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
        assertTrue(hang.bordered() && hang.centred(), "framed and centred");
    }

    @Test
    void theDecisionCountsTheRecipientsAndAnnexesTheListNumberedInTheCommitteesQdRun() throws Exception {
        UUID decisionId = UUID.randomUUID();
        AwardDecided decided = AwardEventData.awardDecided(event(AwardEventData.AWARD_DECIDED,
                AwardFixtures.decided(ISSUER, decisionId, List.of(HANG, YTE, AN, CONG_AN, DUC))));

        TemplateIssue decision = papers.decision(decided, "e-1", "event:test");

        assertEquals(decisionId.toString(), decision.relatedTo());
        assertEquals("QĐ", decision.runKey());
        assertEquals("2020-2025", decision.term());
        String text = normalizeWhitespace(TextExtraction.pdfText(new PdfRenderer().render(decision.copy(TEMPLATES,
                7))));
        for (String expected : List.of("QUYẾT ĐỊNH", "Số 07-QĐ/ĐUK", "Về việc tặng Giấy khen cho 2 tập thể và 3 cá nhân",
                "Căn cứ Kế hoạch số 135-KH/ĐUK", "BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH LÀO CAI",
                "Điều 1. Tặng Giấy khen của Ban Thường vụ Đảng ủy Khối cho 2 tập thể và 3 cá nhân (có tên trong danh "
                        + "sách kèm theo) đã có thành tích xuất sắc",
                "Điều 2. Quyết định có hiệu lực kể từ ngày ký.", "Điều 3.", "T/M BAN THƯỜNG VỤ",
                "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", "(Kèm theo Quyết định số 07-QĐ/ĐUK",
                "STT Tên tập thể, cá nhân Đơn vị Thành tích", "1 Đảng bộ Công an tỉnh", "2 Đảng bộ Sở Y tế",
                "3 Trần Văn An Chi bộ Phòng Tổ chức", "4 Lò Văn Đức", "5 Nguyễn Thị Hằng")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
    }

    @Test
    void aProposalIsASubmissionToTheHigherBodyListingTheRecipients() throws Exception {
        UUID proposalId = UUID.randomUUID();
        var proposed = AwardEventData.awardProposed(event(AwardEventData.AWARD_PROPOSED,
                AwardFixtures.proposed(ISSUER, proposalId, List.of(HANG, YTE))));

        TemplateIssue submission = papers.submission(proposed, "e-2", "event:test");

        assertEquals(DocumentType.SUBMISSION, submission.type());
        assertEquals(proposalId.toString(), submission.relatedTo());
        String text = normalizeWhitespace(TextExtraction.pdfText(new PdfRenderer().render(submission.copy(TEMPLATES,
                2))));
        for (String expected : List.of("TỜ TRÌNH", "Số 02-TTr/ĐUK", "Kính gửi: Ban Thường vụ Tỉnh ủy Lào Cai",
                "Đề nghị tặng Bằng khen của Ban Thường vụ Tỉnh ủy Lào Cai cho 1 tập thể và 1 cá nhân",
                "1 Đảng bộ Sở Y tế", "2 Nguyễn Thị Hằng Chi bộ Phòng Kế hoạch", "xem xét, quyết định./.")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in " + text);
        }
    }

    @Test
    void anEventWithoutItsDecisionDoesNotFollowTheSchema() throws Exception {
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(
                AwardFixtures.decided(ISSUER, UUID.randomUUID(), List.of(HANG)));
        node.remove("decision");
        IncomingEvent event = new IncomingEvent("e-3", AwardEventData.AWARD_DECIDED, AwardFixtures.SOURCE, "k",
                OffsetDateTime.now(), node);
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> AwardEventData.awardDecided(event));
        assertTrue(e.getMessage().contains("does not follow its schema"), e.getMessage());
    }

    @Test
    void theCountNamesCollectivesAndIndividualsAsThereAreAny() throws Exception {
        assertEquals("1 cá nhân", AwardPapers.count(decided(List.of(HANG)).recipients()));
        assertEquals("2 tập thể", AwardPapers.count(decided(List.of(YTE, CONG_AN)).recipients()));
    }

    private static AwardDecided decided(List<Recipient> recipients) throws Exception {
        return AwardEventData.awardDecided(event(AwardEventData.AWARD_DECIDED,
                AwardFixtures.decided(ISSUER, UUID.randomUUID(), recipients)));
    }

    static IncomingEvent event(String type, String data) throws Exception {
        return new IncomingEvent(UUID.randomUUID().toString(), type, AwardFixtures.SOURCE, UUID.randomUUID().toString(),
                OffsetDateTime.parse("2024-05-06T02:00:00Z"), JSON.readTree(data));
    }
}
