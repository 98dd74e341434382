package vn.dangbo.emulation.gathering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the meeting's programme API takes and answers. */
public final class ProgrammeRecords {

    private ProgrammeRecords() {
    }

    /** @param performer null: the plan's performer */
    public record ArtsItemRequest(@NotBlank @Size(max = 500) String title, @Size(max = 300) String performer) {
    }

    /** @param title null: the plan's title */
    public record LetterRequest(@Size(max = 500) String title, @Size(max = 300) String reader) {
    }

    public record ArtsItemResponse(UUID id, int position, String title, String performer) {
    }

    public record LetterResponse(String title, String reader) {
    }

    public record ItemResponse(int order, String kind, String title, String performer, List<String> lines) {
    }

    /** @param documentSymbol the CTr's, once docs-service issued it; null before */
    public record PublicationResponse(UUID publicationId, Instant publishedAt, String publishedBy, int items,
            UUID documentId, Integer documentNumber, String documentSymbol, LocalDate issuedOn, String contentUrl,
            List<String> warnings) {
    }

    /** The programme as it would print now: its items in order, what the office entered, its publications. */
    public record ProgrammeResponse(UUID eventId, UUID movementId, List<ItemResponse> items,
            List<ArtsItemResponse> artsItems, int artsItemsMax, LetterResponse letter,
            List<PublicationResponse> publications, List<String> warnings) {
    }
}
