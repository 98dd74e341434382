package vn.dangbo.emulation.communication.tvreport;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Requests and responses of the TV report API. */
public final class TvReportRecords {

    private TvReportRecords() {
    }

    /** @param airedOn null while it has not been broadcast */
    public record TvReportRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 300) String station,
            @NotNull Integer minutes, LocalDate airedOn) {
    }

    /** @param title null while the office has not recorded the report */
    public record TvReportResponse(UUID movementId, String title, String station, Integer minutes, LocalDate airedOn,
            int minMinutes, int maxMinutes) {
    }
}
