package vn.dangbo.docs.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
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

    /**
     * The CloudEvents id of the event it was issued for: one event, at most one document of each type (unique with
     * the type, V3), as a scheduled congress calls for its notice, its programme and its attendee list.
     */
    @Column(name = "source_event_id")
    public String sourceEventId;

    /** The {@code PartyDocument} as JSON (see {@link DocumentContentCodec}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The committee term of the number run, e.g. 2020-2025 (null for documents issued before the register). */
    public String term;

    /** The run the number belongs to: the type code, or the congress id for congress documents. */
    @Column(name = "run_key")
    public String runKey;

    /** The date printed on the document. */
    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(nullable = false)
    public String status = STATUS_ISSUED;

    @Column(name = "void_reason")
    public String voidReason;

    @Column(name = "voided_at")
    public OffsetDateTime voidedAt;

    @Column(name = "voided_by")
    public String voidedBy;

    /** The PDF exactly as issued; lazy: listings never load the files. */
    @Basic(fetch = FetchType.LAZY)
    public byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    public byte[] docx;

    @Column(name = "pdf_sha256")
    public String pdfSha256;

    @Column(name = "docx_sha256")
    public String docxSha256;

    /** Individually addressed copies in the files (a batch of invitations); 1 for an ordinary document. */
    @Column(nullable = false)
    public int copies = 1;

    /** For a batch: the first page (1-based) of each copy inside {@link #pdf}, as a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "copy_first_pages", columnDefinition = "jsonb")
    public String copyFirstPages;

    @Version
    public long version;

    public static final String STATUS_ISSUED = "ISSUED";
    public static final String STATUS_VOIDED = "VOIDED";
}
