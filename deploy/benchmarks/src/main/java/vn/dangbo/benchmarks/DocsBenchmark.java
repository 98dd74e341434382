package vn.dangbo.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.FileHash;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfCopies;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.template.DocumentDraft;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;

/**
 * Measures what a user waits for, in one JVM, without database or HTTP (those add a constant, not per-page cost),
 * through docs-service's plain-Java core only (templates and rendering, as the service itself calls them):
 *
 * <ol>
 *   <li>one plan (KẾ HOẠCH, two pages) from its template to PDF bytes, warm: median of 30 runs after 20 warm-ups;
 *       target at most 100 ms;</li>
 *   <li>a batch of 350 invitations (GIẤY MỜI, one per addressee, each with its roles and the QR code of its check-in
 *       token, as an {@code invitations.requested.v1} batch prints them) from the template to a merged PDF, the DOCX, both
 *       SHA-256 and the ZIP of one PDF per addressee, as POST /documents/batch does: median of 3 runs after one
 *       warm-up; target at most 10 s;</li>
 *   <li>85 certificates and the decision: the documents of one award decision of the movement's quota, each its own
 *       PDF and DOCX, as docs-service issues them from {@code award.decided.v1} (see {@link AwardDocumentsRun}):
 *       median of 3 runs after one warm-up; target at most 5 s.</li>
 * </ol>
 *
 * Exits with status 1 when a target is missed. Arguments: {@code [copies]} (default 350), or {@code awards} for
 * the award documents alone.
 */
public final class DocsBenchmark {

    static final long SINGLE_TARGET_MS = 100;
    static final long BATCH_TARGET_MS = 10_000;
    static final long AWARDS_TARGET_MS = 5_000;

