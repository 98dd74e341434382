package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.kit.text.VietnameseText;

/** The statistics a committee reports (báo cáo số lượng đảng viên), as a plain function of member states. */
public final class MemberCounting {

    public static final List<String> AGE_BANDS = List.of("<30", "30-39", "40-49", "50-59", "60+");

    private MemberCounting() {
    }

    /** A member as counted: personal facts and the state on the counting date. */
    public record Counted(Sex sex, String ethnicity, LocalDate birthDate, MemberLifecycle.Snapshot state) {
    }

    public record Counts(int total, int full, int probationary, Map<Sex, Integer> bySex, int kinh,
            int ethnicMinorities, Map<String, Integer> byAgeBand, int electionBase) {
    }

    /**
     * Counts the members on the list on {@code date}. The election base (used by a cell) is the full members
     * minus those temporarily attached elsewhere and those exempted from activities.
     */
    public static Counts count(List<Counted> members, LocalDate date) {
        Tally tally = new Tally(date);
        members.forEach(m -> tally.add(m, 1));
        return tally.counts();
    }

    /**
     * Counts built up from parts: members one by one (and taken out again: {@code sign} -1), or groups already
     * counted elsewhere (the tallies of a large subtree). Ages are taken on the counting date.
     */
    public static final class Tally {

        private final LocalDate date;
        private long total;
        private long full;
        private long probationary;
        private long kinh;
        private long minorities;
        private long electionBase;
        private final Map<Sex, Long> bySex = new EnumMap<>(Sex.class);
        private final Map<String, Long> byAge = new LinkedHashMap<>();

        public Tally(LocalDate date) {
            this.date = date;
            for (Sex sex : Sex.values()) {
                bySex.put(sex, 0L);
            }
            AGE_BANDS.forEach(band -> byAge.put(band, 0L));
        }

        /** Adds ({@code sign} 1) or takes out (-1) a member, if on the list in their state. */
        public void add(Counted m, int sign) {
            if (m.state() == null || m.state().standing() != Standing.ACTIVE) {
                return;
            }
            boolean isFull = m.state().status() == MemberStatus.FULL;
            addGroup(isFull, m.sex(), isKinh(m.ethnicity()), sign);
            if (isFull && m.state().attachedTo() == null && !m.state().exempted()) {
                electionBase += sign;
            }
            byAge.merge(ageBand(MembershipRules.ageOn(m.birthDate(), date)), (long) sign, Long::sum);
        }

        /** Adds {@code members} members alike in status, sex and ethnicity (their ages go in by {@link #addAges}). */
        public void addGroup(boolean isFull, Sex sex, boolean isKinh, long members) {
            total += members;
            if (isFull) {
                full += members;
            } else {
                probationary += members;
            }
            bySex.merge(sex, members, Long::sum);
            if (isKinh) {
                kinh += members;
            } else {
                minorities += members;
            }
        }

        /** Adds {@code members} members to an age band (see {@link #ageBand}). */
        public void addAges(String band, long members) {
            byAge.merge(band, members, Long::sum);
        }

        public Counts counts() {
            Map<Sex, Integer> sexes = new EnumMap<>(Sex.class);
            bySex.forEach((sex, n) -> sexes.put(sex, Math.toIntExact(n)));
            Map<String, Integer> ages = new LinkedHashMap<>();
            byAge.forEach((band, n) -> ages.put(band, Math.toIntExact(n)));
            return new Counts(Math.toIntExact(total), Math.toIntExact(full), Math.toIntExact(probationary), sexes,
                    Math.toIntExact(kinh), Math.toIntExact(minorities), ages, Math.toIntExact(electionBase));
        }
    }

    /**
     * The birthdays that bound the age bands on {@code date}: a member born after {@code bounds[i]} is younger
     * than {@code 30 + 10 i} (30, 40, 50, 60), so a count by birthday splits into bands with four comparisons.
     */
    public static LocalDate[] ageBandBirthdays(LocalDate date) {
        return new LocalDate[] {date.minusYears(30), date.minusYears(40), date.minusYears(50), date.minusYears(60)};
    }

    public static String ageBand(int age) {
        if (age < 30) {
            return "<30";
        }
        if (age >= 60) {
            return "60+";
        }
        int decade = age / 10 * 10;
        return decade + "-" + (decade + 9);
    }

    /** The Kinh majority; every other ethnicity counts as an ethnic minority (dân tộc thiểu số). */
    public static boolean isKinh(String ethnicity) {
        return VietnameseText.nfcStripped(ethnicity).toLowerCase(Locale.ROOT).equals("kinh");
    }

    /** Whether the member's state on the date puts them in one of the organisations counted. */
    public static boolean belongs(MemberLifecycle.Snapshot state, java.util.Set<UUID> organisations) {
        return state != null && organisations.contains(state.organisationId());
    }
}
