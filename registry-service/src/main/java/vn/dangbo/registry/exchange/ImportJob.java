package vn.dangbo.registry.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An import job, as a client polls it; the counters are derived from the rows' {@link RowOutcome}s. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    /**
     * The life of a job, one step at a time: {@link #next()} is the only place that says which step may follow
     * which, and {@link ImportJob#moveTo} refuses any other.
     */
    public enum Status {
        /** Received; waiting for the worker. */
        RECEIVED,
        /** Reading and checking every row; nothing written yet. */
        VALIDATING,
        /** Every row valid: writing them in one transaction. */
        IMPORTING,
        /** Finished: every valid row written (or, in a dry run, checked). */
        DONE,
        /** Some rows are invalid: nothing was written. */
        REJECTED,
        /** The file could not be read or the write failed: nothing was written. */
        FAILED;

        /** The steps that may follow this one; none once the job has ended. */
        public Set<Status> next() {
            return switch (this) {
                // a job may fail at any step before its end: the worker could not start it, a row broke the reader
                case RECEIVED -> EnumSet.of(VALIDATING, FAILED);
                // a dry run ends after checking; only a file with every row valid is written
                case VALIDATING -> EnumSet.of(IMPORTING, DONE, REJECTED, FAILED);
                case IMPORTING -> EnumSet.of(DONE, FAILED);
                case DONE, REJECTED, FAILED -> EnumSet.noneOf(Status.class);
            };
        }

        public boolean ended() {
            return next().isEmpty();
        }
    }

    /** What a job's file holds. */
    public enum Kind {
        MEMBERS, ORGANISATIONS
    }

    @Id
    public UUID id;

    /** Members unless the job says otherwise (the member import predates the kind). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.MEMBERS;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    /** Members or organisations created (in a dry run: 0; {@link #created} tells what would be). */
    @Column(nullable = false)
    public int imported;

    /** Rows creating a record ({@link RowOutcome#VALID}); in a dry run, rows that would. */
    @Column(nullable = false)
    public int created;

    /** Rows updating a stored record ({@link RowOutcome#CHANGED}; in a dry run, rows that would). */
    @Column(nullable = false)
    public int updated;

    /** Rows identical to the stored record: nothing to change. */
    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int invalid;

    /** The per-row report (JSON array). */
    @JdbcTypeCode(SqlTypes.JSON)
    public String report;

    public String message;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    /** A new job: received, waiting for the worker. */
    static ImportJob received(Kind kind, boolean dryRun, String createdBy, OffsetDateTime at) {
        ImportJob job = new ImportJob();
        job.id = UUID.randomUUID();
        job.kind = kind;
        job.status = Status.RECEIVED;
        job.dryRun = dryRun;
        job.createdBy = createdBy;
        job.createdAt = at;
        return job;
    }

    public Status status() {
        return status;
    }

    /** The job's next step; a step its life does not allow is refused (the job is left as it was). */
    void moveTo(Status next) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("import job " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
    }
}
