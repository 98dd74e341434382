package vn.dangbo.emulation.communication.press;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the press coverage API. */
public final class PressRecords {

    private PressRecords() {
    }

    /** @param kind a code of press.kinds (NEWS, ARTICLE, REPORT) */
    public record PressItemRequest(@NotBlank @Size(max = 300) String outlet, @NotBlank String kind,
            @NotNull LocalDate publishedOn, @NotBlank @Size(max = 500) String title, @Size(max = 2000) String link) {
    }

    /** @param counts false when its month lies outside press.monthlyFrom..monthlyUntil (kept, not counted) */
    public record PressItemResponse(UUID id, UUID movementId, String outlet, String kind, String kindLabel,
            LocalDate publishedOn, String title, String link, boolean counts) {
    }

    /** @param month yyyy-MM; @param missed the month has ended without a press item */
    public record MonthResponse(String month, long items, boolean ended, boolean missed) {
    }

    public record MonthsResponse(UUID movementId, String monthlyFrom, String monthlyUntil, LocalDate today,
            List<MonthResponse> months, List<String> warnings) {
    }
}
