package vn.dangbo.emulation.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One publish of the meeting's programme, and the CTr docs-service issued for it. */
@Entity
@Table(name = "programme_publication")
public class ProgrammePublication {

    @Id
    public UUID id;

    @Column(name = "gathering_id", nullable = false)
    public UUID gatheringId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "item_count", nullable = false)
    public int itemCount;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_number")
    public Integer documentNumber;

    @Column(name = "document_symbol")
    public String documentSymbol;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "content_url")
    public String contentUrl;
}
