package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Huy hiệu Đảng: the membership years that earn a badge, counted from the admission date. */
public final class BadgeRules {

    public static final List<Integer> BADGE_YEARS = List.of(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);

    private BadgeRules() {
    }

    /** A badge a member reaches: how many years and on which day. */
    public record Reached(int years, LocalDate on) {
    }

    /** @return the badges reached on a day within {@code from}..{@code to} (both inclusive), in order */
    public static List<Reached> reachedWithin(LocalDate admittedOn, LocalDate from, LocalDate to) {
        List<Reached> reached = new ArrayList<>();
        for (int years : BADGE_YEARS) {
            LocalDate on = admittedOn.plusYears(years);
            if (!on.isBefore(from) && !on.isAfter(to)) {
                reached.add(new Reached(years, on));
            }
        }
        return reached;
    }

    /** The latest admission date that can reach any badge by {@code to}: older members only are candidates. */
    public static LocalDate latestCandidateAdmission(LocalDate to) {
        return to.minusYears(BADGE_YEARS.get(0));
    }
}
