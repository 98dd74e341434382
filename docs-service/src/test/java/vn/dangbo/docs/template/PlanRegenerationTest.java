package vn.dangbo.docs.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.PdfRenderer;
import vn.dangbo.docs.rendering.TextExtraction;

/**
 * The two source plans, regenerated from structured data ({@code plans/<name>.json}, the body of a
 * {@code POST /documents} of type plan) through the plan template: the text read back from the PDF and from the DOCX,
 * whitespace-normalised, is the seed text ({@code plans/<name>.seed.txt}), whitespace-normalised, once the listed
 * exceptions ({@code plans/<name>.exceptions.json}: Markdown emphasis markers, obvious typos, layout artefacts, each
 * with its reason) are applied to the seed. The seeds have no heading block, so the generated one (issuer, party
 * name, number, place and date) is cut before comparing: the comparison starts at the type name.
 */
class PlanRegenerationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_NAME = "KẾ HOẠCH";

    private final DocumentTemplates templates = new DocumentTemplates(Optional.empty());

    @ParameterizedTest
    @ValueSource(strings = {"congress-plan", "anniversary-plan"})
    void thePlanReadsBackAsItsSourceText(String name) throws IOException {
        JsonNode request = JSON.readTree(resource(name + ".json"));
        PartyDocument document = document(request);

        String expected = normalise(seedWithExceptions(name));
        assertTrue(expected.startsWith(TYPE_NAME), expected);
        String pdf = fromTypeName(normalise(TextExtraction.pdfText(new PdfRenderer().render(document))));
        String docx = fromTypeName(normalise(TextExtraction.docxText(new DocxRenderer().render(document))));
        assertEquals(expected, pdf, name + ": PDF text differs from the seed");
        assertEquals(expected, docx, name + ": DOCX text differs from the seed");
    }

    @org.junit.jupiter.api.Test
    void theBoldLeadInsOfTheSourceStayBold() throws IOException {
        PartyDocument plan = document(JSON.readTree(resource("anniversary-plan.json")));
        java.util.List<vn.dangbo.docs.rendering.Run> runs = plan.body().stream()
                .filter(b -> b instanceof vn.dangbo.docs.rendering.Paragraph)
                .flatMap(b -> ((vn.dangbo.docs.rendering.Paragraph) b).runs().stream()).toList();
        for (String lead : java.util.List.of("Thời gian:", "Địa điểm:", "Nội dung tuyên truyền", "Số lượng xuất bản:")) {
            assertTrue(runs.contains(vn.dangbo.docs.rendering.Run.bold(lead)), lead + " is a bold run");
        }
        assertTrue(runs.stream().noneMatch(r -> r.text().contains("**")), "no emphasis marker is printed");
    }

    /** The seed with each listed exception applied in order; each must still be found where it is applied. */
    private static String seedWithExceptions(String name) throws IOException {
        String seed = Normalizer.normalize(resource(name + ".seed.txt"), Normalizer.Form.NFC);
        JsonNode exceptions = JSON.readTree(resource(name + ".exceptions.json")).get("exceptions");
        for (JsonNode e : exceptions) {
            String from = Normalizer.normalize(e.get("seed").asText(), Normalizer.Form.NFC);
            assertTrue(seed.contains(from), name + ": listed exception no longer in the seed: " + from);
            assertTrue(!e.get("why").asText().isBlank(), "every exception says why");
            seed = seed.replace(from, Normalizer.normalize(e.get("printed").asText(), Normalizer.Form.NFC));
        }
        return seed;
    }

    private PartyDocument document(JsonNode request) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = JSON.convertValue(request.get("data"), LinkedHashMap.class);
        LocalDate date = LocalDate.parse(request.get("date").asText());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("data", data);
        values.put("symbol", "01-KH/" + request.at("/issuer/shortCode").asText());
        values.put("date", PartyDate.date(date));
        JsonNode issuer = request.get("issuer");
        Header header = new Header(issuer.get("higherBody").asText(), issuer.get("name").asText(),
                "Số 01-KH/" + issuer.get("shortCode").asText(), PartyDate.placeAndDate(request.get("place").asText(), date));
        return templates.draft(DocumentType.find(request.get("type").asText()).orElseThrow(), values).withHeader(header);
    }

    private static String fromTypeName(String text) {
        int at = text.indexOf(TYPE_NAME);
        assertTrue(at >= 0, "no type name in: " + text);
        return text.substring(at);
    }

    private static String normalise(String s) {
        return TextExtraction.normalizeWhitespace(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = PlanRegenerationTest.class.getResourceAsStream("/plans/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
