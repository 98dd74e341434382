package vn.dangbo.emulation.communication.webpage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the web page API. */
public final class WebPageRecords {

    private WebPageRecords() {
    }

    public record WebPageRequest(@NotBlank @Size(max = 2000) String url, @NotNull LocalDate liveFrom) {
    }

    public record PostRequest(@NotBlank @Size(max = 500) String title, @NotNull LocalDate publishedOn,
            @Size(max = 2000) String link) {
    }

    public record PostResponse(UUID id, String title, LocalDate publishedOn, String link) {
    }

    /** @param url null while the office has not declared the page; @param late live after plannedLiveFrom */
    public record WebPageResponse(UUID movementId, String url, LocalDate liveFrom, LocalDate plannedLiveFrom,
            boolean late, List<PostResponse> posts, List<String> warnings) {
    }
}
