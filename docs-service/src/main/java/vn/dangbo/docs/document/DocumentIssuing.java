package vn.dangbo.docs.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.docs.document.DocumentRecords.NewDocument;
import vn.dangbo.docs.document.IssueRequests.BatchRequest;
import vn.dangbo.docs.document.IssueRequests.IssueRequest;
import vn.dangbo.docs.numbering.DocumentNumbering;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.rendering.FontCoverage;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.web.ProblemException;

/**
 * Issues a document from its type's template: checks a person's request, takes the next number, fills the template
 * in force (built-in or the office's override), stores. An event's document (the congress notice) takes the same path.
 */
@ApplicationScoped
public class DocumentIssuing {

    private final DocumentService documents;
    private final DocumentNumbering numbering;
    private final DocumentTemplates templates;
    private final String defaultPlace;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public DocumentIssuing(DocumentService documents, DocumentNumbering numbering, DocumentTemplates templates,
            @ConfigProperty(name = "dangbo.docs.place") String defaultPlace,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.numbering = numbering;
        this.templates = templates;
        this.defaultPlace = defaultPlace;
        this.zone = zone;
    }

    /** @param createdBy the token subject */
    @Transactional
    public IssuedDocument issue(IssueRequest request, String createdBy) {
        DocumentType type = typeOf(request.type());
        checkGlyphs(request, null);
        return issueCopies(fromRequest(type, request, createdBy), null);
    }

    @Transactional
    public IssuedDocument issueBatch(BatchRequest request, String createdBy) {
        DocumentType type = typeOf(request.type());
        checkGlyphs(request.common(), request.addressees());
        return issueCopies(fromRequest(type, request.common(), createdBy), request.addressees());
    }

    /**
     * Issues a document an event calls for (the notice of a scheduled congress), in the event's transaction, by the
     * path of {@code POST /documents}. Its values are not checked against the font first: a character the font
     * lacks fails the rendering, and with it the event.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument issue(TemplateIssue issue) {
        return issueCopies(issue, null);
    }

    /**
     * Issues a document of several copies an event calls for (the ballots of an approved list: one per ballot,
     * each with its serial), in the event's transaction, as one document whose PDF holds every copy.
     *
     * @param copies each copy's {@code addressee.*}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public IssuedDocument issue(TemplateIssue issue, List<Map<String, Object>> copies) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("a document of copies needs at least one");
        }
        return issueCopies(issue, copies);
    }

    /** @param addressees one copy per addressee (a batch), or null for one copy */
    private IssuedDocument issueCopies(TemplateIssue issue, List<Map<String, Object>> addressees) {
        // the counter row stays locked until this transaction ends: a failing template or a character the font
        // lacks rolls the number back with it (no gap)
        int number = numbering.next(issue.issuer().id(), issue.runKey(), issue.term());
        List<PartyDocument> copies = new ArrayList<>();
        if (addressees == null) {
            copies.add(copy(issue, number, null, "data.addressee."));
        } else {
            for (int i = 0; i < addressees.size(); i++) {
                copies.add(copy(issue, number, addressees.get(i), "addressees[" + i + "]."));
            }
        }
        return documents.issue(new NewDocument(issue.type().code(), number, issue.symbol(number), issue.issuer().id(),
                issue.issuer().name(), issue.title(copies.get(0)), issue.relatedTo(), issue.sourceEventId(), copies,
                issue.createdBy(), issue.term(), issue.runKey(), issue.date()));
    }

    private TemplateIssue fromRequest(DocumentType type, IssueRequest request, String createdBy) {
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock.withZone(zone));
        String place = request.place() != null && !request.place().isBlank() ? request.place() : defaultPlace;
        IssueRequests.Issuer issuer = request.issuer();
        String relatedTo = request.relatedTo() != null ? request.relatedTo()
                : request.congressId() != null ? request.congressId().toString() : null;
        return new TemplateIssue(type, new TemplateIssue.Issuer(issuer.id(), issuer.name(), issuer.name(),
                        issuer.shortCode(), issuer.higherBody()),
                request.term().strip(), NumberRun.key(type.code(), request.congressId()), relatedTo, null, date, place,
                request.title(), request.data(), createdBy);
    }

    private PartyDocument copy(TemplateIssue issue, int number, Map<String, Object> addressee, String addresseePrefix) {
        try {
            return addressee == null ? issue.copy(templates, number) : issue.copy(templates, number, addressee);
        } catch (DocumentTemplates.MissingValueException e) {
            // the template names the value as it sees it; the problem names it as the request does
            String field = e.expression().startsWith("addressee.")
                    ? addresseePrefix + e.expression().substring("addressee.".length())
                    : e.expression();
            throw ProblemException.invalid(field, "bắt buộc đối với loại văn bản " + issue.type().slug() + " ("
                    + issue.type().code() + "), theo mẫu đang dùng");
        }
    }

    static DocumentType typeOf(String name) {
        return DocumentType.find(name).orElseThrow(() -> ProblemException.invalid("type",
                "loại văn bản \"" + name + "\" không có; các loại: " + DocumentType.known()));
    }

    /**
     * Every text of the request must be printable in the document font: a character it lacks would come out as
     * a box or a blank, so it is refused here naming the field and the code point.
     */
    static void checkGlyphs(IssueRequest request, List<Map<String, Object>> addressees) {
        check("issuer.name", request.issuer().name());
        check("issuer.shortCode", request.issuer().shortCode());
        check("issuer.higherBody", request.issuer().higherBody());
        check("term", request.term());
        check("place", request.place());
        check("title", request.title());
        checkValue("data", request.data());
        if (addressees != null) {
            for (int i = 0; i < addressees.size(); i++) {
                checkValue("addressees[" + i + "]", addressees.get(i));
            }
        }
    }

    private static void checkValue(String field, Object value) {
        if (value instanceof String s) {
            check(field, s);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> checkValue(field + "." + k, v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkValue(field + "[" + i + "]", list.get(i));
            }
        }
    }

    private static void check(String field, String text) {
        OptionalInt missing = FontCoverage.firstMissing(text);
        if (missing.isPresent()) {
            throw ProblemException.ruleViolated("Ký tự " + FontCoverage.label(missing.getAsInt()) + " trong trường "
                    + field + " không có trong phông chữ Liberation Serif nên không in được; hãy thay bằng ký tự khác",
                    field);
        }
    }
}
