package vn.dangbo.emulation.work;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The works API's requests and responses. */
public final class WorkRecords {

    private WorkRecords() {
    }

    public record RegisterWorkRequest(@NotNull UUID organisationId, @NotBlank @Size(max = 500) String title,
            @NotBlank String categoryCode, @NotNull LocalDate targetDate, @Size(max = 4000) String description) {
    }

    public record WorkResponse(UUID id, UUID movementId, UUID organisationId, String organisationName, String title,
            String categoryCode, String categoryLabel, String description, LocalDate targetDate, LocalDate registeredOn,
            WorkProgressRules.Status status, int percent, LocalDate lastReportedOn, WorkProgressRules.Flag flag,
            long version) {
    }

    public record ProgressRequest(@NotNull LocalDate reportedOn, @NotNull Integer percent,
            @NotBlank @Size(max = 4000) String text) {
    }

    public record EvidenceResponse(UUID id, String fileName, String contentType, long size) {
    }

    public record ProgressResponse(UUID id, UUID workId, LocalDate reportedOn, int percent, String text,
            String reportedBy, List<EvidenceResponse> evidence, WorkResponse work) {
    }

    /** An organisation taking part that has registered no work. */
    public record MissingOrganisation(UUID id, String name, String type, String shortCode) {
    }

    public record MissingPage(List<MissingOrganisation> items, int page, int size, long total) {
    }

    /** One refused row of an import: numbered as in a spreadsheet (the header is row 1). */
    public record RowError(int row, String workId, List<FieldError> errors) {
    }

    public record FieldError(String field, String message) {
    }

    /** {@code imported}: the reports kept; {@code invalid}: the rows refused, each listed in {@code errors}. */
    public record ImportResponse(int rows, int imported, int invalid, List<RowError> errors) {
    }
}
