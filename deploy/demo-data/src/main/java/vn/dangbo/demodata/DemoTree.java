package vn.dangbo.demodata;

import java.util.List;

/**
 * The fixed organisation tree of the demo bloc: its grassroots organisations (Lào Cai's provincial
 * agencies and enterprises), their cells, the kind of each agency and its leaders' titles.
 */
final class DemoTree {

    /** Kind of agency: decides the staff job titles and the share of men. */
    enum Kind {
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
    record Grassroots(String name, boolean grassrootsCell, Kind kind, String workplace, String headTitle,
                      String deputyTitle, int deputies, int minSize, int maxSize, List<String> cells) {

        /** The registry's organisation type name, as the organisation import reads it. */
        String type() {
            return grassrootsCell ? "GRASSROOTS_CELL" : "GRASSROOTS_COMMITTEE";
        }
    }

    private static Grassroots committee(String agency, Kind kind, String head, String deputy, int deputies,
                                       int minSize, int maxSize, String... cells) {
        return new Grassroots("Đảng bộ " + agency, false, kind, agency, head, deputy,
                deputies, minSize, maxSize, List.of(cells));
    }

    private static Grassroots cell(String agency, Kind kind, String head, String deputy, int deputies,
                                   int minSize, int maxSize) {
        return new Grassroots("Chi bộ " + agency, true, kind, agency, head, deputy,
                deputies, minSize, maxSize, List.of());
    }

    private static final String GD = "Giám đốc";
    private static final String PGD = "Phó Giám đốc";
    private static final String GD_SO = "Giám đốc Sở";
    private static final String PGD_SO = "Phó Giám đốc Sở";

    static final Grassroots OFFICE = committee("Văn phòng UBND tỉnh", Kind.ADMIN,
            "Chánh Văn phòng", "Phó Chánh Văn phòng", 3, 0, 0);

    /** The grassroots organisations other than the office, in list order ("org-001", "org-002", ...). */
    static final List<Grassroots> GRASSROOTS = List.of(
            new Grassroots("Chi bộ Cơ quan Đảng ủy Khối", true, Kind.PARTY,
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

    private DemoTree() {
    }
}
