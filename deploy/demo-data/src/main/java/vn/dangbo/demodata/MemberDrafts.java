package vn.dangbo.demodata;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import vn.dangbo.demodata.DemoTree.Kind;

/**
 * Draws the demo members: Vietnamese names by ethnicity, ages, admission dates and unique identifiers
 * (CCCD, phone, party card), all from the generation run's one random source.
 */
final class MemberDrafts {

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

    private final SplittableRandom rnd;
    private final LocalDate ref;
    private final Set<String> nationalIds = new HashSet<>();
    private final Set<String> phones = new HashSet<>();
    private final Set<String> partyCards = new HashSet<>();
    private int drafted;

    MemberDrafts(SplittableRandom rnd, LocalDate ref) {
        this.rnd = rnd;
        this.ref = ref;
    }

    /** A member of an agency of this kind, everything but the job title drawn. */
    MemberDraft draft(Kind kind, boolean probationary) {
        MemberDraft d = new MemberDraft();
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
            hi = Math.min(60, (DemoDataGenerator.retirementAgeMonths(male, ref.getYear()) - 1) / 12);
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
        int retirement = DemoDataGenerator.retirementAgeMonths(male, ref.getYear());
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
        if (DemoDataGenerator.age(birth, lo) < 18) { // born on 29 February
            lo = lo.plusDays(1);
        }
        LocalDate hi = ref.minusMonths(12).minusDays(10);
        LocalDate lastAt60 = birth.plusYears(61).minusDays(1);
        if (lastAt60.isBefore(hi)) {
            hi = lastAt60;
        }
        int maxAge = DemoDataGenerator.age(birth, hi);
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
    private String nationalId(MemberDraft d) {
        String province;
        switch (d.ethnicity) {
            case ETHNIC_KINH -> province = KINH_PROVINCE.pick(rnd);
            case "Mường" -> province = rnd.nextBoolean() ? "025" : "017";
            default -> province = rnd.nextInt(10) < 9 ? "010" : "015";
        }
        int year = d.birthDate.getYear();
        int centuryCode = 2 * ((year / 100) - 19) + (d.male ? 0 : 1);
        String prefix = province + centuryCode + DemoDataGenerator.pad(year % 100, 2);
        String id;
        do {
            id = prefix + DemoDataGenerator.pad(rnd.nextInt(1_000_000), 6);
        } while (!nationalIds.add(id));
        return id;
    }

    private String phone() {
        String p;
        do {
            p = PHONE_PREFIX.pick(rnd) + DemoDataGenerator.pad(rnd.nextInt(10_000_000), 7);
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
