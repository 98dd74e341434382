package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/** The admission rules of the party statute, as plain functions a unit test can call. */
public final class MembershipRules {

    public static final int MIN_ADMISSION_AGE = 18;
    public static final int MAX_ADMISSION_AGE = 60;
    public static final int PROBATION_MONTHS = 12;

    private MembershipRules() {
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** @return why the admission is refused, or empty when the age is within 18-60 */
    public static Optional<String> admissionAgeProblem(LocalDate birthDate, LocalDate admittedOn) {
        return admissionAgeProblem(BirthDate.ofDay(birthDate), admittedOn);
    }

    /**
     * As {@link #admissionAgeProblem(LocalDate, LocalDate)} for a birth date that may be known to the month only.
     * Then the admission is refused only when it is certain to break the rule: "at least 18" is checked with the
     * earliest possible birthday (the first of the month), "not over 60" with the latest (the last of the month).
     * A month-only date is what an old handbook or a lost paper leaves; the admitting committee saw the person's
     * papers, so the register does not refuse a record on a guess that could be wrong in either direction.
     * (Assuming the first of the month for both would refuse a person who may be 60 on the day; assuming the last
     * for the minimum would refuse one who may be 18.)
     *
     * @return why the admission is refused, or empty when the age is within 18-60
     */
    public static Optional<String> admissionAgeProblem(BirthDate birth, LocalDate admittedOn) {
        int oldestAge = ageOn(birth.earliest(), admittedOn);
        if (oldestAge < MIN_ADMISSION_AGE) {
            return Optional.of("Người được kết nạp phải đủ 18 tuổi; vào ngày kết nạp mới " + oldestAge + " tuổi"
                    + (birth.monthOnly() ? " (sinh " + birth.vietnamese() + ")" : ""));
        }
        int youngestAge = ageOn(birth.latest(), admittedOn);
        if (youngestAge > MAX_ADMISSION_AGE) {
            return Optional.of("Người được kết nạp không quá 60 tuổi; vào ngày kết nạp đã " + youngestAge + " tuổi"
                    + (birth.monthOnly() ? " (sinh " + birth.vietnamese() + ")" : ""));
        }
        return Optional.empty();
    }

    /** The first day a probationary member may be made a full member. */
    public static LocalDate probationEnds(LocalDate admittedOn) {
        return admittedOn.plusMonths(PROBATION_MONTHS);
    }

    /** @return why the date is refused, or empty when 12 months of probation have passed */
    public static Optional<String> fullMembershipProblem(LocalDate admittedOn, LocalDate fullMemberOn) {
        LocalDate earliest = probationEnds(admittedOn);
        if (fullMemberOn.isBefore(earliest)) {
            return Optional.of("Chỉ được công nhận đảng viên chính thức sau đủ 12 tháng dự bị, tức từ ngày "
                    + earliest.getDayOfMonth() + "/" + earliest.getMonthValue() + "/" + earliest.getYear());
        }
        return Optional.empty();
    }
}
