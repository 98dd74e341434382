package vn.dangbo.demodata;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seed's emulation movement (plan 004, "Đợt thi đua chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối",
 * 1/12/2023-30/4/2024) as the demo enters it into emulation-service for the demo bloc: the launch, a few dedicated
 * works (công trình, phần việc) of grassroots organisations with their progress reports, and a few nominations left
 * as drafts (handing them in is the office's act, after the summary). Plain values, no network.
 *
 * <p>Every work is registered within the limit of two per organisation, in a category of the plan (§II.1), with its
 * target date and every report dated inside the period; nominees are in the subtree of the organisation nominating
 * them (its own cells, or itself). A member nominee is named by the cell and its place on the registry's list, since
 * the registry gives members their ids when it imports them.
 */
public record DemoMovementPlan(String planId, UUID blocId, LocalDate periodFrom, LocalDate periodTo,
        List<PlannedWork> works, List<PlannedNomination> nominations) {

    /** A progress report: the day it was reported, the percent done, what was done. */
    public record Report(LocalDate reportedOn, int percent, String text) {
    }

    public record PlannedWork(String organisationKey, String title, String categoryCode, LocalDate targetDate,
            String description, List<Report> reports) {

        public UUID organisationId() {
            return DemoFiles.idOf(organisationKey);
        }
    }

    /** {@code nomineeKind} ORGANISATION (tập thể) or MEMBER (cá nhân: the FULL, ACTIVE member at {@code place}). */
    public record PlannedNomination(String nominatedByKey, String nomineeKind, String nomineeKey, int place,
            String achievement) {

        public UUID nominatedBy() {
            return DemoFiles.idOf(nominatedByKey);
        }

        public UUID nomineeOrganisationId() {
            return DemoFiles.idOf(nomineeKey);
        }

        public boolean member() {
            return "MEMBER".equals(nomineeKind);
        }
    }

    public static final String PLAN_ID = "2024-khoi-65-nam";

    private static final String CORE_TASK = "CORE_TASK";
    private static final String OUTSTANDING_ISSUE = "OUTSTANDING_ISSUE";
    private static final String PARTY_LIFE_QUALITY = "PARTY_LIFE_QUALITY";
    private static final String OFFICE = DemoDataGenerator.OFFICE_KEY;
    private static final String FINANCE = "org-002";
    private static final String HEALTH = "org-007";
    private static final String TAX = "org-014";
    private static final String POWER = "org-017";

    public static DemoMovementPlan seed2024() {
        return new DemoMovementPlan(PLAN_ID, DemoFiles.idOf(DemoDataGenerator.BLOC_KEY), LocalDate.of(2023, 12, 1),
                LocalDate.of(2024, 4, 30), seedWorks(), seedNominations());
    }

    private static List<PlannedWork> seedWorks() {
        return List.of(
                new PlannedWork(OFFICE, "Số hóa hồ sơ, tài liệu lưu trữ của Văn phòng UBND tỉnh giai đoạn 2015-2023",
                        CORE_TASK, LocalDate.of(2024, 4, 15),
                        "Số hóa toàn bộ hồ sơ lưu trữ, đưa vào kho dữ liệu dùng chung của tỉnh",
                        List.of(new Report(LocalDate.of(2024, 1, 15), 30,
                                        "Hoàn thành số hóa hồ sơ các năm 2015-2017"),
                                new Report(LocalDate.of(2024, 2, 20), 55,
                                        "Hoàn thành số hóa hồ sơ các năm 2018-2020; chỉnh lý danh mục"),
                                new Report(LocalDate.of(2024, 3, 25), 80,
                                        "Hoàn thành số hóa hồ sơ các năm 2021-2022; kiểm tra chất lượng bản số"))),
                new PlannedWork(OFFICE, "Nâng cao chất lượng sinh hoạt chuyên đề của các chi bộ trực thuộc",
                        PARTY_LIFE_QUALITY, LocalDate.of(2024, 3, 31),
                        "Mỗi chi bộ sinh hoạt chuyên đề ít nhất một lần mỗi quý, có báo cáo đề dẫn",
                        List.of(new Report(LocalDate.of(2024, 1, 10), 40,
                                        "Sáu chi bộ xây dựng chuyên đề quý I; Chi bộ I sinh hoạt mẫu"),
                                new Report(LocalDate.of(2024, 3, 28), 100,
                                        "Sáu chi bộ đã sinh hoạt chuyên đề; Đảng ủy tổ chức rút kinh nghiệm"))),
                new PlannedWork(FINANCE, "Rút ngắn thời gian thẩm tra quyết toán dự án hoàn thành xuống 30 ngày",
                        CORE_TASK, LocalDate.of(2024, 4, 30),
                        "Công khai quy trình, theo dõi từng hồ sơ trên phần mềm một cửa",
                        List.of(new Report(LocalDate.of(2024, 2, 1), 20,
                                "Ban hành quy trình nội bộ; thí điểm tại Phòng Tài chính đầu tư"))),
                new PlannedWork(HEALTH, "Khắc phục tình trạng chậm cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
                        OUTSTANDING_ISSUE, LocalDate.of(2024, 4, 20),
                        "Hạn chế được chỉ ra sau kiểm điểm năm 2023: giải quyết hết hồ sơ tồn, đúng hạn hồ sơ mới",
                        List.of(new Report(LocalDate.of(2024, 1, 20), 35, "Giải quyết xong 42 hồ sơ tồn đọng"),
                                new Report(LocalDate.of(2024, 3, 15), 70,
                                        "Giải quyết hết hồ sơ tồn; 96% hồ sơ mới đúng hạn"))),
                new PlannedWork(TAX, "Đẩy mạnh hóa đơn điện tử khởi tạo từ máy tính tiền tại cơ sở bán lẻ",
                        CORE_TASK, LocalDate.of(2024, 4, 25),
                        "Vận động các cơ sở kinh doanh bán lẻ, ăn uống, xăng dầu áp dụng hóa đơn điện tử",
                        List.of(new Report(LocalDate.of(2024, 2, 28), 60,
                                "Toàn bộ cửa hàng xăng dầu và 310 cơ sở ăn uống đã áp dụng"))),
                new PlannedWork(POWER, "Giảm thời gian cấp điện cho khách hàng trung áp xuống dưới 4 ngày",
                        CORE_TASK, LocalDate.of(2024, 4, 30),
                        "Tiếp nhận và giải quyết hồ sơ trực tuyến trên Cổng dịch vụ công", List.of()));
    }

    private static List<PlannedNomination> seedNominations() {
        return List.of(
                new PlannedNomination(OFFICE, "ORGANISATION", DemoDataGenerator.PILOT_CELL_KEY, 0,
                        "Hoàn thành xuất sắc công trình số hóa hồ sơ, tài liệu lưu trữ; chi bộ sinh hoạt chuyên đề"
                                + " tiêu biểu của Đảng bộ Văn phòng UBND tỉnh"),
                new PlannedNomination(OFFICE, "MEMBER", OFFICE + "-cb5", 0,
                        "Có nhiều đóng góp trong công trình số hóa hồ sơ, tài liệu lưu trữ của Văn phòng UBND tỉnh"),
                new PlannedNomination(HEALTH, "ORGANISATION", HEALTH, 0,
                        "Khắc phục dứt điểm tình trạng chậm cấp chứng chỉ hành nghề khám bệnh, chữa bệnh"),
                new PlannedNomination(TAX, "MEMBER", TAX + "-cb07", 0,
                        "Tiêu biểu trong vận động cơ sở bán lẻ áp dụng hóa đơn điện tử khởi tạo từ máy tính tiền"));
    }

    /** The body of {@code POST /movements}. */
    public Map<String, Object> launchRequest() {
        return Map.of("planId", planId, "blocId", blocId.toString());
    }

    /** The body of {@code POST /movements/{id}/works}. */
    public static Map<String, Object> workRequest(PlannedWork work) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", work.organisationId().toString());
        body.put("title", work.title());
        body.put("categoryCode", work.categoryCode());
        body.put("targetDate", work.targetDate().toString());
        body.put("description", work.description());
        return body;
    }

    /** The body of {@code POST /movements/{id}/works/{workId}/progress}. */
    public static Map<String, Object> reportRequest(Report report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reportedOn", report.reportedOn().toString());
        body.put("percent", report.percent());
        body.put("text", report.text());
        return body;
    }

    /** The body of {@code POST /movements/{id}/nominations}, the nominee's id found ({@code nomineeId}). */
    public static Map<String, Object> nominationRequest(PlannedNomination nomination, UUID nomineeId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nominatedBy", nomination.nominatedBy().toString());
        body.put("nomineeKind", nomination.nomineeKind());
        body.put("nomineeId", nomineeId.toString());
        body.put("achievement", nomination.achievement());
        return body;
    }
}
