package vn.dangbo.registry.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth as the record knows it: the day, or only the month and year (older handbooks often have no
 * day). A month-only date is stored as the first day of the month with {@link Precision#MONTH}; the API writes
 * it {@code 1975-03}, a full date {@code 1975-03-12}.
 */
public record BirthDate(LocalDate date, Precision precision) {

    /** How much of the date is known (member.birth_date_precision). */
    public enum Precision {
        DAY, MONTH
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    public BirthDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("a birth date needs its date and precision");
        }
        if (precision == Precision.MONTH) {
            date = date.withDayOfMonth(1);
        }
    }

    public static BirthDate ofDay(LocalDate date) {
        return new BirthDate(date, Precision.DAY);
    }

    public static BirthDate ofMonth(YearMonth month) {
        return new BirthDate(month.atDay(1), Precision.MONTH);
    }

    /** {@code 1975-03-12} or {@code 1975-03}; empty when the text is neither or names no real day. */
    public static Optional<BirthDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            return Optional.of(m.group(3) == null ? ofMonth(YearMonth.of(year, month))
                    : ofDay(LocalDate.of(year, month, Integer.parseInt(m.group(3)))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #parse}, for text already checked by validation. */
    public static BirthDate of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a birth date: " + text));
    }

    public boolean monthOnly() {
        return precision == Precision.MONTH;
    }

    /** The earliest day the member may have been born: the day itself, or the first of the month. */
    public LocalDate earliest() {
        return date;
    }

    /** The latest day the member may have been born: the day itself, or the last of the month. */
    public LocalDate latest() {
        return monthOnly() ? date.withDayOfMonth(date.lengthOfMonth()) : date;
    }

    /** As a Vietnamese reader writes it: "12/3/1975", or "tháng 3/1975". */
    public String vietnamese() {
        return monthOnly() ? "tháng " + date.getMonthValue() + "/" + date.getYear()
                : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** {@code 1975-03-12} or {@code 1975-03}: the API's and the export's form. */
    @Override
    public String toString() {
        return monthOnly() ? String.format("%04d-%02d", date.getYear(), date.getMonthValue()) : date.toString();
    }
}
