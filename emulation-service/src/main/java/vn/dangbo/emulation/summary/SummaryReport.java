package vn.dangbo.emulation.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The summary report (báo cáo tổng kết đợt thi đua) a taking organisation hands in, once. */
@Entity
@Table(name = "summary_report")
public class SummaryReport {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String text;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    /** Handed in after the deadline, under an override of the office. */
    @Column(nullable = false)
    public boolean late;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Version
    @Column(nullable = false)
    public long version;
}
