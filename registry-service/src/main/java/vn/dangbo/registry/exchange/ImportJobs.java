package vn.dangbo.registry.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The job rows of every import, members or organisations. Each step of a job is committed on its own, so a
 * client polling the job sees it while the work goes on; the step itself is checked by {@link ImportJob#moveTo}.
 */
@ApplicationScoped
public class ImportJobs {

    private final EntityManager entityManager;
    private final AccessGuard access;
    private final ObjectMapper json;

    public ImportJobs(EntityManager entityManager, AccessGuard access, ObjectMapper json) {
        this.entityManager = entityManager;
        this.access = access;
        this.json = json;
    }

    /** A new job, received. */
    ImportJob create(ImportJob.Kind kind, boolean dryRun, String actor) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.received(kind, dryRun, actor, now());
            entityManager.persist(job);
            return job;
        });
    }

    public ImportJob get(UUID id) {
        ImportJob job = entityManager.find(ImportJob.class, id);
        // an officer sees only their own imports; the others do not exist for them
        if (job == null || !access.mayWrite(null) && !job.createdBy.equals(access.actor())) {
            throw ProblemException.notFound("Không có lượt nhập dữ liệu với mã " + id);
        }
        return job;
    }

    void startChecking(UUID jobId) {
        update(jobId, job -> job.moveTo(ImportJob.Status.VALIDATING));
    }

    /** Rows checked so far: while checking, the total is what has been read. */
    void checked(UUID jobId, int rows) {
        update(jobId, job -> {
            job.processedRows = rows;
            job.totalRows = rows;
        });
    }

    void startWriting(UUID jobId, int rowsToWrite) {
        update(jobId, job -> {
            job.moveTo(ImportJob.Status.IMPORTING);
            job.processedRows = 0;
            job.totalRows = rowsToWrite;
        });
    }

    void written(UUID jobId, int rows) {
        update(jobId, job -> job.processedRows = rows);
    }

    /** The job's end: its status, counts, report (rows to read) and message. */
    void end(UUID jobId, ImportEnd end) {
        String report;
        try {
            report = json.writeValueAsString(end.report());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String message = end.message().length() > 2000 ? end.message().substring(0, 2000) : end.message();
        update(jobId, job -> {
            job.moveTo(end.status());
            job.report = report;
            job.imported = end.imported();
            job.created = end.counts().created();
            job.updated = end.counts().updated();
            job.unchanged = end.counts().unchanged();
            job.invalid = end.counts().invalid();
            job.processedRows = job.totalRows;
            job.message = message;
            job.finishedAt = now();
        });
    }

    private void update(UUID jobId, Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(entityManager.find(ImportJob.class, jobId)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
