package vn.dangbo.emulation.communication.journal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;

/** Requests and responses of the journal API. */
public final class JournalRecords {

    private JournalRecords() {
    }

    /** @param sourceGroup a code of journal.sourceGroups */
    public record ArticleRequest(@NotBlank @Size(max = 500) String title, @NotBlank @Size(max = 300) String author,
            @NotBlank String sourceGroup) {
    }

    public record ArticleResponse(UUID id, String title, String author, String sourceGroup, String sourceGroupLabel,
            List<FileResponse> photos) {
    }

    public record PublishRequest(@NotNull LocalDate publishedOn, @NotNull @Min(1) Integer copies) {
    }

    public record GroupResponse(String code, String label, long articles, long photos) {
    }

    public record PublicationResponse(LocalDate publishedOn, int copies, LocalDate dueOn, boolean late) {
    }

    /**
     * @param dueOn       the anchor's date + journal.due.offsetDays, as it stands now (moves with the meeting)
     * @param publication null until published
     */
    public record JournalResponse(UUID movementId, String title, int copiesPlanned, LocalDate dueOn,
            List<GroupResponse> groups, List<ArticleResponse> articles, PublicationResponse publication,
            List<String> warnings) {
    }
}
