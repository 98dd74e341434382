package vn.dangbo.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.docs.award.AwardEventData;
import vn.dangbo.docs.award.AwardPapers;
import vn.dangbo.docs.document.DocumentContentCodec;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.FileHash;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * The documents of one {@code award.decided.v1} event of the movement's quota (85 recipients: 40 collectives and 45
 * individuals), as docs-service's consumer makes them: the event read, the decision with its annexed list and one
 * certificate per recipient filled from their templates, each rendered on its own as PDF and DOCX, hashed and its
 * content stored as JSON. Without the database and Kafka (the inserts and the outbox rows of the one transaction).
 */
final class AwardDocumentsRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACHIEVEMENT = "xuất sắc trong phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành "
            + "lập Đảng bộ Khối";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Quốc", "Thu"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hằng", "Lan", "Long", "Ánh", "Yến", "Đức",
        "Xuân", "Thắng", "Hà", "Giang", "Oanh", "Phúc", "Sơn"};

    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final DocumentTemplates templates = new DocumentTemplates(Optional.empty());
    private final AwardPapers papers = new AwardPapers("Lào Cai", "Nguyễn Hữu Long");
    private final IncomingEvent event;

    AwardDocumentsRun(PdfRenderer pdf, DocxRenderer docx, int collectives, int individuals) {
        this.pdf = pdf;
        this.docx = docx;
        this.event = new IncomingEvent(UUID.randomUUID().toString(), AwardEventData.AWARD_DECIDED,
                "/dangbo/emulation-service", UUID.randomUUID().toString(), OffsetDateTime.now(),
                data(collectives, individuals));
    }

    /** What one run produced: documents, and the bytes of the PDFs and DOCX files. */
    record Result(int documents, long pdfBytes, long docxBytes, long templatesMs, long pdfMs, long docxMs) {
    }

    Result run() {
        AwardEventData.AwardDecided decided = AwardEventData.awardDecided(event);
        List<TemplateIssue> issues = new ArrayList<>();
        issues.add(papers.decision(decided, event.id(), "event:benchmark"));
        issues.addAll(papers.certificates(decided, event.id(), "event:benchmark"));
        long pdfBytes = 0;
        long docxBytes = 0;
        int number = 0;
        long templatesNs = 0;
        long pdfNs = 0;
        long docxNs = 0;
        for (TemplateIssue issue : issues) {
            // each document its own file with its own number, as DocumentIssuing issues them
            number = issue.runKey().equals("QĐ") ? 1 : number + 1;
            long t0 = System.nanoTime();
            PartyDocument document = issue.copy(templates, number);
            DocumentContentCodec.toJson(document);
            long t1 = System.nanoTime();
            byte[] p = pdf.render(document);
            FileHash.sha256(p);
            long t2 = System.nanoTime();
            byte[] d = docx.render(document);
            FileHash.sha256(d);
            long t3 = System.nanoTime();
            templatesNs += t1 - t0;
            pdfNs += t2 - t1;
            docxNs += t3 - t2;
            pdfBytes += p.length;
            docxBytes += d.length;
        }
        return new Result(issues.size(), pdfBytes, docxBytes, templatesNs / 1_000_000, pdfNs / 1_000_000,
                docxNs / 1_000_000);
    }

    private static com.fasterxml.jackson.databind.JsonNode data(int collectives, int individuals) {
        ObjectNode data = JSON.createObjectNode();
        data.putObject("movement").put("id", UUID.randomUUID().toString())
                .put("name", "Phong trào thi đua chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối")
                .put("planId", "2024-khoi-65-nam");
        data.putObject("issuer").put("id", UUID.randomUUID().toString())
                .put("name", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai").put("shortCode", "ĐUK")
                .put("type", "BLOC_COMMITTEE").put("term", "2020-2025");
        data.putObject("higherBody").put("id", UUID.randomUUID().toString()).put("name", "Đảng bộ tỉnh Lào Cai");
        ObjectNode decision = data.putObject("decision");
        decision.put("id", UUID.randomUUID().toString());
        decision.putObject("form").put("code", "GK-BTV").put("name", "Giấy khen")
                .put("awardedBy", "Ban Thường vụ Đảng ủy Khối");
        decision.put("decidedOn", "2024-05-06");
        decision.putArray("basis").add("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Khối nhiệm kỳ 2020-2025;")
                .add("Căn cứ Kế hoạch số 135-KH/ĐUK ngày 20/11/2023 về phong trào thi đua;");
        decision.put("reason", "đã có thành tích " + ACHIEVEMENT);
        ArrayNode recipients = data.putArray("recipients");
        for (int i = 0; i < collectives; i++) {
            String name = "Chi bộ " + GIVEN[i % GIVEN.length] + " số " + (i + 1);
            recipients.addObject().put("awardId", UUID.randomUUID().toString()).put("kind", "ORGANISATION")
                    .put("name", name).put("organisationId", UUID.randomUUID().toString())
                    .put("organisationName", name).putNull("memberId").put("achievement", ACHIEVEMENT);
        }
        for (int i = 0; i < individuals; i++) {
            String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " "
                    + GIVEN[(i * 7) % GIVEN.length];
            recipients.addObject().put("awardId", UUID.randomUUID().toString()).put("kind", "MEMBER")
                    .put("name", name).put("organisationId", UUID.randomUUID().toString())
                    .put("organisationName", "Chi bộ Phòng số " + (i % 9 + 1) + ", Đảng bộ Sở Y tế")
                    .put("memberId", UUID.randomUUID().toString()).put("achievement", ACHIEVEMENT);
        }
        return data;
    }
}
