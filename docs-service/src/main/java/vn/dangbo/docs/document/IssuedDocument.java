package vn.dangbo.docs.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A numbered document issued by this service, kept as its format-independent content. */
@Entity
@Table(name = "issued_document")
public class IssuedDocument {

    @Id
    public UUID id;

    /** The type code of the number line: TB (thông báo), KH (kế hoạch), NQ (nghị quyết), ... */
    @Column(nullable = false)
    public String type;

    /** The number within the issuer's run for this type and term, from 1. */
    @Column(nullable = false)
    public int number;

    /** The number as cited, e.g. {@code 01-TB/ĐU}. */
    @Column(nullable = false)
    public String symbol;

    @Column(name = "issuer_id", nullable = false)
    public UUID issuerId;

    @Column(name = "issuer_name", nullable = false)
    public String issuerName;

    @Column(nullable = false)
    public String title;

    /** What the document concerns, e.g. a congress id. */
    @Column(name = "related_to")
    public String relatedTo;

    /** The CloudEvents id of the event it was issued for (unique): one event, at most one document. */
    @Column(name = "source_event_id", unique = true)
    public String sourceEventId;

    /** The {@code PartyDocument} as JSON (see {@link DocumentContentCodec}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
