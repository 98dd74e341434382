package vn.dangbo.emulation.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A dedicated work (công trình, phần việc) of a taking organisation, with its latest progress. */
@Entity
@Table(name = "work")
public class Work {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String title;

    @Column(name = "category_code", nullable = false)
    public String categoryCode;

    public String description;

    @Column(name = "target_date", nullable = false)
    public LocalDate targetDate;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkProgressRules.Status status;

    @Column(nullable = false)
    public int percent;

    @Column(name = "last_reported_on")
    public LocalDate lastReportedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkProgressRules.Flag flag;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public java.time.OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
