package vn.dangbo.emulation.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dangbo.emulation.plan.MovementPlans;

/** A decision of the bloc's standing committee awarding one form to its recipients (quyết định khen thưởng). */
@Entity
@Table(name = "award_decision")
public class AwardDecision {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    /** The căn cứ lines, in order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String basis;

    /** The căn cứ lines as a list (stored as a JSON array). */
    public List<String> basisLines() {
        try {
            return List.of(MovementPlans.JSON.readValue(basis, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("decision " + id + " has a basis that is not a JSON array", e);
        }
    }

    public void basisLines(List<String> lines) {
        try {
            basis = MovementPlans.JSON.writeValueAsString(lines);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Column(nullable = false)
    public String reason;

    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    /** The QĐ docs-service issued for it, once it did. */
    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_number")
    public Integer documentNumber;

    @Column(name = "document_symbol")
    public String documentSymbol;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
