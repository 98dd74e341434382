package vn.dangbo.congress.congress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A congress (đại hội) of an organisation for a term. */
@Entity
@Table(name = "congress")
public class Congress {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The round (đợt đại hội) whose plan it follows; null only for congresses scheduled before rounds. */
    @Column(name = "round_id")
    public UUID roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CongressKind kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(nullable = false)
    public int days;

    /** Đại hội điểm: held first so the others learn from it. */
    @Column(nullable = false)
    public boolean pilot;

    /** The term it elects for, e.g. {@code 2020-2022}. */
    @Column(nullable = false)
    public String term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CongressStatus status;

    /** Why it was last rescheduled or cancelled. */
    @Column(name = "status_reason")
    public String statusReason;

    @Version
    public long version;

    /** The last day of the congress. */
    public LocalDate endDate() {
        return CongressRules.endDate(startDate, days);
    }
}
