package vn.dangbo.emulation.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One progress report (báo cáo tiến độ) of a work. */
@Entity
@Table(name = "work_progress")
public class WorkProgress {

    @Id
    public UUID id;

    @Column(name = "work_id", nullable = false)
    public UUID workId;

    @Column(name = "reported_on", nullable = false)
    public LocalDate reportedOn;

    @Column(nullable = false)
    public int percent;

    @Column(nullable = false)
    public String text;

    @Column(name = "reported_by", nullable = false)
    public String reportedBy;

    @Column(name = "reported_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime reportedAt;
}
