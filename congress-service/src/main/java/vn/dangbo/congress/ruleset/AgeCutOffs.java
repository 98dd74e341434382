package vn.dangbo.congress.ruleset;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import vn.dangbo.congress.ruleset.RuleSet.RetirementAge;
import vn.dangbo.congress.ruleset.RuleSet.Roadmap;

/**
 * The age rule for candidates to a committee, derived from a rule set and never typed in.
 *
 * <p>The reading that gives exactly the seed's and the 2025 directive's tables: a member retires in the month
 * the retirement age is reached (birth month plus the age); the months of work left are counted in whole months
 * from the reference month (the round's "thời điểm tính tuổi") to that month; a candidate must have at least the
 * rule set's months left (first time: one full term, 60; re-election: 30 in 2020, 48 in 2025). The cut-off is
 * the earliest birth month that passes. With the fixed ages of 2020 that is simply reference + need − age:
 * 4/2020 + 60 months − 60 years = 4/1965.
 *
 * <p>Under the Labour Code 2019 roadmap the age is the one set for the year in which it is reached (Decree
 * 135/2020, Annex I: men born 1-9/1961 retire at 60y3m, 10/1961-6/1962 at 60y6m...), so the retirement month
 * is worked out per birth month and the birth months are searched: a woman born 4/1971 reaches 57y8m, the age of
 * 2028, in 12/2028 (44 months after 4/2025), one born 5/1971 reaches it only in 1/2029, so she retires at the
 * 2029 age, 58, in 5/2029 (49 months). The retirement month never falls as the birth month rises, so every
 * birth month after the cut-off passes too.
 */
public final class AgeCutOffs {

    /** The earliest birth month of each kind of candidate at one reference month. */
    public record Table(YearMonth reference, YearMonth menFirstTime, YearMonth womenFirstTime,
            YearMonth menReElection, YearMonth womenReElection) {
    }

    private AgeCutOffs() {
    }

    public static Table table(RuleSet ruleSet, YearMonth reference) {
        return new Table(reference, earliestBirthMonth(ruleSet, reference, Sex.MALE, false),
                earliestBirthMonth(ruleSet, reference, Sex.FEMALE, false),
                earliestBirthMonth(ruleSet, reference, Sex.MALE, true),
                earliestBirthMonth(ruleSet, reference, Sex.FEMALE, true));
    }

    /** The earliest birth month a candidate may have at {@code reference}. */
    public static YearMonth earliestBirthMonth(RuleSet ruleSet, YearMonth reference, Sex sex, boolean reElection) {
        RetirementAge age = ruleSet.retirementAge().of(sex);
        int need = ruleSet.candidacy().monthsOfWork(reElection);
        // Nobody retires older than the highest age nor younger than the lowest: the search is bounded.
        YearMonth from = reference.plusMonths(need).minusMonths(highest(age));
        YearMonth to = reference.plusMonths(need).minusMonths(lowest(age));
        for (YearMonth birth = from; !birth.isAfter(to); birth = birth.plusMonths(1)) {
            if (monthsOfWorkLeft(age, birth, reference) >= need) {
                return birth;
            }
        }
        return to;
    }

    /** Whole months from {@code reference} to the retirement month (negative once it has passed). */
    public static long monthsOfWorkLeft(RetirementAge age, YearMonth birth, YearMonth reference) {
        return ChronoUnit.MONTHS.between(reference, retirementMonth(age, birth));
    }

    /** The month the member reaches the retirement age that applies to them. */
    public static YearMonth retirementMonth(RetirementAge age, YearMonth birth) {
        if (age.roadmap() == null) {
            return birth.plusMonths(age.months());
        }
        // The age of the year it is reached in: the first year y whose age, added to the birth month, falls in y.
        // Ages rise by less than a year each year, so such a year exists and is met going up from the base age.
        int year = birth.plusMonths(lowest(age)).getYear();
        while (true) {
            YearMonth reached = birth.plusMonths(ageIn(age, year));
            if (reached.getYear() <= year) {
                return reached;
            }
            year++;
        }
    }

    /** The retirement age, in months, set for people reaching it in {@code year}. */
    public static int ageIn(RetirementAge age, int year) {
        Roadmap roadmap = age.roadmap();
        if (roadmap == null || year < roadmap.fromYear()) {
            return age.months();
        }
        long rising = roadmap.startMonths() + (long) roadmap.stepMonthsPerYear() * (year - roadmap.fromYear());
        return (int) Math.min(roadmap.capMonths(), rising);
    }

    private static int highest(RetirementAge age) {
        return age.roadmap() == null ? age.months() : Math.max(age.months(), age.roadmap().capMonths());
    }

    private static int lowest(RetirementAge age) {
        return age.roadmap() == null ? age.months() : Math.min(age.months(), age.roadmap().startMonths());
    }
}
