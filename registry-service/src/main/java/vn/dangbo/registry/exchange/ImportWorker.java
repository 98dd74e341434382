package vn.dangbo.registry.exchange;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import vn.dangbo.kit.persistence.LongStatements;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;

/**
 * The one machine every import runs on, whatever its kind: the upload is stored to a file and a job received;
 * then, on the worker, every row is checked a chunk at a time (nothing written), and only a file whose every row
 * is valid is written, in one transaction: all rows or none. One worker (an import holds a long write
 * transaction, so one at a time per replica).
 */
@ApplicationScoped
public class ImportWorker {

    private static final Logger LOG = Logger.getLogger(ImportWorker.class);

    private final ImportJobs jobs;
    private final AccessGuard access;
    private final EntityManager entityManager;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-job");
        t.setDaemon(true);
        return t;
    });

    public ImportWorker(ImportJobs jobs, AccessGuard access, EntityManager entityManager) {
        this.jobs = jobs;
        this.access = access;
        this.entityManager = entityManager;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** @param contentType the upload's media type, or null; an XLSX file is also known by its content */
    public ImportJob submit(ImportKind kind, InputStream upload, boolean dryRun, String contentType) {
        Path file;
        ImportRows.Format format;
        try {
            file = Files.createTempFile("dangbo-import-", ".upload");
            Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            format = ImportRows.detect(contentType, file);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        // who asked, captured in the request: the worker runs outside it
        WriteGrant requester = access.writeGrant();
        ImportJob job = jobs.create(kind.kind(), dryRun, requester.actor());
        worker.submit(() -> run(kind, new ImportKind.Upload(job.id, file, format, requester), dryRun));
        return job;
    }

    void run(ImportKind kind, ImportKind.Upload upload, boolean dryRun) {
        UUID jobId = upload.jobId();
        try {
            jobs.startChecking(jobId);
            ImportKind.Run run = kind.start(upload);
            Outcomes outcomes = new Outcomes();
            long checking = System.nanoTime();
            ImportEnd headerProblem = check(kind, run, upload, outcomes);
            LOG.infof("Import %s: %d rows checked in %d ms", jobId, outcomes.counts().rows(),
                    (System.nanoTime() - checking) / 1_000_000);
            Outcomes.Counts counts = outcomes.counts();
            if (headerProblem != null) {
                jobs.end(jobId, headerProblem);
            } else if (counts.invalid() > 0) {
                jobs.end(jobId, ImportEnd.rejected(outcomes));
            } else if (dryRun) {
                jobs.end(jobId, ImportEnd.dryRun(kind.noun(), outcomes));
            } else {
                jobs.startWriting(jobId, run.rowsToWrite(counts));
                int imported = QuarkusTransaction.requiringNew().timeout(kind.writeTimeoutSeconds())
                        .call(() -> {
                            // a national file's COPY and index work may wait on one statement for minutes: as long
                            // as the transaction may last, not the few seconds that end a request on a hung database
                            LongStatements.allow(entityManager, Duration.ofSeconds(kind.writeTimeoutSeconds()));
                            return run.write(rows -> jobs.written(jobId, rows));
                        });
                jobs.end(jobId, ImportEnd.written(kind.noun(), imported, outcomes));
            }
        } catch (RuntimeException | IOException e) {
            LOG.errorf(e, "Import %s (%s) failed", jobId, kind.kind());
            jobs.end(jobId, ImportEnd.failed(e));
        } finally {
            try {
                Files.deleteIfExists(upload.file());
            } catch (IOException e) {
                LOG.warnf("Import %s: temporary file %s not deleted", jobId, upload.file());
            }
        }
    }

    /** Checks every row, a chunk at a time, each chunk in its own transaction. @return a header problem, or null */
    private ImportEnd check(ImportKind kind, ImportKind.Run run, ImportKind.Upload upload, Outcomes outcomes)
            throws IOException {
        try (ImportRows reader = ImportRows.open(upload.file(), upload.format())) {
            ImportRows.Row names = reader.next();
            if (names == null) {
                return ImportEnd.noHeader(kind.columns(), outcomes);
            }
            if (!run.header(names, outcomes)) {
                return ImportEnd.badHeader(outcomes);
            }
            int processed = 0;
            List<ImportRows.Row> chunk = new ArrayList<>();
            ImportRows.Row fields;
            do {
                fields = reader.next();
                if (fields != null && !fields.blank()) {
                    chunk.add(fields);
                }
                if (chunk.size() == kind.chunkSize() || fields == null && !chunk.isEmpty()) {
                    List<ImportRows.Row> rows = chunk;
                    QuarkusTransaction.requiringNew().run(() -> run.check(rows, outcomes));
                    processed += chunk.size();
                    jobs.checked(upload.jobId(), processed);
                    chunk = new ArrayList<>();
                }
            } while (fields != null);
            return null;
        }
    }
}
