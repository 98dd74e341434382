package vn.dangbo.docs.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import vn.dangbo.docs.document.DocumentRecords.RegisterEntry;
import vn.dangbo.docs.document.DocumentRecords.RenderedDocument;
import vn.dangbo.docs.rendering.FileHash;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfCopies;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class DocumentService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IssuedDocumentRepository documents;
    private final DocumentRenderers renderers;
    private final ChangeRecorder changes;
    private final Clock clock = Clock.systemUTC();

    public DocumentService(IssuedDocumentRepository documents, DocumentRenderers renderers, ChangeRecorder changes) {
        this.documents = documents;
        this.renderers = renderers;
        this.changes = changes;
    }

    /**
     * Renders the document as PDF and DOCX, stores both files with their SHA-256 and, in the same transaction,
     * publishes {@code document.issued} on {@code docs.documents.v1}. Rendering comes first, so a document that
     * could not be downloaded (a character the font lacks) is never issued and its number goes back to the run
     * with the rollback.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument issue(NewDocument request) {
        byte[] pdf;
        byte[] docx;
        List<Integer> firstPages = null;
        if (request.copies().size() == 1) {
            pdf = renderers.pdf().render(request.copies().get(0));
            docx = renderers.docx().render(request.copies().get(0));
        } else {
            PdfRenderer.Batch batch = renderers.pdf().renderAll(request.copies());
            pdf = batch.bytes();
            firstPages = batch.firstPages();
            docx = renderers.docx().renderAll(request.copies());
        }
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
        d.content = request.copies().size() == 1
                ? DocumentContentCodec.toJson(request.copies().get(0))
                : DocumentContentCodec.toJsonList(request.copies());
        d.createdBy = request.createdBy();
        d.term = request.term();
        d.runKey = request.runKey();
        d.issuedOn = request.issuedOn();
        d.pdf = pdf;
        d.docx = docx;
        d.pdfSha256 = FileHash.sha256(pdf);
        d.docxSha256 = FileHash.sha256(docx);
        d.copies = request.copies().size();
        d.copyFirstPages = firstPages == null ? null : json(firstPages);
        // as PostgreSQL keeps it, so the event and the API show the same instant
        d.createdAt = now();
        documents.persist(d);
        changes.record(Change.of(d.id).event(DocumentEvents.TOPIC, DocumentEvents.ISSUED,
                () -> new DocumentEvents.Issued(DocumentEvents.DocumentState.of(d))));
        return d;
    }

    /**
     * Voids an issued document. It stays listed and keeps its number in the register: a number, once given,
     * is never given again (the next allocation continues after it).
     */
    @Transactional
    public DocumentSummary voidDocument(UUID id, String reason, String actor, java.util.function.Consumer<UUID> mayChange) {
        IssuedDocument d = find(id);
        mayChange.accept(d.issuerId);
        if (IssuedDocument.STATUS_VOIDED.equals(d.status)) {
            throw ProblemException.conflict("Văn bản " + d.symbol + " đã bị hủy trước đó");
        }
        d.status = IssuedDocument.STATUS_VOIDED;
        d.voidReason = reason.strip();
        d.voidedAt = now();
        d.voidedBy = actor;
        changes.record(Change.of(d.id).event(DocumentEvents.TOPIC, DocumentEvents.VOIDED,
                () -> new DocumentEvents.Voided(DocumentEvents.DocumentState.of(d))));
        return DocumentSummary.of(d);
    }

    /** The document of this type (code, e.g. TB) issued for the event, if any: each event issues a type once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IssuedDocument> issuedFor(String sourceEventId, String type) {
        return documents.findBySourceEvent(sourceEventId, type);
    }

    /**
     * The document of this type issued for the event about this subject (an award's certificate), if any: one event
     * may issue several documents of a type, one per subject.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IssuedDocument> issuedFor(String sourceEventId, String type, String relatedTo) {
        return documents.findBySourceEvent(sourceEventId, type, relatedTo);
    }

    @Transactional
    public List<DocumentSummary> search(DocumentRecords.DocumentFilter filter) {
        return documents.search(filter).stream().map(DocumentSummary::of).toList();
    }

    /** Every number of one run, issued or voided, in order. */
    @Transactional
    public List<RegisterEntry> register(UUID issuerId, String term, String run) {
        return documents.register(issuerId, term, run).stream()
                .map(d -> new RegisterEntry(d.number, d.symbol, d.status, d.id, d.title, d.issuedOn, d.voidReason))
                .toList();
    }

    @Transactional
    public DocumentSummary get(UUID id) {
        return DocumentSummary.of(find(id));
    }

    /** The file as issued (byte for byte what the stored SHA-256 certifies). */
    @Transactional
    public RenderedDocument render(UUID id, DocumentFormat format) {
        IssuedDocument d = find(id);
        byte[] bytes = format == DocumentFormat.PDF ? d.pdf : d.docx;
        if (bytes == null) { // issued before files were kept: render the stored content again
            PartyDocument content = DocumentContentCodec.fromJson(d.content);
            bytes = renderers.of(format).render(content);
        }
        return new RenderedDocument(bytes, format.mediaType(),
                DownloadRules.fileName(d.type, d.number, d.symbol, d.title, format));
    }

    /** A batch as a ZIP of one PDF per copy, cut from the issued PDF at the copies' first pages. */
    @Transactional
    public RenderedDocument zip(UUID id) {
        IssuedDocument d = find(id);
        List<Integer> firstPages = d.copyFirstPages == null ? List.of(1) : pages(d.copyFirstPages);
        String base = DownloadRules.fileName(d.type, d.number, d.symbol, d.title, DocumentFormat.PDF);
        base = base.substring(0, base.length() - ".pdf".length());
        byte[] zip = PdfCopies.zip(d.pdf, firstPages, DownloadRules.asciiFileName(base));
        return new RenderedDocument(zip, PdfCopies.MEDIA_TYPE, base + ".zip");
    }

    private IssuedDocument find(UUID id) {
        return documents.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có văn bản với mã " + id));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private static String json(List<Integer> pages) {
        try {
            return JSON.writeValueAsString(pages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Integer> pages(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
