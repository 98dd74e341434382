package vn.dangbo.emulation.communication.tvreport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TvReportRulesTest {

    @Test
    void fifteenToTwentyMinutesAreAcceptedBothEndsIncluded() {
        assertEquals(Optional.empty(), TvReportRules.durationRefusal(15, 15, 20));
        assertEquals(Optional.empty(), TvReportRules.durationRefusal(20, 15, 20));
    }

    @Test
    void fourteenAndTwentyOneAreRefusedNamingTheRange() {
        assertEquals(Optional.of("Thời lượng phóng sự phải từ 15 đến 20 phút (nhận 14 phút)"),
                TvReportRules.durationRefusal(14, 15, 20));
        assertEquals(Optional.of("Thời lượng phóng sự phải từ 15 đến 20 phút (nhận 21 phút)"),
                TvReportRules.durationRefusal(21, 15, 20));
    }
}
