package vn.dangbo.registry.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic generator of the demo data set: one provincial bloc committee ("Đảng bộ Khối các cơ quan
 * và doanh nghiệp tỉnh", Lào Cai naming) with 60 grassroots organisations, about 300 cells and about
 * 5,000 members.
 *
 * <p>Plain Java, no framework. The organisation tree is fixed (the same for every seed; only the terms
 * follow the reference date); the members are drawn from a {@link SplittableRandom} seeded with
 * {@code seed}, so the same seed and reference date always give an identical data set. The clock is
 * never read and no hash-ordered collection is iterated.
 *
 * <p>Inside the bloc sits the party committee of the congress plan, "Đảng bộ Văn phòng UBND tỉnh"
 * ({@value #OFFICE_KEY}) with six cells, "Chi bộ I" ({@value #PILOT_CELL_KEY}, the pilot) to
 * "Chi bộ VI". Its full/probationary counts are fixed so the congress rules can be demonstrated:
 * I 11+1, II 14+2, III 7+0, IV 6+1, V 9+0, VI 8+2 (cells with 9 or more full members elect a cell
 * committee, the others a secretary only).
 */
public final class DemoDataGenerator {

    /** Key of the bloc committee. */
    public static final String BLOC_KEY = "org-000";
    /** Key of "Đảng bộ Văn phòng UBND tỉnh", the committee of the congress plan. */
    public static final String OFFICE_KEY = "vp-ubnd";
    /** Key of "Chi bộ I", the pilot cell of the congress plan. */
    public static final String PILOT_CELL_KEY = "vp-ubnd-cb1";
    /** A seed for the local stack, if the caller has no better one (the bloc's founding day). */
    public static final long DEFAULT_SEED = 19590510L;

    static final String BLOC_NAME = "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh";
    static final String OFFICE_NAME = "Đảng bộ Văn phòng UBND tỉnh";

    /** Full and probationary members of the office cells "Chi bộ I" … "Chi bộ VI". */
    private static final String[] OFFICE_CELL_NUMERALS = {"I", "II", "III", "IV", "V", "VI"};
    private static final int[] OFFICE_CELL_FULL = {11, 14, 7, 6, 9, 8};
    private static final int[] OFFICE_CELL_PROBATIONARY = {1, 2, 0, 1, 0, 2};

    /** Members of the whole bloc: {@code MEMBERS_BASE + nextInt(MEMBERS_SPREAD)}. */
    private static final int MEMBERS_BASE = 4950;
    private static final int MEMBERS_SPREAD = 101;
    /** Chance that a member outside the office cells is probationary. */
    private static final double PROBATIONARY_SHARE = 0.04;
    /** A party cell needs at least three full members. */
    private static final int MIN_FULL_PER_UNIT = 3;

    private DemoDataGenerator() {
    }

    /**
     * Generates the data set.
     *
     * @param seed          random seed; the same seed and reference date give the same data set
     * @param referenceDate the "today" of the data set: ages, membership years, probation and terms are
     *                      measured at this date
     * @return the data set, organisations parents-first, members in organisation order
     */
    public static DemoDataset generate(long seed, LocalDate referenceDate) {
        Objects.requireNonNull(referenceDate, "referenceDate");
        return new Run(seed, referenceDate).generate();
    }

    // ------------------------------------------------------------------------------------------------
    // The fixed organisation tree
    // ------------------------------------------------------------------------------------------------

    /** Kind of agency: decides the staff job titles and the share of men. */
    private enum Kind {
        PARTY(0.55), ADMIN(0.56), TREASURY(0.45), TAX(0.52), CUSTOMS(0.70), INSURANCE(0.42),
        BANK(0.42), UTILITY(0.78), TRADE(0.55), HOSPITAL(0.40), SCHOOL(0.45), MEDIA(0.55);

        final double maleShare;

        Kind(double maleShare) {
            this.maleShare = maleShare;
        }
    }

    /**
     * One grassroots organisation. For a committee {@code minSize..maxSize} is the raw size of each of
     * its cells, for a grassroots cell the raw size of the cell itself (raw sizes are then scaled so the
     * bloc reaches its member total).
     */
    private record Grassroots(String name, DemoOrgType type, Kind kind, String workplace, String headTitle,
                              String deputyTitle, int deputies, int minSize, int maxSize, List<String> cells) {
    }

    private static Grassroots committee(String agency, Kind kind, String head, String deputy, int deputies,
                                       int minSize, int maxSize, String... cells) {
        return new Grassroots("Đảng bộ " + agency, DemoOrgType.GRASSROOTS_COMMITTEE, kind, agency, head, deputy,
                deputies, minSize, maxSize, List.of(cells));
    }

    private static Grassroots cell(String agency, Kind kind, String head, String deputy, int deputies,
                                   int minSize, int maxSize) {
        return new Grassroots("Chi bộ " + agency, DemoOrgType.GRASSROOTS_CELL, kind, agency, head, deputy,
                deputies, minSize, maxSize, List.of());
    }

    private static final String GD = "Giám đốc";
    private static final String PGD = "Phó Giám đốc";
    private static final String GD_SO = "Giám đốc Sở";
    private static final String PGD_SO = "Phó Giám đốc Sở";

    private static final Grassroots OFFICE = committee("Văn phòng UBND tỉnh", Kind.ADMIN,
            "Chánh Văn phòng", "Phó Chánh Văn phòng", 3, 0, 0);

    /** The grassroots organisations other than the office, in list order ("org-001", "org-002", ...). */
    private static final List<Grassroots> GRASSROOTS = List.of(
            new Grassroots("Chi bộ Cơ quan Đảng ủy Khối", DemoOrgType.GRASSROOTS_CELL, Kind.PARTY,
                    "Cơ quan Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Bí thư Đảng ủy Khối",
                    "Phó Bí thư Đảng ủy Khối", 2, 24, 30, List.of()),
            committee("Sở Tài chính", Kind.ADMIN, GD_SO, PGD_SO, 3, 9, 16,
                    "Văn phòng", "Thanh tra", "Phòng Quản lý ngân sách", "Phòng Tài chính doanh nghiệp",
                    "Phòng Quản lý giá và công sản", "Phòng Tài chính đầu tư", "Phòng Tin học và Thống kê"),
            committee("Sở Kế hoạch và Đầu tư", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 15,
                    "Văn phòng", "Thanh tra", "Phòng Tổng hợp, quy hoạch", "Phòng Đăng ký kinh doanh",
                    "Phòng Kinh tế ngành", "Phòng Đấu thầu, thẩm định và giám sát đầu tư",
                    "Trung tâm Xúc tiến đầu tư"),
            committee("Sở Nông nghiệp và Phát triển nông thôn", Kind.ADMIN, GD_SO, PGD_SO, 3, 10, 22,
                    "Văn phòng", "Thanh tra", "Phòng Kế hoạch - Tài chính", "Chi cục Kiểm lâm",
                    "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật", "Chi cục Chăn nuôi và Thú y",
                    "Chi cục Phát triển nông thôn", "Trung tâm Khuyến nông",
                    "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn", "Ban Quản lý rừng phòng hộ",
                    "Trung tâm Giống nông lâm nghiệp"),
            committee("Sở Tài nguyên và Môi trường", Kind.ADMIN, GD_SO, PGD_SO, 3, 9, 18,
                    "Văn phòng", "Thanh tra", "Phòng Quản lý đất đai", "Chi cục Bảo vệ môi trường",
                    "Phòng Khoáng sản - Tài nguyên nước", "Văn phòng Đăng ký đất đai",
                    "Trung tâm Quan trắc tài nguyên và môi trường", "Trung tâm Công nghệ thông tin"),
            committee("Sở Giao thông vận tải - Xây dựng", Kind.ADMIN, GD_SO, PGD_SO, 3, 9, 18,
                    "Văn phòng", "Thanh tra", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý xây dựng",
                    "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng Quản lý vận tải, phương tiện và người lái",
                    "Phòng Quy hoạch - Kiến trúc", "Ban Quản lý bảo trì đường bộ", "Trung tâm Đăng kiểm xe cơ giới"),
            committee("Sở Y tế", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 16,
                    "Văn phòng", "Thanh tra", "Phòng Nghiệp vụ Y", "Phòng Kế hoạch - Tài chính",
                    "Chi cục Dân số - Kế hoạch hóa gia đình", "Chi cục An toàn vệ sinh thực phẩm",
                    "Trung tâm Kiểm nghiệm", "Trung tâm Giám định y khoa - Pháp y"),
            committee("Sở Giáo dục và Đào tạo", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 15,
                    "Văn phòng", "Thanh tra", "Phòng Giáo dục Trung học", "Phòng Giáo dục Mầm non - Tiểu học",
                    "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính",
                    "Phòng Khảo thí và Kiểm định chất lượng giáo dục"),
            committee("Sở Văn hóa và Thể thao", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 18,
                    "Văn phòng", "Thanh tra", "Phòng Quản lý văn hóa", "Phòng Quản lý thể dục thể thao",
                    "Bảo tàng tỉnh", "Thư viện tỉnh", "Trung tâm Văn hóa tỉnh", "Nhà hát Nghệ thuật tỉnh",
                    "Trung tâm Huấn luyện và Thi đấu thể thao"),
            committee("Sở Lao động - Thương binh và Xã hội", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 16,
                    "Văn phòng", "Thanh tra", "Phòng Lao động - Việc làm - Giáo dục nghề nghiệp",
                    "Phòng Người có công", "Phòng Bảo trợ xã hội", "Trung tâm Dịch vụ việc làm",
                    "Trung tâm Công tác xã hội", "Cơ sở Cai nghiện ma túy"),
            committee("Sở Công Thương", Kind.ADMIN, GD_SO, PGD_SO, 3, 8, 14,
                    "Văn phòng", "Thanh tra", "Phòng Quản lý thương mại", "Phòng Quản lý công nghiệp",
                    "Phòng Quản lý năng lượng", "Trung tâm Khuyến công và Xúc tiến thương mại"),
            committee("Sở Nội vụ", Kind.ADMIN, GD_SO, PGD_SO, 3, 7, 14,
                    "Văn phòng", "Thanh tra", "Phòng Tổ chức, biên chế và tổ chức phi chính phủ",
                    "Phòng Công chức, viên chức", "Phòng Xây dựng chính quyền và công tác thanh niên",
                    "Ban Thi đua - Khen thưởng", "Ban Tôn giáo", "Chi cục Văn thư - Lưu trữ"),
            committee("Kho bạc Nhà nước tỉnh", Kind.TREASURY, GD, PGD, 2, 8, 16,
                    "Văn phòng", "Phòng Kế toán nhà nước", "Phòng Kiểm soát chi", "Phòng Thanh tra - Kiểm tra",
                    "Phòng Tổ chức cán bộ", "Kho bạc Nhà nước Bát Xát", "Kho bạc Nhà nước Bảo Thắng",
                    "Kho bạc Nhà nước Bảo Yên", "Kho bạc Nhà nước Bắc Hà", "Kho bạc Nhà nước Mường Khương",
                    "Kho bạc Nhà nước Sa Pa", "Kho bạc Nhà nước Văn Bàn", "Kho bạc Nhà nước Si Ma Cai"),
            committee("Cục Thuế tỉnh", Kind.TAX, "Cục trưởng", "Phó Cục trưởng", 3, 10, 22,
                    "Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Nghiệp vụ - Dự toán - Pháp chế",
                    "Phòng Thanh tra - Kiểm tra số 1", "Phòng Thanh tra - Kiểm tra số 2",
                    "Phòng Quản lý nợ và cưỡng chế nợ thuế", "Phòng Tuyên truyền - Hỗ trợ người nộp thuế",
                    "Chi cục Thuế thành phố Lào Cai", "Chi cục Thuế khu vực Bắc Hà - Si Ma Cai",
                    "Chi cục Thuế khu vực Sa Pa - Bát Xát", "Chi cục Thuế khu vực Văn Bàn - Bảo Yên",
                    "Chi cục Thuế khu vực Bảo Thắng - Mường Khương"),
            committee("Cục Hải quan tỉnh", Kind.CUSTOMS, "Cục trưởng", "Phó Cục trưởng", 3, 12, 24,
                    "Văn phòng", "Phòng Nghiệp vụ", "Phòng Tổ chức cán bộ - Thanh tra",
                    "Chi cục Hải quan cửa khẩu quốc tế Lào Cai",
                    "Chi cục Hải quan cửa khẩu ga đường sắt quốc tế Lào Cai", "Chi cục Hải quan cửa khẩu Bát Xát",
                    "Chi cục Hải quan cửa khẩu Mường Khương", "Chi cục Kiểm tra sau thông quan",
                    "Đội Kiểm soát Hải quan"),
            committee("Bảo hiểm xã hội tỉnh", Kind.INSURANCE, GD, PGD, 2, 8, 16,
                    "Văn phòng", "Phòng Quản lý thu - Sổ, thẻ", "Phòng Chế độ bảo hiểm xã hội",
                    "Phòng Giám định bảo hiểm y tế", "Phòng Kế hoạch - Tài chính",
                    "Bảo hiểm xã hội thành phố Lào Cai", "Bảo hiểm xã hội huyện Bảo Thắng",
                    "Bảo hiểm xã hội huyện Văn Bàn", "Bảo hiểm xã hội thị xã Sa Pa", "Bảo hiểm xã hội huyện Bát Xát"),
            committee("Công ty Điện lực Lào Cai", Kind.UTILITY, GD, PGD, 3, 10, 24,
                    "Văn phòng", "Phòng Kế hoạch và Vật tư", "Phòng Kỹ thuật", "Phòng Kinh doanh",
                    "Phòng Tài chính kế toán", "Phòng Điều độ", "Đội Quản lý vận hành lưới điện cao thế",
                    "Đội Sửa chữa thí nghiệm điện", "Điện lực thành phố Lào Cai", "Điện lực Bảo Thắng",
                    "Điện lực Bảo Yên", "Điện lực Bát Xát", "Điện lực Bắc Hà", "Điện lực Mường Khương",
                    "Điện lực Sa Pa", "Điện lực Văn Bàn", "Điện lực Si Ma Cai"),
            committee("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh tỉnh Lào Cai", Kind.BANK, GD, PGD,
                    3, 9, 18,
                    "Phòng Tổng hợp", "Phòng Khách hàng doanh nghiệp", "Phòng Khách hàng cá nhân",
                    "Phòng Kế toán và Ngân quỹ", "Phòng Kiểm tra, kiểm soát nội bộ", "Chi nhánh thành phố Lào Cai",
                    "Chi nhánh Bảo Thắng", "Chi nhánh Bảo Yên", "Chi nhánh Bát Xát", "Chi nhánh Bắc Hà",
                    "Chi nhánh Văn Bàn", "Chi nhánh Sa Pa"),
            committee("Ngân hàng TMCP Công thương Việt Nam chi nhánh Lào Cai", Kind.BANK, GD, PGD, 2, 8, 15,
                    "Phòng Tổ chức - Hành chính", "Phòng Khách hàng doanh nghiệp", "Phòng Khách hàng bán lẻ",
                    "Phòng Kế toán", "Phòng giao dịch Cốc Lếu", "Phòng giao dịch Kim Tân",
                    "Phòng giao dịch Bảo Thắng"),
            committee("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam chi nhánh Lào Cai", Kind.BANK, GD, PGD, 2,
                    8, 15,
                    "Phòng Khách hàng doanh nghiệp", "Phòng Khách hàng cá nhân", "Phòng Quản trị tín dụng",
                    "Phòng Quản lý rủi ro", "Phòng Giao dịch khách hàng", "Phòng Tổ chức - Hành chính",
                    "Phòng giao dịch Sa Pa"),
            committee("Ngân hàng TMCP Ngoại thương Việt Nam chi nhánh Lào Cai", Kind.BANK, GD, PGD, 2, 7, 13,
                    "Phòng Khách hàng", "Phòng Kế toán - Dịch vụ khách hàng", "Phòng Hành chính - Nhân sự",
                    "Phòng Quản lý nợ", "Phòng giao dịch Bảo Thắng", "Phòng giao dịch Sa Pa"),
            committee("Ngân hàng Chính sách xã hội chi nhánh tỉnh Lào Cai", Kind.BANK, GD, PGD, 2, 7, 14,
                    "Phòng Kế hoạch - Nghiệp vụ tín dụng", "Phòng Kế toán - Ngân quỹ",
                    "Phòng Kiểm tra, kiểm soát nội bộ", "Phòng Hành chính - Tổ chức", "Phòng giao dịch huyện Bảo Yên",
                    "Phòng giao dịch huyện Bắc Hà", "Phòng giao dịch huyện Mường Khương",
                    "Phòng giao dịch huyện Si Ma Cai", "Phòng giao dịch huyện Văn Bàn"),
            committee("Viễn thông Lào Cai", Kind.UTILITY, GD, PGD, 2, 8, 18,
                    "Phòng Kế hoạch - Kế toán", "Phòng Kỹ thuật - Đầu tư", "Phòng Nhân sự - Tổng hợp",
                    "Trung tâm Điều hành thông tin", "Trung tâm Viễn thông 1", "Trung tâm Viễn thông 2",
                    "Trung tâm Viễn thông 3", "Trung tâm Viễn thông 4", "Trung tâm Kinh doanh VNPT - Lào Cai"),
            committee("Bưu điện tỉnh Lào Cai", Kind.TRADE, GD, PGD, 2, 7, 14,
                    "Văn phòng", "Phòng Kế hoạch - Kinh doanh", "Phòng Kế toán - Thống kê - Tài chính",
                    "Trung tâm Khai thác vận chuyển", "Bưu điện thành phố Lào Cai", "Bưu điện huyện Bảo Thắng",
                    "Bưu điện huyện Bát Xát", "Bưu điện huyện Văn Bàn"),
            committee("Công ty cổ phần Cấp nước Lào Cai", Kind.UTILITY, GD, PGD, 2, 7, 16,
                    "Phòng Tổ chức - Hành chính", "Phòng Kế hoạch - Kỹ thuật", "Phòng Kế toán - Tài vụ",
                    "Xí nghiệp Sản xuất nước", "Xí nghiệp Cấp nước Sa Pa", "Xí nghiệp Cấp nước Bảo Thắng",
                    "Đội Quản lý mạng lưới"),
            committee("Công ty cổ phần Môi trường đô thị Lào Cai", Kind.UTILITY, GD, PGD, 2, 8, 16,
                    "1", "2", "3", "4", "5"),
            committee("Công ty cổ phần Quản lý và Xây dựng đường bộ Lào Cai", Kind.UTILITY, GD, PGD, 2, 7, 15,
                    "Phòng Kế hoạch - Kỹ thuật", "Phòng Tài chính - Kế toán", "Phòng Tổ chức - Hành chính",
                    "Hạt Quản lý đường bộ số 1", "Hạt Quản lý đường bộ số 2", "Hạt Quản lý đường bộ số 3",
                    "Đội Thi công cơ giới"),
            committee("Công ty Xăng dầu Lào Cai", Kind.TRADE, GD, PGD, 2, 7, 15,
                    "Văn phòng Công ty", "Phòng Kinh doanh", "Phòng Tài chính kế toán", "Phòng Quản lý kỹ thuật",
                    "Tổng kho Xăng dầu Lào Cai", "Cụm cửa hàng khu vực thành phố",
                    "Cụm cửa hàng khu vực Bảo Thắng - Bảo Yên"),
            committee("Trường Cao đẳng Lào Cai", Kind.SCHOOL, "Hiệu trưởng", "Phó Hiệu trưởng", 3, 8, 18,
                    "Phòng Tổ chức - Hành chính", "Phòng Đào tạo", "Phòng Kế hoạch - Tài chính", "Khoa Nông lâm",
                    "Khoa Kỹ thuật - Công nghệ", "Khoa Kinh tế - Du lịch", "Khoa Sư phạm - Văn hóa nghệ thuật",
                    "Khoa Khoa học cơ bản", "Trung tâm Đào tạo lái xe"),
            committee("Trường Chính trị tỉnh", Kind.SCHOOL, "Hiệu trưởng", "Phó Hiệu trưởng", 2, 6, 12,
                    "Phòng Tổ chức - Hành chính", "Phòng Quản lý đào tạo và Nghiên cứu khoa học",
                    "Khoa Lý luận cơ sở", "Khoa Xây dựng Đảng", "Khoa Nhà nước và Pháp luật", "Khoa Dân vận"),
            committee("Bệnh viện Đa khoa tỉnh", Kind.HOSPITAL, GD, PGD, 3, 12, 28,
                    "Phòng Kế hoạch tổng hợp", "Phòng Tổ chức cán bộ", "Phòng Tài chính kế toán",
                    "Phòng Điều dưỡng", "Khoa Khám bệnh", "Khoa Hồi sức tích cực - Chống độc",
                    "Khoa Nội tổng hợp", "Khoa Ngoại tổng hợp", "Khoa Chấn thương chỉnh hình", "Khoa Cấp cứu",
                    "Khoa Tim mạch", "Khoa Chẩn đoán hình ảnh", "Khoa Xét nghiệm", "Khoa Dược",
                    "Khoa Gây mê hồi sức"),
            committee("Bệnh viện Sản Nhi tỉnh", Kind.HOSPITAL, GD, PGD, 2, 10, 24,
                    "Phòng Kế hoạch tổng hợp", "Phòng Tổ chức - Hành chính", "Khoa Sản", "Khoa Nhi",
                    "Khoa Hồi sức tích cực sơ sinh", "Khoa Khám bệnh", "Khoa Xét nghiệm", "Khoa Dược"),
            committee("Trung tâm Kiểm soát bệnh tật tỉnh", Kind.HOSPITAL, GD, PGD, 2, 8, 16,
                    "Phòng Kế hoạch - Nghiệp vụ", "Phòng Tổ chức - Hành chính", "Khoa Phòng, chống bệnh truyền nhiễm",
                    "Khoa Sức khỏe môi trường - Y tế trường học", "Khoa Dinh dưỡng",
                    "Khoa Xét nghiệm - Chẩn đoán hình ảnh - Thăm dò chức năng"),
            committee("Đài Phát thanh và Truyền hình tỉnh", Kind.MEDIA, GD, PGD, 2, 8, 16,
                    "Phòng Tổ chức - Hành chính", "Phòng Thời sự", "Phòng Biên tập", "Phòng Chuyên đề",
                    "Phòng Kỹ thuật - Công nghệ", "Phòng Thông tin điện tử", "Phòng Chương trình tiếng dân tộc"),
            committee("Ban Quản lý Khu kinh tế tỉnh", Kind.ADMIN, "Trưởng ban", "Phó Trưởng ban", 3, 7, 14,
                    "Văn phòng", "Phòng Quản lý đầu tư và doanh nghiệp", "Phòng Quản lý quy hoạch và xây dựng",
                    "Phòng Quản lý cửa khẩu", "Trung tâm Quản lý cửa khẩu quốc tế Lào Cai",
                    "Trung tâm Phát triển hạ tầng và Dịch vụ Khu kinh tế"),
            committee("Ban Quản lý dự án đầu tư xây dựng tỉnh", Kind.ADMIN, GD, PGD, 2, 7, 14,
                    "Phòng Tổng hợp", "Phòng Kế hoạch - Tài chính", "Phòng Kỹ thuật",
                    "Phòng Giám sát công trình 1", "Phòng Giám sát công trình 2"),
            cell("Sở Tư pháp", Kind.ADMIN, GD_SO, PGD_SO, 2, 22, 34),
            cell("Ban Dân tộc tỉnh", Kind.ADMIN, "Trưởng ban", "Phó Trưởng ban", 2, 16, 26),
            cell("Sở Khoa học và Công nghệ", Kind.ADMIN, GD_SO, PGD_SO, 2, 20, 32),
            cell("Sở Ngoại vụ", Kind.ADMIN, GD_SO, PGD_SO, 2, 14, 22),
            cell("Sở Thông tin và Truyền thông", Kind.ADMIN, GD_SO, PGD_SO, 2, 20, 32),
            cell("Sở Du lịch", Kind.ADMIN, GD_SO, PGD_SO, 2, 16, 26),
            cell("Thanh tra tỉnh", Kind.ADMIN, "Chánh Thanh tra tỉnh", "Phó Chánh Thanh tra tỉnh", 2, 22, 34),
            cell("Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh", Kind.ADMIN, "Chánh Văn phòng",
                    "Phó Chánh Văn phòng", 2, 20, 30),
            cell("Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai", Kind.BANK, GD, PGD, 2, 18, 28),
            cell("Cục Thống kê tỉnh", Kind.ADMIN, "Cục trưởng", "Phó Cục trưởng", 2, 18, 30),
            cell("Liên minh Hợp tác xã tỉnh", Kind.ADMIN, "Chủ tịch", "Phó Chủ tịch", 1, 8, 14),
            cell("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", Kind.ADMIN, "Chủ tịch", "Phó Chủ tịch", 1, 6, 10),
            cell("Quỹ Đầu tư phát triển tỉnh", Kind.BANK, GD, PGD, 1, 8, 14),
            cell("Trung tâm Phục vụ hành chính công tỉnh", Kind.ADMIN, GD, PGD, 2, 14, 22),
            cell("Đài Khí tượng Thủy văn tỉnh", Kind.ADMIN, GD, PGD, 1, 10, 18),
            cell("Báo Lào Cai", Kind.MEDIA, "Tổng Biên tập", "Phó Tổng Biên tập", 2, 24, 36),
            cell("Bệnh viện Nội tiết tỉnh", Kind.HOSPITAL, GD, PGD, 2, 22, 36),
            cell("Bệnh viện Y học cổ truyền tỉnh", Kind.HOSPITAL, GD, PGD, 2, 18, 30),
            cell("Công ty TNHH MTV Xổ số kiến thiết Lào Cai", Kind.TRADE, GD, PGD, 1, 8, 14),
            cell("Công ty Bảo Việt Lào Cai", Kind.TRADE, GD, PGD, 1, 8, 14),
            cell("Công ty cổ phần Sách và Thiết bị trường học Lào Cai", Kind.TRADE, GD, PGD, 1, 6, 12),
            cell("Quỹ Bảo vệ và Phát triển rừng tỉnh", Kind.ADMIN, GD, PGD, 1, 8, 14),
            cell("Trung tâm Phát triển quỹ đất tỉnh", Kind.ADMIN, GD, PGD, 1, 12, 20));

    // ------------------------------------------------------------------------------------------------
    // Weighted pools
    // ------------------------------------------------------------------------------------------------

    /** A list of strings with integer weights. */
    private static final class Pool {
        private final String[] items;
        private final int[] cumulative;

        private Pool(Object... itemWeightPairs) {
            int n = itemWeightPairs.length / 2;
            items = new String[n];
            cumulative = new int[n];
            int total = 0;
            for (int i = 0; i < n; i++) {
                items[i] = nfc((String) itemWeightPairs[2 * i]);
                total += (Integer) itemWeightPairs[2 * i + 1];
                cumulative[i] = total;
            }
        }

        /** Equal weights. */
        static Pool uniform(String... items) {
            Object[] pairs = new Object[items.length * 2];
            for (int i = 0; i < items.length; i++) {
                pairs[2 * i] = items[i];
                pairs[2 * i + 1] = 1;
            }
            return new Pool(pairs);
        }

        String pick(SplittableRandom rnd) {
            int r = rnd.nextInt(cumulative[cumulative.length - 1]);
            int i = Arrays.binarySearch(cumulative, r + 1);
            if (i < 0) {
                i = -i - 1;
            }
            return items[i];
        }
    }

    private static final String ETHNIC_KINH = "Kinh";

    private static final Pool ETHNICITY = new Pool(
            ETHNIC_KINH, 800, "Tày", 55, "Mông", 35, "Dao", 35, "Giáy", 20, "Nùng", 20, "Thái", 15,
            "Phù Lá", 8, "Hà Nhì", 7, "Mường", 5);

    private static final Pool RELIGION = new Pool("Không", 975, "Phật giáo", 18, "Công giáo", 7);

    private static final Pool KINH_FAMILY = new Pool(
            "Nguyễn", 300, "Trần", 100, "Lê", 90, "Phạm", 70, "Hoàng", 55, "Vũ", 50, "Phan", 30, "Đặng", 30,
            "Bùi", 30, "Đỗ", 30, "Ngô", 20, "Dương", 18, "Đinh", 18, "Trịnh", 14, "Đào", 14, "Hà", 14,
            "Lương", 10, "Mai", 10, "Lý", 8, "Hồ", 8, "Cao", 10, "Đoàn", 10, "Lưu", 6, "Tạ", 6, "Huỳnh", 4,
            "Võ", 4, "Vương", 3, "Chu", 4, "Nghiêm", 2, "Phùng", 5);
    private static final Pool TAY_NUNG_FAMILY = new Pool(
            "Hoàng", 20, "Nông", 15, "Lục", 8, "Ma", 8, "Hà", 8, "Vi", 4, "La", 5, "Lương", 6, "Nguyễn", 8,
            "Đàm", 3, "Bế", 4, "Triệu", 4, "Hứa", 3, "Lưu", 3);
    private static final Pool GIAY_FAMILY = new Pool(
            "Lò", 15, "Vàng", 10, "Hoàng", 10, "Lù", 6, "Sần", 5, "Ma", 5, "Giàng", 4, "Lục", 3);
    private static final Pool THAI_FAMILY = new Pool(
            "Lò", 15, "Lường", 10, "Cầm", 8, "Quàng", 6, "Tòng", 6, "Lù", 5, "Điêu", 4, "Hoàng", 4);
    private static final Pool DAO_FAMILY = new Pool(
            "Triệu", 15, "Bàn", 12, "Lý", 10, "Đặng", 8, "Chảo", 8, "Tẩn", 8, "Phàn", 6, "Sần", 3);
    private static final Pool MONG_FAMILY = new Pool(
            "Giàng", 15, "Sùng", 12, "Thào", 12, "Vàng", 12, "Lù", 8, "Hầu", 6, "Lý", 8, "Mùa", 6, "Ly", 4);
    private static final Pool PHULA_FAMILY = new Pool("Vàng", 10, "Lý", 6, "Hoàng", 5, "Sùng", 3);
    private static final Pool HANHI_FAMILY = new Pool("Ly", 10, "Chu", 8, "Pờ", 5, "Phu", 5, "Lò", 3);
    private static final Pool MUONG_FAMILY = new Pool("Đinh", 10, "Bùi", 10, "Quách", 6, "Hà", 5, "Xa", 3);

    private static final Pool MALE_MIDDLE = new Pool(
            "Văn", 35, "Đức", 12, "Hữu", 8, "Quang", 8, "Minh", 8, "Xuân", 5, "Mạnh", 4, "Tiến", 4, "Thanh", 4,
            "Công", 4, "Ngọc", 3, "Anh", 3, "Trung", 3, "Đình", 5, "Quốc", 4, "Việt", 3, "Hoàng", 2, "Duy", 3,
            "Trọng", 3, "Thế", 3);
    private static final Pool FEMALE_MIDDLE = new Pool(
            "Thị", 45, "Ngọc", 8, "Thu", 8, "Thanh", 8, "Phương", 6, "Minh", 5, "Hồng", 5, "Thúy", 3, "Kim", 4,
            "Lan", 2, "Mai", 2, "Hải", 3, "Bích", 3, "Diệu", 2, "Hoài", 2, "Thùy", 3);
    private static final Pool MALE_GIVEN = Pool.uniform(
            "Hùng", "Dũng", "Tuấn", "Nam", "Hải", "Long", "Sơn", "Thắng", "Cường", "Hiếu", "Quân", "Trung",
            "Tùng", "Đức", "Minh", "Phong", "Khoa", "Bình", "Hưng", "Thành", "Hoàng", "Huy", "Việt", "Kiên",
            "Lâm", "Tiến", "Toàn", "Vinh", "Hòa", "Quang", "Hiệp", "Chiến", "Đạt", "Duy", "Tâm", "Thịnh",
            "Thái", "Khánh", "Tú", "Lộc", "Phúc", "Trường", "Hậu", "Công", "Bảo", "An", "Nghĩa", "Sáng",
            "Tài", "Thuận", "Hà", "Giang", "Tuân", "Dương", "Đông", "Hào", "Hiển", "Luân", "Mạnh", "Ninh");
    private static final Pool FEMALE_GIVEN = Pool.uniform(
            "Hương", "Lan", "Hoa", "Hạnh", "Hằng", "Huyền", "Mai", "Nga", "Ngọc", "Phương", "Thảo", "Trang",
            "Thủy", "Thu", "Yến", "Linh", "Loan", "Liên", "Hà", "Hiền", "Hồng", "Nhung", "Oanh", "Quyên",
            "Tâm", "Thanh", "Vân", "Xuân", "Anh", "Dung", "Giang", "Hậu", "Hường", "Lệ", "Ly", "Nhàn", "Chi",
            "Trinh", "Diệp", "Thơm", "Tuyết", "Vy", "Ngân", "Thúy", "Nguyệt", "Duyên", "Lụa", "Mến", "Tươi",
            "Hoài");
    private static final Pool ETHNIC_MALE_MIDDLE = new Pool("Văn", 80, "Đức", 5, "Minh", 5, "Quang", 5, "Xuân", 5);
    private static final Pool ETHNIC_FEMALE_MIDDLE = new Pool("Thị", 90, "Thu", 5, "Ngọc", 5);
    private static final Pool MONG_MALE_MIDDLE = new Pool("A", 35, "Seo", 30, "Văn", 35);
    private static final Pool MONG_MALE_GIVEN = Pool.uniform(
            "Páo", "Chứ", "Lử", "Sính", "Phử", "Dế", "Sử", "Súa", "Tủa", "Chinh", "Pả", "Dìn", "Mìn", "Lầu",
            "Cáng", "Chàng", "Pao", "Sâu", "Vảng", "Say", "Chung", "Thàng", "Minh", "Hùng", "Vần", "Dũng");
    private static final Pool MONG_FEMALE_GIVEN = Pool.uniform(
            "Mỷ", "Pàng", "Dua", "Chá", "Mai", "Sua", "Dợ", "Vá", "Máy", "Chi", "Lan", "Hoa", "Dinh", "Sung");
    private static final Pool DAO_MALE_GIVEN = Pool.uniform(
            "Chài", "Phin", "Quẩy", "Vần", "Kiềm", "Sơn", "Lâm", "Hiện", "Thắng", "Minh", "Tiến", "Long",
            "Phú", "Cường");
    private static final Pool DAO_FEMALE_GIVEN = Pool.uniform(
            "Mẩy", "Xiêm", "Chiêm", "Nhất", "Hoa", "Lan", "Hương", "Liên", "Thu", "Mai", "Duyên", "Thúy");

    /** Two-digit mobile network prefixes (03x, 05x, 07x, 08x, 09x), weighted roughly by market share. */
    private static final Pool PHONE_PREFIX = new Pool(
            "032", 5, "033", 5, "034", 5, "035", 5, "036", 5, "037", 5, "038", 5, "039", 5, "086", 5,
            "096", 8, "097", 8, "098", 8, "081", 3, "082", 3, "083", 3, "084", 3, "085", 3, "088", 4,
            "091", 6, "094", 5, "070", 2, "076", 2, "077", 2, "078", 2, "079", 2, "089", 3, "090", 4,
            "093", 4, "052", 1, "056", 1, "058", 1, "092", 1, "059", 1, "099", 1);

    /** CCCD province codes of the birthplaces of Kinh members not born in Lào Cai (010). */
    private static final Pool KINH_PROVINCE = new Pool(
            "010", 60, "015", 6, "025", 5, "034", 4, "036", 4, "035", 2, "030", 3, "038", 3, "040", 2,
            "001", 3, "026", 2, "033", 2, "037", 2, "008", 1, "002", 1, "031", 1, "027", 1, "019", 1, "022", 1);

    // ------------------------------------------------------------------------------------------------
    // Job titles
    // ------------------------------------------------------------------------------------------------

    private static Pool staffPool(Kind kind, String unitName, boolean grassrootsCell) {
        String u = unitName.toLowerCase(Locale.ROOT);
        Pool special = specialPool(kind, u);
        if (special != null) {
            return special;
        }
        Pool base = switch (kind) {
            case PARTY -> new Pool("Chuyên viên", 55, "Chuyên viên chính", 25, "Phó Trưởng ban", 6,
                    "Kế toán viên", 4, "Lái xe", 4, "Văn thư", 4);
            case ADMIN -> new Pool("Chuyên viên", 55, "Chuyên viên chính", 18, "Cán sự", 6, "Kế toán viên", 5,
                    "Văn thư", 3, "Lái xe", 3);
            case TREASURY -> new Pool("Kiểm soát viên", 35, "Kiểm soát viên chính", 10, "Kế toán viên", 25,
                    "Chuyên viên", 20, "Thủ quỹ", 3, "Lái xe", 2);
            case TAX -> new Pool("Kiểm tra viên thuế", 40, "Kiểm tra viên chính thuế", 15, "Chuyên viên", 20,
                    "Kế toán viên", 5, "Văn thư", 3);
            case CUSTOMS -> new Pool("Kiểm tra viên hải quan", 45, "Kiểm tra viên chính hải quan", 15,
                    "Chuyên viên", 20, "Lái xe", 2);
            case INSURANCE -> new Pool("Chuyên viên", 55, "Giám định viên", 15, "Kế toán viên", 15, "Cán sự", 5);
            case BANK -> new Pool("Cán bộ tín dụng", 30, "Giao dịch viên", 25, "Kế toán viên", 15,
                    "Kiểm soát viên", 8, "Chuyên viên", 15, "Thủ quỹ", 4);
            case UTILITY -> new Pool("Kỹ sư", 30, "Công nhân kỹ thuật", 25, "Kế toán viên", 8, "Chuyên viên", 15,
                    "Nhân viên kinh doanh", 10, "Lái xe", 3);
            case TRADE -> new Pool("Nhân viên kinh doanh", 35, "Kế toán viên", 15, "Chuyên viên", 20,
                    "Nhân viên", 15);
            case HOSPITAL -> new Pool("Bác sĩ", 30, "Điều dưỡng", 35, "Dược sĩ", 5, "Kỹ thuật viên", 10,
                    "Kế toán viên", 3, "Chuyên viên", 5);
            case SCHOOL -> new Pool("Giảng viên", 60, "Giảng viên chính", 15, "Chuyên viên", 15,
                    "Kế toán viên", 5);
            case MEDIA -> new Pool("Phóng viên", 35, "Biên tập viên", 30, "Kỹ thuật viên", 15, "Chuyên viên", 10,
                    "Quay phim", 5);
        };
        if (!grassrootsCell) {
            return base;
        }
        // A grassroots cell is a whole agency: its departments' heads sit among the staff.
        return switch (kind) {
            case HOSPITAL -> new Pool("Trưởng khoa", 6, "Phó Trưởng khoa", 6, "Bác sĩ", 30, "Điều dưỡng", 35,
                    "Dược sĩ", 5, "Kỹ thuật viên", 10, "Kế toán viên", 3, "Chuyên viên", 5);
            case PARTY -> base;
            default -> withManagers(base);
        };
    }

    private static Pool withManagers(Pool base) {
        Object[] pairs = new Object[(base.items.length + 2) * 2];
        pairs[0] = "Trưởng phòng";
        pairs[1] = 8;
        pairs[2] = "Phó Trưởng phòng";
        pairs[3] = 10;
        int previous = 0;
        for (int i = 0; i < base.items.length; i++) {
            pairs[4 + 2 * i] = base.items[i];
            pairs[5 + 2 * i] = (base.cumulative[i] - previous) * 100 / base.cumulative[base.cumulative.length - 1];
            previous = base.cumulative[i];
        }
        return new Pool(pairs);
    }

    /** Job titles that follow from the unit rather than the kind of agency. {@code u} is lower case. */
    private static Pool specialPool(Kind kind, String u) {
        if (kind == Kind.HOSPITAL) {
            if (u.startsWith("phòng")) {
                return new Pool("Chuyên viên", 45, "Kế toán viên", 15, "Bác sĩ", 15, "Điều dưỡng", 15,
                        "Nhân viên", 10);
            }
            if (u.contains("dược")) {
                return new Pool("Dược sĩ", 80, "Kỹ thuật viên", 10, "Điều dưỡng", 10);
            }
            if (u.contains("xét nghiệm") || u.contains("chẩn đoán hình ảnh")) {
                return new Pool("Kỹ thuật viên", 60, "Bác sĩ", 35, "Điều dưỡng", 5);
            }
            if (u.contains("sản")) {
                return new Pool("Bác sĩ", 35, "Hộ sinh", 45, "Điều dưỡng", 20);
            }
            if (u.contains("dinh dưỡng") || u.contains("môi trường") || u.contains("truyền nhiễm")) {
                return new Pool("Bác sĩ", 35, "Y sĩ", 20, "Kỹ thuật viên", 15, "Chuyên viên", 30);
            }
            return null;
        }
        if (kind == Kind.SCHOOL) {
            if (u.startsWith("phòng")) {
                return new Pool("Chuyên viên", 65, "Kế toán viên", 15, "Giảng viên", 15, "Văn thư", 5);
            }
            if (u.contains("lái xe")) {
                return new Pool("Giáo viên", 70, "Chuyên viên", 20, "Kế toán viên", 10);
            }
            return null;
        }
        if (kind == Kind.ADMIN && (u.startsWith("thanh tra") || u.startsWith("phòng thanh tra"))) {
            return new Pool("Thanh tra viên", 50, "Thanh tra viên chính", 20, "Chuyên viên", 30);
        }
        if (u.equals("văn phòng") || u.equals("văn phòng công ty") || u.contains("hành chính")
                || u.equals("phòng tổng hợp") || u.equals("phòng nhân sự - tổng hợp")) {
            return new Pool("Chuyên viên", 50, "Văn thư", 12, "Kế toán viên", 12, "Lái xe", 12, "Nhân viên", 8,
                    "Thủ quỹ", 6);
        }
        if (u.startsWith("phòng") && (u.contains("kế toán") || u.contains("kế hoạch - tài chính"))) {
            return new Pool("Kế toán viên", 50, "Chuyên viên", 40, "Thủ quỹ", 10);
        }
        if (u.contains("kiểm lâm") || u.contains("rừng phòng hộ")) {
            return new Pool("Kiểm lâm viên", 60, "Chuyên viên", 30, "Kỹ sư", 10);
        }
        if (u.contains("khuyến nông") || u.contains("giống") || u.contains("trồng trọt") || u.contains("chăn nuôi")
                || u.contains("thủy lợi") || u.contains("nước sạch") || u.contains("quan trắc")) {
            return new Pool("Kỹ sư", 50, "Chuyên viên", 35, "Kỹ thuật viên", 15);
        }
        if (u.equals("bảo tàng tỉnh")) {
            return new Pool("Di sản viên", 50, "Chuyên viên", 40, "Kế toán viên", 10);
        }
        if (u.equals("thư viện tỉnh")) {
            return new Pool("Thư viện viên", 60, "Chuyên viên", 30, "Kế toán viên", 10);
        }
        if (u.startsWith("nhà hát")) {
            return new Pool("Diễn viên", 55, "Nhạc công", 20, "Chuyên viên", 20, "Kế toán viên", 5);
        }
        if (u.contains("huấn luyện")) {
            return new Pool("Huấn luyện viên", 55, "Chuyên viên", 35, "Kế toán viên", 10);
        }
        if (u.contains("đăng kiểm")) {
            return new Pool("Đăng kiểm viên", 60, "Kỹ sư", 20, "Chuyên viên", 20);
        }
        if (u.contains("đường bộ") || u.contains("thi công")) {
            return new Pool("Kỹ sư", 40, "Công nhân", 45, "Chuyên viên", 10, "Lái xe", 5);
        }
        if (isNumber(u)) { // numbered teams of the urban environment company
            return new Pool("Công nhân vệ sinh môi trường", 55, "Lái xe", 15, "Kỹ sư", 10, "Chuyên viên", 10,
                    "Kế toán viên", 10);
        }
        if (kind == Kind.UTILITY && (u.startsWith("điện lực") || u.startsWith("đội") || u.startsWith("xí nghiệp")
                || u.startsWith("trung tâm viễn thông"))) {
            return new Pool("Công nhân kỹ thuật", 45, "Kỹ sư", 35, "Nhân viên kinh doanh", 10, "Kế toán viên", 10);
        }
        if (u.startsWith("bưu điện") || u.contains("khai thác vận chuyển")) {
            return new Pool("Giao dịch viên", 35, "Nhân viên bưu chính", 30, "Bưu tá", 20, "Kế toán viên", 10,
                    "Lái xe", 5);
        }
        if (kind == Kind.TRADE && (u.startsWith("cụm cửa hàng") || u.startsWith("tổng kho"))) {
            return new Pool("Cửa hàng trưởng", 15, "Nhân viên bán hàng", 55, "Thủ kho", 10, "Kế toán viên", 10,
                    "Công nhân kỹ thuật", 10);
        }
        return null;
    }

    /**
     * Head and deputy job titles of a unit that is a cell of a grassroots committee. Heads of units that are
     * bodies of their own carry the unit's name ("Giám đốc Điện lực Bảo Thắng", "Chi cục trưởng Chi cục
     * Kiểm lâm"), heads of departments do not ("Trưởng phòng", "Trưởng khoa").
     */
    private static String[] unitLeaderTitles(String unitName) {
        String u = unitName;
        if (u.equals("Văn phòng") || u.equals("Văn phòng Công ty")) {
            return new String[]{"Chánh Văn phòng", "Phó Chánh Văn phòng"};
        }
        if (u.equals("Thanh tra")) {
            return new String[]{"Chánh Thanh tra", "Phó Chánh Thanh tra"};
        }
        if (u.startsWith("Phòng giao dịch")) {
            return named("Giám đốc", "Phó Giám đốc", u);
        }
        if (u.startsWith("Phòng")) {
            return new String[]{"Trưởng phòng", "Phó Trưởng phòng"};
        }
        if (u.startsWith("Khoa")) {
            return new String[]{"Trưởng khoa", "Phó Trưởng khoa"};
        }
        if (u.startsWith("Chi cục")) {
            return named("Chi cục trưởng", "Phó Chi cục trưởng", u);
        }
        if (u.startsWith("Ban")) {
            return named("Trưởng", "Phó Trưởng", u);
        }
        if (u.startsWith("Đội")) {
            return named("Đội trưởng", "Đội phó", u);
        }
        if (u.startsWith("Hạt")) {
            return named("Hạt trưởng", "Hạt phó", u);
        }
        if (u.startsWith("Cụm cửa hàng")) {
            return new String[]{"Trưởng " + u, "Cửa hàng trưởng"};
        }
        if (isNumber(u)) {
            return new String[]{"Đội trưởng", "Đội phó"};
        }
        if (u.startsWith("Cơ sở") || u.startsWith("Trung tâm") || u.startsWith("Chi nhánh")
                || u.startsWith("Kho bạc") || u.startsWith("Bảo hiểm xã hội") || u.startsWith("Điện lực")
                || u.startsWith("Bưu điện") || u.startsWith("Xí nghiệp") || u.startsWith("Bảo tàng")
                || u.startsWith("Thư viện") || u.startsWith("Nhà hát") || u.startsWith("Văn phòng")
                || u.startsWith("Tổng kho")) {
            return named("Giám đốc", "Phó Giám đốc", u);
        }
        return new String[]{"Trưởng phòng", "Phó Trưởng phòng"};
    }

    private static String[] named(String head, String deputy, String unit) {
        return new String[]{head + " " + unit, deputy + " " + unit};
    }

    // ------------------------------------------------------------------------------------------------
    // One generation run
    // ------------------------------------------------------------------------------------------------

    /** A unit that holds members: a cell of a committee, or a grassroots cell. */
    private static final class Unit {
        final String orgKey;
        final String unitName;
        final Grassroots grassroots;
        final boolean office;
        int size;
        int probationary; // fixed for the office cells, drawn for the others

        Unit(String orgKey, String unitName, Grassroots grassroots, boolean office) {
            this.orgKey = orgKey;
            this.unitName = unitName;
            this.grassroots = grassroots;
            this.office = office;
        }
    }

    private static final int RANK_HEAD = 0;
    private static final int RANK_DEPUTY = 1;
    private static final int RANK_UNIT_HEAD = 2;
    private static final int RANK_UNIT_DEPUTY = 3;
    private static final int RANK_STAFF = 9;

    /** A member while its unit is being built (the job title is set last). */
    private static final class Draft {
        int seq;
        int rank = RANK_STAFF;
        String fullName;
        LocalDate birthDate;
        boolean male;
        String ethnicity;
        String religion;
        String nationalId;
        String phone;
        String partyCard;
        LocalDate admittedOn;
        LocalDate fullMemberOn;
        String jobTitle;
    }

    private static final class Run {
        private final SplittableRandom rnd;
        private final LocalDate ref;
        private final List<DemoOrganisation> organisations = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<DemoMember> members = new ArrayList<>();
        private final Set<String> nationalIds = new HashSet<>();
        private final Set<String> phones = new HashSet<>();
        private final Set<String> partyCards = new HashSet<>();
        private int drafted;

        Run(long seed, LocalDate ref) {
            this.rnd = new SplittableRandom(seed);
            this.ref = ref;
        }

        DemoDataset generate() {
            buildTree();
            sizeUnits();
            int start = 0;
            while (start < units.size()) {
                // all units of one grassroots organisation together, so its leaders can be chosen
                Grassroots g = units.get(start).grassroots;
                int end = start;
                while (end < units.size() && units.get(end).grassroots == g) {
                    end++;
                }
                buildGrassrootsMembers(units.subList(start, end));
                start = end;
            }
            return new DemoDataset(organisations, members);
        }

        // ---------------- organisations ----------------

        private void buildTree() {
            String committeeTerm = committeeTerm();
            String cellTerm = cellTerm();
            organisations.add(org(BLOC_KEY, null, DemoOrgType.BLOC_COMMITTEE, BLOC_NAME, "ĐUK", committeeTerm));

            organisations.add(org(OFFICE_KEY, BLOC_KEY, DemoOrgType.GRASSROOTS_COMMITTEE, OFFICE_NAME, "ĐU",
                    committeeTerm));
            for (int i = 0; i < OFFICE_CELL_NUMERALS.length; i++) {
                String key = OFFICE_KEY + "-cb" + (i + 1);
                organisations.add(org(key, OFFICE_KEY, DemoOrgType.CELL, "Chi bộ " + OFFICE_CELL_NUMERALS[i], "CB",
                        cellTerm));
                Unit unit = new Unit(key, OFFICE_CELL_NUMERALS[i], OFFICE, true);
                unit.size = OFFICE_CELL_FULL[i] + OFFICE_CELL_PROBATIONARY[i];
                unit.probationary = OFFICE_CELL_PROBATIONARY[i];
                units.add(unit);
            }

            for (int gi = 0; gi < GRASSROOTS.size(); gi++) {
                Grassroots g = GRASSROOTS.get(gi);
                String key = "org-" + pad(gi + 1, 3);
                if (g.type() == DemoOrgType.GRASSROOTS_CELL) {
                    organisations.add(org(key, BLOC_KEY, g.type(), g.name(), "CB", committeeTerm));
                    units.add(new Unit(key, g.workplace(), g, false));
                } else {
                    organisations.add(org(key, BLOC_KEY, g.type(), g.name(), "ĐU", committeeTerm));
                    for (int ci = 0; ci < g.cells().size(); ci++) {
                        String cellKey = key + "-cb" + pad(ci + 1, 2);
                        String unitName = g.cells().get(ci);
                        organisations.add(org(cellKey, key, DemoOrgType.CELL, "Chi bộ " + unitName, "CB", cellTerm));
                        units.add(new Unit(cellKey, unitName, g, false));
                    }
                }
            }
        }

        private DemoOrganisation org(String key, String parent, DemoOrgType type, String name, String code,
                                     String term) {
            return new DemoOrganisation(key, parent, type, nfc(name), nfc(code), term);
        }

        /** Five-year term of the committees (2020-2025, 2025-2030, ...) containing the reference date. */
        private String committeeTerm() {
            int start = Math.floorDiv(ref.getYear(), 5) * 5;
            return start + "-" + (start + 5);
        }

        /** Cells under a grassroots committee hold two congresses a term: 2020-2022, then 2022-2025. */
        private String cellTerm() {
            int start = Math.floorDiv(ref.getYear(), 5) * 5;
            return ref.getYear() < start + 2 ? start + "-" + (start + 2) : (start + 2) + "-" + (start + 5);
        }

        // ---------------- sizes ----------------

        private void sizeUnits() {
            int target = MEMBERS_BASE + rnd.nextInt(MEMBERS_SPREAD);
            int fixed = 0;
            List<Unit> free = new ArrayList<>();
            for (Unit u : units) {
                if (u.office) {
                    fixed += u.size;
                } else {
                    free.add(u);
                }
            }
            int[] raw = new int[free.size()];
            long rawSum = 0;
            for (int i = 0; i < raw.length; i++) {
                Grassroots g = free.get(i).grassroots;
                raw[i] = g.minSize() + rnd.nextInt(g.maxSize() - g.minSize() + 1);
                rawSum += raw[i];
            }
            int wanted = target - fixed;
            int sum = 0;
            for (int i = 0; i < raw.length; i++) {
                Unit u = free.get(i);
                u.size = Math.max(MIN_FULL_PER_UNIT + 1, (int) Math.round(raw[i] * (double) wanted / rawSum));
                sum += u.size;
            }
            while (sum != wanted) {
                Unit u = free.get(rnd.nextInt(free.size()));
                if (sum < wanted) {
                    u.size++;
                    sum++;
                } else if (u.size > MIN_FULL_PER_UNIT + 1) {
                    u.size--;
                    sum--;
                }
            }
            for (Unit u : free) {
                int p = 0;
                for (int i = 0; i < u.size; i++) {
                    if (rnd.nextDouble() < PROBATIONARY_SHARE) {
                        p++;
                    }
                }
                u.probationary = Math.min(p, Math.min(u.size - MIN_FULL_PER_UNIT, Math.max(2, u.size / 5)));
            }
        }

        // ---------------- members ----------------

        private void buildGrassrootsMembers(List<Unit> groupUnits) {
            Grassroots g = groupUnits.get(0).grassroots;
            List<List<Draft>> drafts = new ArrayList<>();
            for (Unit u : groupUnits) {
                boolean[] probationary = new boolean[u.size];
                for (int i = 0; i < u.probationary; i++) {
                    probationary[i] = true;
                }
                for (int i = probationary.length - 1; i > 0; i--) { // Fisher-Yates
                    int j = rnd.nextInt(i + 1);
                    boolean t = probationary[i];
                    probationary[i] = probationary[j];
                    probationary[j] = t;
                }
                List<Draft> list = new ArrayList<>();
                for (int i = 0; i < u.size; i++) {
                    list.add(draft(u.grassroots.kind(), probationary[i]));
                }
                drafts.add(list);
            }

            // Leaders of the agency: the head and a deputy from the first unit, further deputies from the next.
            pickLeader(drafts.get(0), 40, g.headTitle(), RANK_HEAD);
            for (int d = 0; d < g.deputies(); d++) {
                int ui = Math.min(d, groupUnits.size() - 1);
                pickLeader(drafts.get(ui), 36, g.deputyTitle(), RANK_DEPUTY);
            }
            for (int ui = 0; ui < groupUnits.size(); ui++) {
                Unit u = groupUnits.get(ui);
                List<Draft> list = drafts.get(ui);
                boolean grassrootsCell = g.type() == DemoOrgType.GRASSROOTS_CELL;
                if (!grassrootsCell) {
                    String[] titles = u.office
                            ? new String[]{"Trưởng phòng", "Phó Trưởng phòng"}
                            : unitLeaderTitles(u.unitName);
                    pickLeader(list, 32, titles[0], RANK_UNIT_HEAD);
                    if (u.size >= 6) {
                        pickLeader(list, 28, titles[1], RANK_UNIT_DEPUTY);
                    }
                }
                Pool staff = u.office
                        ? new Pool("Chuyên viên", 50, "Chuyên viên chính", 20, "Kế toán viên", 6, "Văn thư", 6,
                        "Lái xe", 10, "Nhân viên", 8)
                        : staffPool(g.kind(), u.unitName, grassrootsCell);
                for (Draft d : list) {
                    if (d.jobTitle == null) {
                        d.jobTitle = staffTitle(staff, d);
                    }
                }
                // leaders first (as on a cell's member list), then the others in drawing order
                List<Draft> ordered = new ArrayList<>(list);
                ordered.sort(Comparator.comparingInt((Draft d) -> d.rank).thenComparingInt(d -> d.seq));
                for (Draft d : ordered) {
                    members.add(toMember(d, u.orgKey, g.workplace()));
                }
            }
        }

        /** A staff title that suits the member's age and sex (no 24-year-old senior specialist, ...). */
        private String staffTitle(Pool staff, Draft d) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String title = staff.pick(rnd);
                if (suits(title, d)) {
                    return title;
                }
            }
            return "Chuyên viên";
        }

        private boolean suits(String title, Draft d) {
            boolean senior = title.startsWith("Trưởng") || title.startsWith("Phó") || title.endsWith(" chính")
                    || title.contains(" chính ") || title.endsWith("trưởng");
            if (senior && age(d.birthDate, ref) < 32) {
                return false;
            }
            if (!d.male && (title.equals("Lái xe") || title.startsWith("Công nhân") || title.equals("Bưu tá"))) {
                return false;
            }
            return d.male ? !title.equals("Hộ sinh") : true;
        }

        /** Gives {@code title} to one of the three oldest full members without a title, preferring {@code minAge}+. */
        private void pickLeader(List<Draft> list, int minAge, String title, int rank) {
            List<Draft> candidates = new ArrayList<>();
            for (Draft d : list) {
                if (d.jobTitle == null && d.fullMemberOn != null) {
                    candidates.add(d);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            candidates.sort(Comparator.comparing((Draft d) -> d.birthDate).thenComparingInt(d -> d.seq));
            List<Draft> eligible = new ArrayList<>();
            for (Draft d : candidates) {
                if (age(d.birthDate, ref) >= minAge) {
                    eligible.add(d);
                }
            }
            List<Draft> from = eligible.isEmpty() ? candidates : eligible;
            int n = Math.min(3, from.size());
            Draft chosen = from.get(rnd.nextInt(n));
            chosen.jobTitle = nfc(title);
            chosen.rank = rank;
        }

        private Draft draft(Kind kind, boolean probationary) {
            Draft d = new Draft();
            d.seq = ++drafted;
            d.male = rnd.nextDouble() < kind.maleShare;
            d.ethnicity = ETHNICITY.pick(rnd);
            d.religion = RELIGION.pick(rnd);
            d.fullName = fullName(d.ethnicity, d.male);
            int age = probationary ? probationaryAge() : memberAge(d.male);
            d.birthDate = birthDate(age, d.male);
            if (probationary) {
                d.admittedOn = between(ref.minusMonths(12).plusDays(1), ref.minusDays(1));
                d.fullMemberOn = null;
            } else {
                d.admittedOn = admission(d.birthDate);
                d.fullMemberOn = d.admittedOn.plusMonths(12).plusDays(rnd.nextInt(8));
            }
            d.nationalId = nationalId(d);
            d.phone = phone();
            d.partyCard = partyCard();
            return d;
        }

        private DemoMember toMember(Draft d, String orgKey, String workplace) {
            String key = "m-" + pad(members.size() + 1, 6);
            return new DemoMember(key, orgKey, nfc(d.fullName), d.birthDate, d.male ? "MALE" : "FEMALE",
                    nfc(d.ethnicity), nfc(d.religion), d.nationalId, d.phone, d.partyCard, d.admittedOn,
                    d.fullMemberOn, nfc(d.jobTitle), nfc(workplace));
        }

        // ---------------- names ----------------

        private String fullName(String ethnicity, boolean male) {
            String family;
            String middle;
            String given;
            switch (ethnicity) {
                case "Tày", "Nùng" -> {
                    family = TAY_NUNG_FAMILY.pick(rnd);
                    middle = male ? ETHNIC_MALE_MIDDLE.pick(rnd) : ETHNIC_FEMALE_MIDDLE.pick(rnd);
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                case "Giáy" -> {
                    family = GIAY_FAMILY.pick(rnd);
                    middle = male ? ETHNIC_MALE_MIDDLE.pick(rnd) : ETHNIC_FEMALE_MIDDLE.pick(rnd);
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                case "Thái" -> {
                    family = THAI_FAMILY.pick(rnd);
                    middle = male ? ETHNIC_MALE_MIDDLE.pick(rnd) : ETHNIC_FEMALE_MIDDLE.pick(rnd);
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                case "Dao" -> {
                    family = DAO_FAMILY.pick(rnd);
                    middle = male ? ETHNIC_MALE_MIDDLE.pick(rnd) : ETHNIC_FEMALE_MIDDLE.pick(rnd);
                    given = male ? DAO_MALE_GIVEN.pick(rnd) : DAO_FEMALE_GIVEN.pick(rnd);
                }
                case "Mông" -> {
                    family = MONG_FAMILY.pick(rnd);
                    middle = male ? MONG_MALE_MIDDLE.pick(rnd) : "Thị";
                    given = male ? MONG_MALE_GIVEN.pick(rnd) : MONG_FEMALE_GIVEN.pick(rnd);
                }
                case "Phù Lá" -> {
                    family = PHULA_FAMILY.pick(rnd);
                    middle = male ? "Văn" : "Thị";
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                case "Hà Nhì" -> {
                    family = HANHI_FAMILY.pick(rnd);
                    middle = male ? "Văn" : "Thị";
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                case "Mường" -> {
                    family = MUONG_FAMILY.pick(rnd);
                    middle = male ? ETHNIC_MALE_MIDDLE.pick(rnd) : ETHNIC_FEMALE_MIDDLE.pick(rnd);
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                }
                default -> {
                    family = KINH_FAMILY.pick(rnd);
                    middle = male ? MALE_MIDDLE.pick(rnd) : FEMALE_MIDDLE.pick(rnd);
                    given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
                    // women's names often carry "Thị" before a second middle name: Nguyễn Thị Thu Hương
                    if (!male && !middle.equals("Thị") && rnd.nextInt(4) == 0) {
                        middle = "Thị " + middle;
                    }
                }
            }
            int guard = 0;
            while ((middle.endsWith(given) || family.equals(given)) && guard++ < 10) {
                given = male ? MALE_GIVEN.pick(rnd) : FEMALE_GIVEN.pick(rnd);
            }
            return family + " " + middle + " " + given;
        }

        // ---------------- dates ----------------

        /**
         * Age in whole years of a full member: most 30-50, at most 60 and below the retirement age in force
         * at the reference date.
         */
        private int memberAge(boolean male) {
            int bucket = rnd.nextInt(100);
            int lo;
            int hi;
            if (bucket < 12) {
                lo = 23;
                hi = 29;
            } else if (bucket < 46) {
                lo = 30;
                hi = 39;
            } else if (bucket < 76) {
                lo = 40;
                hi = 49;
            } else {
                lo = 50;
                hi = Math.min(60, (retirementAgeMonths(male, ref.getYear()) - 1) / 12);
            }
            return lo + rnd.nextInt(hi - lo + 1);
        }

        private int probationaryAge() {
            int bucket = rnd.nextInt(100);
            if (bucket < 70) {
                return 23 + rnd.nextInt(8);
            }
            if (bucket < 95) {
                return 31 + rnd.nextInt(10);
            }
            return 41 + rnd.nextInt(8);
        }

        /** A birth date giving exactly {@code age} whole years at the reference date, before retirement. */
        private LocalDate birthDate(int age, boolean male) {
            LocalDate from = ref.minusYears(age + 1L).plusDays(1);
            int retirement = retirementAgeMonths(male, ref.getYear());
            LocalDate notRetired = ref.minusMonths(retirement).plusDays(1);
            while (!notRetired.plusMonths(retirement).isAfter(ref)) { // month-end clamping (31st, 29 Feb)
                notRetired = notRetired.plusDays(1);
            }
            if (from.isBefore(notRetired)) {
                from = notRetired;
            }
            return between(from, ref.minusYears(age));
        }

        /** Admission of a full member: at 18-60, after the 18th birthday, probation over by the reference date. */
        private LocalDate admission(LocalDate birth) {
            LocalDate lo = birth.plusYears(18);
            if (age(birth, lo) < 18) { // born on 29 February
                lo = lo.plusDays(1);
            }
            LocalDate hi = ref.minusMonths(12).minusDays(10);
            LocalDate lastAt60 = birth.plusYears(61).minusDays(1);
            if (lastAt60.isBefore(hi)) {
                hi = lastAt60;
            }
            int maxAge = age(birth, hi);
            int bucket = rnd.nextInt(100);
            int admAge;
            if (bucket < 25) {
                admAge = 18 + rnd.nextInt(5);
            } else if (bucket < 60) {
                admAge = 23 + rnd.nextInt(5);
            } else if (bucket < 82) {
                admAge = 28 + rnd.nextInt(5);
            } else if (bucket < 96) {
                admAge = 33 + rnd.nextInt(8);
            } else {
                admAge = 41 + rnd.nextInt(10);
            }
            if (admAge > maxAge) {
                admAge = 18 + rnd.nextInt(maxAge - 18 + 1);
            }
            LocalDate from = birth.plusYears(admAge);
            LocalDate to = birth.plusYears(admAge + 1L).minusDays(1);
            if (from.isBefore(lo)) {
                from = lo;
            }
            if (to.isAfter(hi)) {
                to = hi;
            }
            return between(from, to);
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long a = from.toEpochDay();
            long b = to.toEpochDay();
            return LocalDate.ofEpochDay(a + rnd.nextLong(b - a + 1));
        }

        // ---------------- identifiers ----------------

        /** CCCD: birthplace province (3), century and sex (1), birth year (2), serial (6). */
        private String nationalId(Draft d) {
            String province;
            switch (d.ethnicity) {
                case ETHNIC_KINH -> province = KINH_PROVINCE.pick(rnd);
                case "Mường" -> province = rnd.nextBoolean() ? "025" : "017";
                default -> province = rnd.nextInt(10) < 9 ? "010" : "015";
            }
            int year = d.birthDate.getYear();
            int centuryCode = 2 * ((year / 100) - 19) + (d.male ? 0 : 1);
            String prefix = province + centuryCode + pad(year % 100, 2);
            String id;
            do {
                id = prefix + pad(rnd.nextInt(1_000_000), 6);
            } while (!nationalIds.add(id));
            return id;
        }

        private String phone() {
            String p;
            do {
                p = PHONE_PREFIX.pick(rnd) + pad(rnd.nextInt(10_000_000), 7);
            } while (!phones.add(p));
            return p;
        }

        private String partyCard() {
            String c;
            do {
                c = String.valueOf(10_000_000 + rnd.nextInt(90_000_000));
            } while (!partyCards.add(c));
            return c;
        }
    }

    /**
     * Retirement age in months in the given year (Labour Code 2019, art. 169): 60 and 55 years before 2021,
     * then men 60y3m rising 3 months a year to 62, women 55y4m rising 4 months a year to 60.
     */
    static int retirementAgeMonths(boolean male, int year) {
        if (year < 2021) {
            return male ? 720 : 660;
        }
        int steps = year - 2021;
        return male ? Math.min(723 + 3 * steps, 744) : Math.min(664 + 4 * steps, 720);
    }

    private static int age(LocalDate birth, LocalDate at) {
        return Period.between(birth, at).getYears();
    }

    /** Zero-padded decimal of a non-negative number. */
    private static String pad(int value, int width) {
        String digits = Integer.toString(value);
        StringBuilder sb = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
