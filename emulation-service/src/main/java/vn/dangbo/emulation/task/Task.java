package vn.dangbo.emulation.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dangbo.emulation.task.TaskSettings.DueRule;

/** One assignment of the plan on a movement's task board: its owner body, helpers, due rule and day, status. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "block_no", nullable = false)
    public int blockNo;

    /** The order of the plan: block by block, each block's tasks as listed. */
    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String key;

    @Column(nullable = false)
    public String title;

    @Column(name = "owner_code", nullable = false)
    public String ownerCode;

    @Column(name = "owner_name", nullable = false)
    public String ownerName;

    /** The helper bodies as JSON [{code, name}], in the plan's order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String helpers;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "due_anchor")
    public String dueAnchor;

    @Column(name = "due_offset_days")
    public Integer dueOffsetDays;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    public String note;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(nullable = false)
    public int sequence;

    @Version
    @Column(nullable = false)
    public long version;

    public DueRule dueRule() {
        return new DueRule(dueDate, dueAnchor, dueOffsetDays);
    }
}
