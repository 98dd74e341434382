package vn.dangbo.docs.rendering;

import java.time.LocalDate;
import java.util.Objects;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The place-and-date line of a party document, e.g. {@code "Lào Cai, ngày 10 tháng 5 năm 2024"}.
 *
 * <p>Per Hướng dẫn 36-HD/VPTW, days below 10 and the months January and February are written with a
 * leading zero ({@code "ngày 05 tháng 02 năm 2024"}); other months are not ({@code "tháng 5"},
 * {@code "tháng 12"}).
 */
public final class PartyDate {

    private PartyDate() {
    }

    /** {@code "Lào Cai, ngày 10 tháng 5 năm 2024"}. */
    public static String placeAndDate(String place, LocalDate date) {
        Objects.requireNonNull(place, "place");
        String p = VietnameseText.nfcStripped(place);
        if (p.isEmpty()) {
            throw new IllegalArgumentException("place must not be blank");
        }
        return p + ", " + date(date);
    }

    /** {@code "ngày 05 tháng 02 năm 2024"}. */
    public static String date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return "ngày " + day(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm "
                + date.getYear();
    }

    static String day(int day) {
        return day < 10 ? "0" + day : Integer.toString(day);
    }

    static String month(int month) {
        return month < 3 ? "0" + month : Integer.toString(month);
    }
}
