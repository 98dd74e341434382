package vn.dangbo.registry.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "import_job")
public class ImportJob {

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
        FAILED
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
    public Status status;

    @Column(name = "dry_run", nullable = false)
    public boolean dryRun;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "processed_rows", nullable = false)
    public int processedRows;

    /** Members created (in a dry run: 0; {@link #created} tells what would be). */
    @Column(nullable = false)
    public int imported;

    /** Rows creating a member; in a dry run, rows that would. */
    @Column(nullable = false)
    public int created;

    /** Rows updating a member's record (or, in a dry run, that would). */
    @Column(nullable = false)
    public int updated;

    /** Rows identical to the stored member: nothing to change. */
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
}
