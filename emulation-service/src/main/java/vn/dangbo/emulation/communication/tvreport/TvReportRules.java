package vn.dangbo.emulation.communication.tvreport;

import java.util.Optional;

/** §III.3 "thời lượng 15-20 phút": a report outside the range is refused, naming it. */
public final class TvReportRules {

    private TvReportRules() {
    }

    /** @return why {@code minutes} is refused, or empty when it lies in min..max (both included) */
    public static Optional<String> durationRefusal(int minutes, int min, int max) {
        return minutes < min || minutes > max
                ? Optional.of("Thời lượng phóng sự phải từ " + min + " đến " + max + " phút (nhận " + minutes
                        + " phút)")
                : Optional.empty();
    }
}
