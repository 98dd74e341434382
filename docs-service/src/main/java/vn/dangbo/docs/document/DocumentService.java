package vn.dangbo.docs.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.docs.document.DocumentRecords.DocumentSummary;
import vn.dangbo.docs.document.DocumentRecords.NewDocument;
import vn.dangbo.docs.document.DocumentRecords.RenderedDocument;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class DocumentService {

    private final IssuedDocumentRepository documents;
    private final DocumentRenderers renderers;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public DocumentService(IssuedDocumentRepository documents, DocumentRenderers renderers, Outbox outbox) {
        this.documents = documents;
        this.renderers = renderers;
        this.outbox = outbox;
    }

    /**
     * Stores a numbered document and, in the same transaction, publishes {@code document.issued} on
     * {@code docs.documents.v1}. The content is rendered once first, so a document that could not be
     * downloaded (a character the font lacks) is never issued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument issue(NewDocument request) {
        renderers.of(DocumentFormat.PDF).render(request.content());
        IssuedDocument d = new IssuedDocument();
        d.id = UUID.randomUUID();
        d.type = request.type();
        d.number = request.number();
        d.symbol = request.symbol();
        d.issuerId = request.issuerId();
        d.issuerName = request.issuerName();
        d.title = request.title();
        d.relatedTo = request.relatedTo();
        d.sourceEventId = request.sourceEventId();
        d.content = DocumentContentCodec.toJson(request.content());
        d.createdBy = request.createdBy();
        // as PostgreSQL keeps it, so the event and the API show the same instant
        d.createdAt = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        documents.persist(d);
        outbox.publish(DocumentEvents.TOPIC, DocumentEvents.ISSUED, d.id.toString(),
                new DocumentEvents.Issued(DocumentEvents.DocumentState.of(d)));
        return d;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IssuedDocument> issuedFor(String sourceEventId) {
        return documents.findBySourceEvent(sourceEventId);
    }

    @Transactional
    public List<DocumentSummary> search(String relatedTo, String type) {
        return documents.search(blankToNull(relatedTo), blankToNull(type)).stream().map(DocumentSummary::of).toList();
    }

    @Transactional
    public DocumentSummary get(UUID id) {
        return DocumentSummary.of(find(id));
    }

    /** Renders the stored content in the format asked for. */
    @Transactional
    public RenderedDocument render(UUID id, DocumentFormat format) {
        IssuedDocument d = find(id);
        PartyDocument content = DocumentContentCodec.fromJson(d.content);
        byte[] bytes = renderers.of(format).render(content);
        return new RenderedDocument(bytes, format, DownloadRules.fileName(d.type, d.number, d.symbol, d.title, format));
    }

    private IssuedDocument find(UUID id) {
        return documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có văn bản với mã " + id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
