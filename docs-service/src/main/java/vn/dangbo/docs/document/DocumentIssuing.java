package vn.dangbo.docs.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.docs.document.DocumentRecords.NewDocument;
import vn.dangbo.docs.document.IssueRequests.BatchRequest;
import vn.dangbo.docs.document.IssueRequests.IssueRequest;
import vn.dangbo.docs.numbering.DocumentNumbering;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.rendering.DocumentNumber;
import vn.dangbo.docs.rendering.FontCoverage;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.template.DocumentDraft;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** Issues a document from a template: checks the request, takes the next number, fills the template, stores. */
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
        return issueCopies(type, request, null, createdBy);
    }

    @Transactional
    public IssuedDocument issueBatch(BatchRequest request, String createdBy) {
        DocumentType type = typeOf(request.type());
        checkGlyphs(request.common(), request.addressees());
        return issueCopies(type, request.common(), request.addressees(), createdBy);
    }

    private IssuedDocument issueCopies(DocumentType type, IssueRequest request, List<Map<String, Object>> addressees,
            String createdBy) {
        LocalDate date = request.date() != null ? request.date() : LocalDate.now(clock.withZone(zone));
        String place = request.place() != null && !request.place().isBlank() ? request.place() : defaultPlace;
        String run = NumberRun.key(type.code(), request.congressId());
        String issuerCode = request.issuer().shortCode().strip().replaceAll("\\s+", "");
        // the counter row stays locked until this transaction ends: a failing template or a character the font
        // lacks rolls the number back with it (no gap)
        int number = numbering.next(request.issuer().id(), run, request.term().strip());
        String symbol = DocumentNumber.symbol(number, type.code(), issuerCode);
        String placeAndDate = PartyDate.placeAndDate(place, date);
        Header header = new Header(request.issuer().higherBody(), request.issuer().name(), "Số " + symbol, placeAndDate);

        Map<String, Object> values = new LinkedHashMap<>();
        values.put("data", request.data());
        values.put("issuer", issuerValues(request));
        values.put("number", String.format("%02d", number));
        values.put("symbol", symbol);
        values.put("term", request.term());
        values.put("date", PartyDate.date(date));
        values.put("place", place);

        List<PartyDocument> copies = new ArrayList<>();
        DocumentDraft first = null;
        if (addressees == null) {
            values.put("addressee", request.data().getOrDefault("addressee", Map.of()));
            first = draft(type, values, "data.addressee.");
            copies.add(first.withHeader(header));
        } else {
            for (int i = 0; i < addressees.size(); i++) {
                values.put("addressee", addressees.get(i));
                DocumentDraft draft = draft(type, values, "addressees[" + i + "].");
                first = first == null ? draft : first;
                copies.add(draft.withHeader(header));
            }
        }
        String title = request.title() != null && !request.title().isBlank() ? request.title().strip() : title(type, first);
        return documents.issue(new NewDocument(type.code(), number, symbol, request.issuer().id(),
                request.issuer().name(), title, request.relatedTo() != null ? request.relatedTo()
                        : request.congressId() != null ? request.congressId().toString() : null,
                null, copies, createdBy, request.term().strip(), run, date));
    }

    private DocumentDraft draft(DocumentType type, Map<String, Object> values, String addresseePrefix) {
        try {
            return templates.draft(type, values);
        } catch (DocumentTemplates.MissingValueException e) {
            // the template names the value as it sees it; the problem names it as the request does
            String field = e.expression().startsWith("addressee.")
                    ? addresseePrefix + e.expression().substring("addressee.".length())
                    : e.expression();
            throw ProblemException.invalid(field, "bắt buộc đối với loại văn bản " + type.slug() + " (" + type.code()
                    + "), theo mẫu đang dùng");
        }
    }

    /** "Kế hoạch tổ chức đại hội ..." from the type and the summary. */
    static String title(DocumentType type, DocumentDraft draft) {
        String summary = String.join(" ", draft.summaryLines()).strip();
        if (summary.isEmpty()) {
            return type.label();
        }
        return type.label() + " " + summary.substring(0, 1).toLowerCase(VietnameseText.VIETNAMESE)
                + summary.substring(1);
    }

    private static Map<String, Object> issuerValues(IssueRequest request) {
        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", request.issuer().id().toString());
        issuer.put("name", request.issuer().name());
        issuer.put("shortCode", request.issuer().shortCode());
        issuer.put("higherBody", request.issuer().higherBody() == null ? "" : request.issuer().higherBody());
        return issuer;
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
