package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code created}, {@code updated}, {@code unchanged}: what the rows do (in a dry run: would do);
 * {@code imported}: the members or organisations actually created (0 in a dry run).
 */
public record ImportJobResponse(UUID id, ImportJob.Kind kind, ImportJob.Status status, boolean dryRun,
        int processedRows, int created, int updated, int unchanged, int invalid, int imported, String message,
        String createdBy, OffsetDateTime createdAt, OffsetDateTime finishedAt,
        @Schema(implementation = Map.class, nullable = true,
                description = "The per-row report: each invalid row with its errors, each record the file changes")
        JsonNode report) {

    static ImportJobResponse of(ImportJob job, ObjectMapper json) {
        JsonNode report;
        try {
            report = job.report == null ? null : json.readTree(job.report);
        } catch (IOException e) {
            throw new IllegalStateException("import report holds invalid JSON", e);
        }
        return new ImportJobResponse(job.id, job.kind, job.status(), job.dryRun, job.processedRows, job.created,
                job.updated, job.unchanged, job.invalid, job.imported, job.message, job.createdBy, job.createdAt,
                job.finishedAt, report);
    }
}
