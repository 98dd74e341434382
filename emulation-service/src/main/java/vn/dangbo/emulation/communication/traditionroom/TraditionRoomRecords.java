package vn.dangbo.emulation.communication.traditionroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;

/** Requests and responses of the tradition room API. */
public final class TraditionRoomRecords {

    private TraditionRoomRecords() {
    }

    /** @param kind a code of traditionRoom.exhibitKinds; @param period as written, e.g. 1959-1975 */
    public record ExhibitRequest(@NotBlank @Size(max = 500) String title, @NotBlank String kind,
            @NotBlank @Size(max = 500) String source, @NotBlank @Size(max = 200) String period) {
    }

    public record ExhibitResponse(UUID id, String title, String kind, String kindLabel, String source, String period,
            List<FileResponse> photos) {
    }

    public record CompleteRequest(@NotNull LocalDate completedOn) {
    }

    public record KindCount(String code, String label, long exhibits) {
    }

    public record CompletionResponse(LocalDate completedOn, LocalDate dueBy, boolean late) {
    }

    /** @param completion null until the office records the room completed */
    public record TraditionRoomResponse(UUID movementId, LocalDate dueBy, List<KindCount> kinds,
            List<ExhibitResponse> exhibits, CompletionResponse completion, List<String> warnings) {
    }
}
