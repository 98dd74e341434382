package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;

/**
 * What every import job shares, members or organisations: the upload stored to a file, the job row, one worker
 * (an import holds a long write transaction, so one at a time per replica), progress committed on its own.
 */
@ApplicationScoped
public class ImportJobs {

    /** The work of one job, on the worker thread, outside the request that submitted it. */
    @FunctionalInterface
    interface Work {
        void run(UUID jobId, Path file, MemberRows.Format format, boolean dryRun, WriteGrant requester);
    }

    private final EntityManager entityManager;
    private final AccessGuard access;
    private final ObjectMapper json;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-job");
        t.setDaemon(true);
        return t;
    });

    public ImportJobs(EntityManager entityManager, AccessGuard access, ObjectMapper json) {
        this.entityManager = entityManager;
        this.access = access;
        this.json = json;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** @param contentType the upload's media type, or null; an XLSX file is also known by its content */
    ImportJob submit(ImportJob.Kind kind, InputStream upload, boolean dryRun, String contentType, Work work) {
        Path file;
        MemberRows.Format format;
        try {
            file = Files.createTempFile("dangbo-import-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            format = MemberRows.detect(contentType, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        // who asked, captured in the request: the worker runs outside it
        WriteGrant requester = access.writeGrant();
        ImportJob job = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob j = new ImportJob();
            j.id = UUID.randomUUID();
            j.kind = kind;
            j.status = ImportJob.Status.RECEIVED;
            j.dryRun = dryRun;
            j.createdBy = requester.actor();
            j.createdAt = now();
            entityManager.persist(j);
            return j;
        });
        worker.submit(() -> work.run(job.id, file, format, dryRun, requester));
        return job;
    }

    /** Progress is committed on its own, so a client polling the job sees it while the work goes on. */
    void update(UUID jobId, Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(entityManager.find(ImportJob.class, jobId)));
    }

    /** The job's end: its status, counts, report (rows to read) and message. */
    void finish(UUID jobId, ImportJob.Status status, Object report, int imported, int created, int updated,
            int unchanged, int invalid, String message) {
        String reportJson;
        try {
            reportJson = json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        update(jobId, job -> {
            job.status = status;
            job.report = reportJson;
            job.imported = imported;
            job.created = created;
            job.updated = updated;
            job.unchanged = unchanged;
            job.invalid = invalid;
            job.processedRows = job.totalRows;
            job.message = message.length() > 2000 ? message.substring(0, 2000) : message;
            job.finishedAt = now();
        });
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
