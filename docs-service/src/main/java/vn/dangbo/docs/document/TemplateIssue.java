package vn.dangbo.docs.document;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.docs.rendering.DocumentNumber;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.template.DocumentTemplates;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * A document to issue from its type's template, whoever asks for it: a person through {@code POST /documents}, or
 * an event (the notice of a scheduled congress). Both take this one path, so an office's override of a template
 * applies to both. Plain Java: filling the template needs no container.
 *
 * @param runKey        the number run (see {@code NumberRun}): the type code, or the congress id for congress documents
 * @param relatedTo     what the document concerns, e.g. a congress id; may be null
 * @param sourceEventId the CloudEvents id it answers; null when a person issues it
 * @param place         the place printed before the date
 * @param title         the listed title; null derives it from the type and the summary the template writes
 * @param data          the template's {@code data.*}
 * @param createdBy     the token subject, or {@code event:<source>}
 */
public record TemplateIssue(DocumentType type, Issuer issuer, String term, String runKey, String relatedTo,
        String sourceEventId, LocalDate date, String place, String title, Map<String, Object> data, String createdBy) {

    /**
     * @param name        the issuer as listed, e.g. Đảng bộ Văn phòng UBND tỉnh
     * @param headerName  the issuing body the header prints: a committee issues through its đảng ủy (Đảng ủy Văn
     *                    phòng UBND tỉnh); for a person's request, the name they gave
     * @param code        the issuer's code in the symbol, e.g. ĐUK (whitespace is dropped)
     * @param higherBody  the body printed above the issuer; null for none
     */
    public record Issuer(UUID id, String name, String headerName, String code, String higherBody) {

        public Issuer {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(headerName, "headerName");
            Objects.requireNonNull(code, "code");
        }
    }

    public TemplateIssue {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(runKey, "runKey");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(data, "data");
    }

    /** The number as cited: {@code 01-TB/ĐU}. */
    public String symbol(int number) {
        return DocumentNumber.symbol(number, type.code(), issuer.code().strip().replaceAll("\\s+", ""));
    }

    /**
     * One copy as the template in force writes it, under the header of the issuer and the number.
     *
     * @param addressee the copy's {@code addressee.*}: one addressee of a batch, else {@code data.addressee} or empty
     * @throws DocumentTemplates.MissingValueException when the template uses a value the data do not have
     */
    public PartyDocument copy(DocumentTemplates templates, int number, Map<String, Object> addressee) {
        return fill(templates, number, addressee);
    }

    /** The single copy of an ordinary document: {@code addressee.*} is {@code data.addressee}, if any. */
    public PartyDocument copy(DocumentTemplates templates, int number) {
        return fill(templates, number, data.getOrDefault("addressee", Map.of()));
    }

    private PartyDocument fill(DocumentTemplates templates, int number, Object addressee) {
        String symbol = symbol(number);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("data", data);
        values.put("issuer", issuerValues());
        values.put("number", String.format("%02d", number));
        values.put("symbol", symbol);
        values.put("term", term);
        values.put("date", PartyDate.date(date));
        values.put("place", place);
        values.put("addressee", addressee);
        Header header = new Header(issuer.higherBody(), issuer.headerName(), "Số " + symbol,
                PartyDate.placeAndDate(place, date));
        return templates.draft(type, values).withHeader(header);
    }

    /** The title given, else the type and the first copy's summary: "Kế hoạch tổ chức đại hội ...". */
    public String title(PartyDocument first) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        String summary = String.join(" ", first.summaryLines()).strip();
        if (summary.isEmpty()) {
            return type.label();
        }
        return type.label() + " " + summary.substring(0, 1).toLowerCase(VietnameseText.VIETNAMESE)
                + summary.substring(1);
    }

    private Map<String, Object> issuerValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", issuer.id().toString());
        values.put("name", issuer.name());
        values.put("shortCode", issuer.code());
        values.put("higherBody", issuer.higherBody() == null ? "" : issuer.higherBody());
        return values;
    }
}
