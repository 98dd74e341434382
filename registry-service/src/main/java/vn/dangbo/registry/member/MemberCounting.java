package vn.dangbo.registry.member;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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
        int total = 0;
        int full = 0;
        int probationary = 0;
        int kinh = 0;
        int minorities = 0;
        int electionBase = 0;
        Map<Sex, Integer> bySex = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            bySex.put(sex, 0);
        }
        Map<String, Integer> byAge = new LinkedHashMap<>();
        AGE_BANDS.forEach(band -> byAge.put(band, 0));
        for (Counted m : members) {
            if (m.state() == null || m.state().standing() != Standing.ACTIVE) {
                continue;
            }
            total++;
            if (m.state().status() == MemberStatus.FULL) {
                full++;
                if (m.state().attachedTo() == null && !m.state().exempted()) {
                    electionBase++;
                }
            } else {
                probationary++;
            }
            bySex.merge(m.sex(), 1, Integer::sum);
            if (isKinh(m.ethnicity())) {
                kinh++;
            } else {
                minorities++;
            }
            byAge.merge(ageBand(MembershipRules.ageOn(m.birthDate(), date)), 1, Integer::sum);
        }
        return new Counts(total, full, probationary, bySex, kinh, minorities, byAge, electionBase);
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
        return Normalizer.normalize(ethnicity.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT).equals("kinh");
    }

    /** Whether the member's state on the date puts them in one of the organisations counted. */
    public static boolean belongs(MemberLifecycle.Snapshot state, java.util.Set<UUID> organisations) {
        return state != null && organisations.contains(state.organisationId());
    }
}