    private static final PdfRenderer PDF = new PdfRenderer();
    private static final DocxRenderer DOCX = new DocxRenderer();
    private static final DocumentTemplates TEMPLATES = new DocumentTemplates(Optional.empty());
    private static final Header HEADER = new Header("Đảng bộ tỉnh Lào Cai", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh",
            "Số 21-GM/ĐUK", PartyDate.placeAndDate("Lào Cai", LocalDate.of(2024, 5, 2)));

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "JVM %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (args.length > 0 && args[0].equals("awards")) { // the award documents alone
            boolean met = awards() <= AWARDS_TARGET_MS;
            System.out.println(met ? "target met" : "TARGET MISSED");
            System.exit(met ? 0 : 1);
        }
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 350;

        for (int i = 0; i < 20; i++) {
            single();
        }
        long[] singles = new long[30];
        for (int i = 0; i < singles.length; i++) {
            long t0 = System.nanoTime();
            single();
            singles[i] = System.nanoTime() - t0;
        }
        double singleMs = median(singles) / 1e6;
        System.out.printf(Locale.ROOT, "one PDF (plan, template to bytes), warm: median %.1f ms, min %.1f ms, max %.1f ms (target <= %d ms)%n",
                singleMs, Arrays.stream(singles).min().getAsLong() / 1e6, Arrays.stream(singles).max().getAsLong() / 1e6,
                SINGLE_TARGET_MS);

        batch(copies); // warm-up
        long[] batches = new long[3];
        long[] batchCpu = new long[3];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        BatchResult last = null;
        for (int i = 0; i < batches.length; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = batch(copies);
            batches[i] = System.nanoTime() - t0;
            batchCpu[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        double batchMs = median(batches) / 1e6;
        System.out.printf(Locale.ROOT, "%d invitations (templates, merged PDF %d KB, DOCX %d KB, SHA-256, ZIP %d KB): median %.0f ms, "
                + "runs %s ms (target <= %d ms)%n", copies, last.pdfBytes / 1024, last.docxBytes / 1024, last.zipBytes / 1024,
                batchMs, Arrays.toString(Arrays.stream(batches).map(b -> b / 1_000_000).toArray()), BATCH_TARGET_MS);

        System.out.printf(Locale.ROOT, "  last run: templates %d ms, merged PDF %d ms, DOCX %d ms, ZIP %d ms; CPU time of "
                + "the issuing thread: median %.0f ms%n", last.templatesMs, last.pdfMs, last.docxMs, last.zipMs,
                median(batchCpu) / 1e6);

        double awardsMs = awards();

        boolean ok = singleMs <= SINGLE_TARGET_MS && batchMs <= BATCH_TARGET_MS && awardsMs <= AWARDS_TARGET_MS;
        System.out.println(ok ? "targets met" : "TARGET MISSED");
        System.exit(ok ? 0 : 1);
    }

    /** 85 certificates and the decision; prints the figures and returns the median in ms. */
    static double awards() {
        AwardDocumentsRun awards = new AwardDocumentsRun(PDF, DOCX, 40, 45);
        awards.run(); // warm-up
        long[] awardRuns = new long[3];
        long[] awardCpu = new long[3];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        AwardDocumentsRun.Result issued = null;
        for (int i = 0; i < awardRuns.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            issued = awards.run();
            awardRuns[i] = System.nanoTime() - t0;
            awardCpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        double awardsMs = median(awardRuns) / 1e6;
        System.out.printf(Locale.ROOT, "85 certificates and the decision (%d documents, each its PDF and DOCX: %d KB and "
                + "%d KB in all): median %.0f ms, runs %s ms (target <= %d ms)%n", issued.documents(),
                issued.pdfBytes() / 1024, issued.docxBytes() / 1024, awardsMs,
                Arrays.toString(Arrays.stream(awardRuns).map(b -> b / 1_000_000).toArray()), AWARDS_TARGET_MS);

        // on a busy machine the wall time is mostly waiting for a core: the CPU time of the one thread doing the
        // work is what it takes on an idle one
        System.out.printf(Locale.ROOT, "  CPU time of the issuing thread: median %.0f ms; last run: templates %d ms, PDF %d ms, "
                + "DOCX %d ms (wall)%n", median(awardCpu) / 1e6, issued.templatesMs(), issued.pdfMs(), issued.docxMs());
        return awardsMs;
    }

    private static byte[] single() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("data", planData());
        values.put("symbol", "21-KH/ĐUK");
        values.put("date", "ngày 02 tháng 5 năm 2024");
        DocumentDraft draft = TEMPLATES.draft(DocumentType.PLAN, values);
        return PDF.render(draft.withHeader(new Header(HEADER.higherBody(), HEADER.issuingBody(), "Số 21-KH/ĐUK",
                HEADER.placeAndDate())));
    }

    record BatchResult(int pdfBytes, int docxBytes, int zipBytes, long templatesMs, long pdfMs, long docxMs, long zipMs) {
    }

    private static BatchResult batch(int copies) {
        long t0 = System.nanoTime();
        List<PartyDocument> documents = new ArrayList<>(copies);
        Map<String, Object> data = invitationData();
        for (int i = 0; i < copies; i++) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("data", data);
            // as an invitations.requested.v1 batch prints them: the roles, and a QR code of a 32-character token
            String token = token(i);
            values.put("addressee", Map.of("name", "Đồng chí " + NAMES[i % NAMES.length] + " " + (i + 1),
                    "position", "Bí thư Chi bộ số " + (i + 1), "roles", "Bí thư các chi, đảng bộ cơ sở; Tập thể, "
                            + "cá nhân được khen thưởng", "qr", token, "code", token.substring(0, 8)));
            values.put("symbol", "21-GM/ĐUK");
            values.put("date", "ngày 02 tháng 5 năm 2024");
            documents.add(TEMPLATES.draft(DocumentType.INVITATION, values).withHeader(HEADER));
        }
        long t1 = System.nanoTime();
        PdfRenderer.Batch pdf = PDF.renderAll(documents);
        FileHash.sha256(pdf.bytes());
        long t2 = System.nanoTime();
        byte[] docx = DOCX.renderAll(documents);
        FileHash.sha256(docx);
        long t3 = System.nanoTime();
        byte[] zip = PdfCopies.zip(pdf.bytes(), pdf.firstPages(), "GM-21-DUK-Giay-moi");
        long t4 = System.nanoTime();
        return new BatchResult(pdf.bytes().length, docx.length, zip.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
    }

    /** An opaque url-safe token, as the invitations feature draws them (reproducible here). */
    private static String token(int i) {
        java.util.Random random = new java.util.Random(i);
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static final String[] NAMES = {"Nguyễn Văn Bình", "Lò Thị Xuân", "Hoàng Đức Mạnh", "Trần Thị Ngọc Diễm",
        "Phạm Quốc Dũng", "Vũ Thị Hằng", "Đặng Hữu Long", "Giàng A Páo"};

    private static Map<String, Object> invitationData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inviter", "Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh");
        data.put("event", "buổi Gặp mặt kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối (10/5/1959-10/5/2024)");
        data.put("time", "07 giờ 30 phút, thứ Sáu, ngày 10 tháng 5 năm 2024");
        data.put("place", "Hội trường lớn Trường Chính trị tỉnh");
        data.put("signature", Map.of("authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ", "name", "Nguyễn Hữu Long"));
        data.put("recipients", List.of("Như trên,", "Lưu Văn phòng."));
        return data;
    }

    private static Map<String, Object> planData() {
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (String section : List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN")) {
            blocks.add(Map.of("heading", section));
            for (int i = 1; i <= 5; i++) {
                blocks.add(Map.of("text", i + ". Tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên, công chức, viên chức và "
                        + "người lao động về truyền thống 65 năm xây dựng và phát triển của Đảng bộ Khối; phát động và triển khai "
                        + "thực hiện có hiệu quả phong trào thi đua bằng việc làm cụ thể, thiết thực."));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Tổ chức các hoạt động chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối");
        data.put("preamble", List.of("Căn cứ Kế hoạch số 150-KH/TU, ngày 20/10/2022 của Ban Thường vụ Tỉnh ủy;"));
        data.put("blocks", blocks);
        data.put("signature", Map.of("authority", "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ", "name", "Nguyễn Hữu Long"));
        data.put("recipients", List.of("Thường trực Tỉnh ủy,", "Lưu VP."));
        return data;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private DocsBenchmark() {
    }
}
