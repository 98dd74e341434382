package vn.dangbo.congress.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A congress' election results as submitted to the higher committee and, once, approved by it (chuẩn y). */
@Entity
@Table(name = "congress_election_results")
public class CongressElectionResults {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approving_body_id")
    public UUID approvingBodyId;

    /** The body as the decision names it (e.g. "Ban Thường vụ Đảng ủy Khối"). */
    @Column(name = "approving_body_name")
    public String approvingBodyName;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Version
    public long version;

    public boolean approved() {
        return approvedAt != null;
    }
}
