package vn.dangbo.demodata;

import java.util.Locale;
import vn.dangbo.demodata.DemoTree.Kind;

/** The job titles of the demo members: staff titles by kind of agency and unit, leaders' titles by unit. */
final class JobTitles {

    private JobTitles() {
    }

    static Pool staffPool(Kind kind, String unitName, boolean grassrootsCell) {
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
    static String[] unitLeaderTitles(String unitName) {
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
}
