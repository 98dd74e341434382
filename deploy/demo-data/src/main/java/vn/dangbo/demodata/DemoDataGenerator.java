package vn.dangbo.demodata;

import static vn.dangbo.demodata.DemoTree.GRASSROOTS;
import static vn.dangbo.demodata.DemoTree.OFFICE;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import vn.dangbo.demodata.DemoTree.Grassroots;

/**
 * Deterministic generator of the demo data set: one provincial bloc committee ("Đảng bộ Khối các cơ quan
 * và doanh nghiệp tỉnh", Lào Cai naming) with 60 grassroots organisations, about 300 cells and about
 * 5,000 members.
 *
 * <p>Plain Java, no framework. The organisation tree is fixed ({@link DemoTree}: the same for every seed; only
 * the terms follow the reference date); the members are drawn from a {@link SplittableRandom} seeded with
 * {@code seed}, so the same seed and reference date always give an identical data set. The clock is
 * never read and no hash-ordered collection is iterated.
 *
 * <p>Inside the bloc sits the party committee of the congress plan, "Đảng bộ Văn phòng UBND tỉnh"
 * ({@value #OFFICE_KEY}) with six cells, "Chi bộ I" ({@value #PILOT_CELL_KEY}, the pilot) to
 * "Chi bộ VI". Its full/probationary counts are fixed so the congress rules can be demonstrated:
 * I 11+1, II 14+2, III 7+0, IV 6+1, V 9+0, VI 8+2 (cells with 9 or more full members elect a cell
 * committee, the others a secretary only).
 *
 * <p>Every string is NFC because the sources are: no normalisation is needed (the test checks it).
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

    private static final class Run {
        private final SplittableRandom rnd;
        private final LocalDate ref;
        private final List<DemoOrganisation> organisations = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();
        private final List<DemoMember> members = new ArrayList<>();
        private final MemberDrafts drafts;

        Run(long seed, LocalDate ref) {
            this.rnd = new SplittableRandom(seed);
            this.ref = ref;
            this.drafts = new MemberDrafts(rnd, ref);
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
            organisations.add(org(BLOC_KEY, null, "BLOC_COMMITTEE", BLOC_NAME, "ĐUK", committeeTerm));

            organisations.add(org(OFFICE_KEY, BLOC_KEY, OFFICE.type(), OFFICE_NAME, "ĐU",
                    committeeTerm));
            for (int i = 0; i < OFFICE_CELL_NUMERALS.length; i++) {
                String key = OFFICE_KEY + "-cb" + (i + 1);
                organisations.add(org(key, OFFICE_KEY, "CELL", "Chi bộ " + OFFICE_CELL_NUMERALS[i], "CB",
                        cellTerm));
                Unit unit = new Unit(key, OFFICE_CELL_NUMERALS[i], OFFICE, true);
                unit.size = OFFICE_CELL_FULL[i] + OFFICE_CELL_PROBATIONARY[i];
                unit.probationary = OFFICE_CELL_PROBATIONARY[i];
                units.add(unit);
            }

            for (int gi = 0; gi < GRASSROOTS.size(); gi++) {
                Grassroots g = GRASSROOTS.get(gi);
                String key = "org-" + pad(gi + 1, 3);
                if (g.grassrootsCell()) {
                    organisations.add(org(key, BLOC_KEY, g.type(), g.name(), "CB", committeeTerm));
                    units.add(new Unit(key, g.workplace(), g, false));
                } else {
                    organisations.add(org(key, BLOC_KEY, g.type(), g.name(), "ĐU", committeeTerm));
                    for (int ci = 0; ci < g.cells().size(); ci++) {
                        String cellKey = key + "-cb" + pad(ci + 1, 2);
                        String unitName = g.cells().get(ci);
                        organisations.add(org(cellKey, key, "CELL", "Chi bộ " + unitName, "CB", cellTerm));
                        units.add(new Unit(cellKey, unitName, g, false));
                    }
                }
            }
        }

        private DemoOrganisation org(String key, String parent, String type, String name, String code,
                                     String term) {
            return new DemoOrganisation(key, parent, type, name, code, term);
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
            List<List<MemberDraft>> unitDrafts = new ArrayList<>();
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
                List<MemberDraft> list = new ArrayList<>();
                for (int i = 0; i < u.size; i++) {
                    list.add(drafts.draft(u.grassroots.kind(), probationary[i]));
                }
                unitDrafts.add(list);
            }

            // Leaders of the agency: the head and a deputy from the first unit, further deputies from the next.
            pickLeader(unitDrafts.get(0), 40, g.headTitle(), MemberDraft.RANK_HEAD);
            for (int d = 0; d < g.deputies(); d++) {
                int ui = Math.min(d, groupUnits.size() - 1);
                pickLeader(unitDrafts.get(ui), 36, g.deputyTitle(), MemberDraft.RANK_DEPUTY);
            }
            for (int ui = 0; ui < groupUnits.size(); ui++) {
                Unit u = groupUnits.get(ui);
                List<MemberDraft> list = unitDrafts.get(ui);
                boolean grassrootsCell = g.grassrootsCell();
                if (!grassrootsCell) {
                    String[] titles = u.office
                            ? new String[]{"Trưởng phòng", "Phó Trưởng phòng"}
                            : JobTitles.unitLeaderTitles(u.unitName);
                    pickLeader(list, 32, titles[0], MemberDraft.RANK_UNIT_HEAD);
                    if (u.size >= 6) {
                        pickLeader(list, 28, titles[1], MemberDraft.RANK_UNIT_DEPUTY);
                    }
                }
                Pool staff = u.office
                        ? new Pool("Chuyên viên", 50, "Chuyên viên chính", 20, "Kế toán viên", 6, "Văn thư", 6,
                        "Lái xe", 10, "Nhân viên", 8)
                        : JobTitles.staffPool(g.kind(), u.unitName, grassrootsCell);
                for (MemberDraft d : list) {
                    if (d.jobTitle == null) {
                        d.jobTitle = staffTitle(staff, d);
                    }
                }
                // leaders first (as on a cell's member list), then the others in drawing order
                List<MemberDraft> ordered = new ArrayList<>(list);
                ordered.sort(Comparator.comparingInt((MemberDraft d) -> d.rank).thenComparingInt(d -> d.seq));
                for (MemberDraft d : ordered) {
                    members.add(toMember(d, u.orgKey, g.workplace()));
                }
            }
        }

        /** A staff title that suits the member's age and sex (no 24-year-old senior specialist, ...). */
        private String staffTitle(Pool staff, MemberDraft d) {
            for (int attempt = 0; attempt < 8; attempt++) {
                String title = staff.pick(rnd);
                if (suits(title, d)) {
                    return title;
                }
            }
            return "Chuyên viên";
        }

        private boolean suits(String title, MemberDraft d) {
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
        private void pickLeader(List<MemberDraft> list, int minAge, String title, int rank) {
            List<MemberDraft> candidates = new ArrayList<>();
            for (MemberDraft d : list) {
                if (d.jobTitle == null && d.fullMemberOn != null) {
                    candidates.add(d);
                }
            }
            if (candidates.isEmpty()) {
                return;
            }
            candidates.sort(Comparator.comparing((MemberDraft d) -> d.birthDate).thenComparingInt(d -> d.seq));
            List<MemberDraft> eligible = new ArrayList<>();
            for (MemberDraft d : candidates) {
                if (age(d.birthDate, ref) >= minAge) {
                    eligible.add(d);
                }
            }
            List<MemberDraft> from = eligible.isEmpty() ? candidates : eligible;
            int n = Math.min(3, from.size());
            MemberDraft chosen = from.get(rnd.nextInt(n));
            chosen.jobTitle = title;
            chosen.rank = rank;
        }

        private DemoMember toMember(MemberDraft d, String orgKey, String workplace) {
            String key = "m-" + pad(members.size() + 1, 6);
            return new DemoMember(key, orgKey, d.fullName, d.birthDate, d.male ? "MALE" : "FEMALE", d.ethnicity,
                    d.religion, d.nationalId, d.phone, d.partyCard, d.admittedOn, d.fullMemberOn, d.jobTitle,
                    workplace);
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

    static int age(LocalDate birth, LocalDate at) {
        return Period.between(birth, at).getYears();
    }

    /** Zero-padded decimal of a non-negative number. */
    static String pad(int value, int width) {
        String digits = Integer.toString(value);
        StringBuilder sb = new StringBuilder(width);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }
}
