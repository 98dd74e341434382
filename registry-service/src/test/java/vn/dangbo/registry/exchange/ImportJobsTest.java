package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.kit.security.AccessGuard.WriteGrant;
import vn.dangbo.registry.exchange.RowReport.MemberRow;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The job machine with its stored job rows: each step committed, the steps the life does not allow refused. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportJobsTest {

    @Inject
    ImportJobs jobs;

    @Inject
    ImportWorker worker;

    @Inject
    EntityManager entityManager;

    @TempDir
    Path dir;

    @Test
    void aStoredJobRefusesToEndBeforeItWasChecked() {
        UUID id = jobs.create(ImportJob.Kind.MEMBERS, false, "admin").id;
        Outcomes outcomes = new Outcomes();
        outcomes.count(RowOutcome.VALID);
        assertThrows(IllegalStateException.class, () -> jobs.end(id, ImportEnd.written("đảng viên", 1, outcomes)));
        ImportJob stored = stored(id);
        assertEquals(ImportJob.Status.RECEIVED, stored.status());
        assertEquals(0, stored.imported);
        assertNull(stored.finishedAt);
    }

    @Test
    void aKindWhoseWriteBreaksOffEndsTheJobFailedAfterCheckingEveryChunk() throws IOException {
        Path file = dir.resolve("upload.csv");
        Files.writeString(file, "name\nMột\nHai\n\nBa\n");
        UUID id = jobs.create(ImportJob.Kind.MEMBERS, false, "admin").id;
        BrokenWrite kind = new BrokenWrite();
        worker.run(kind, new ImportKind.Upload(id, file, ImportRows.Format.CSV,
                new WriteGrant("admin", true, Optional.empty(), null)), false);

        assertEquals(List.of(List.of(2, 3), List.of(5)), kind.chunks, "chunks of two non-blank rows");
        assertEquals(List.of(ImportJob.Status.VALIDATING, ImportJob.Status.IMPORTING), kind.statusesSeen);
        ImportJob job = stored(id);
        assertEquals(ImportJob.Status.FAILED, job.status());
        assertEquals("Nhập dữ liệu thất bại, không dòng nào được ghi: the disk is full", job.message);
        assertEquals(0, job.created, "a failed job reports nothing of what was checked");
        assertEquals("[]", job.report);
        assertFalse(Files.exists(file), "the upload is deleted");
    }

    private ImportJob stored(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.find(ImportJob.class, id));
    }

    /** Every row creates a record; writing fails after a first progress report. */
    private final class BrokenWrite implements ImportKind, ImportKind.Run {

        final List<List<Integer>> chunks = new ArrayList<>();
        final List<ImportJob.Status> statusesSeen = new ArrayList<>();
        UUID jobId;

        @Override
        public ImportJob.Kind kind() {
            return ImportJob.Kind.MEMBERS;
        }

        @Override
        public String noun() {
            return "dòng";
        }

        @Override
        public List<String> columns() {
            return List.of("name");
        }

        @Override
        public int chunkSize() {
            return 2;
        }

        @Override
        public int writeTimeoutSeconds() {
            return 60;
        }

        @Override
        public Run start(Upload upload) {
            jobId = upload.jobId();
            return this;
        }

        @Override
        public boolean header(ImportRows.Row names, Outcomes outcomes) {
            statusesSeen.add(stored(jobId).status());
            return true;
        }

        @Override
        public void check(List<ImportRows.Row> chunk, Outcomes outcomes) {
            chunks.add(chunk.stream().map(ImportRows.Row::number).toList());
            chunk.forEach(row -> outcomes.list(new MemberRow(row.number(), row.values().get(0), RowOutcome.VALID,
                    List.of(), null)));
        }

        @Override
        public int rowsToWrite(Outcomes.Counts counts) {
            return counts.created();
        }

        @Override
        public int write(IntConsumer progress) {
            statusesSeen.add(stored(jobId).status());
            progress.accept(1);
            throw new IllegalStateException("the disk is full");
        }
    }
}
