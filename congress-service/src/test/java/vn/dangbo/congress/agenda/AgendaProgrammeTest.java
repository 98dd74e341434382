package vn.dangbo.congress.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.checklist.CongressLevel;

/** The programme's data has the shape docs-service's programme sample has: the contract is its files. */
class AgendaProgrammeTest {

    private static final Path SAMPLE = Path.of("../docs-service/src/test/resources/samples/programme.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theProgrammeDataHasTheKeysOfDocsServicesSample() throws IOException {
        JsonNode sample = JSON.readTree(SAMPLE.toFile());
        JsonNode data = JSON.valueToTree(programme().toData());

        assertEquals(keys(sample), keys(data));
        assertEquals(keys(sample.get("items").get(0)), keys(data.get("items").get(0)));
        assertEquals(keys(sample.get("signature")), keys(data.get("signature")));
    }

    @Test
    void theAgendaBecomesTheProgrammesRowsInItsOrder() {
        Map<String, Object> data = programme().toData();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) data.get("items");
        assertEquals(3, items.size());
        assertEquals("Bầu cấp ủy nhiệm kỳ 2020 - 2022", items.get(2).get("content"));
        assertEquals("Đoàn Chủ tịch", items.get(0).get("by"));
        assertEquals("Đại hội Chi bộ I nhiệm kỳ 2020 - 2022", data.get("summary"));
        assertEquals(List.of("Như trên,", "Lưu Văn phòng."), data.get("recipients"));
    }

    private static Programme programme() {
        AgendaPlan plan = AgendaLoader.load(AgendaProgrammeTest.class.getClassLoader(), "2020-office");
        return Programme.ofAgenda("Đại hội Chi bộ I nhiệm kỳ 2020 - 2022",
                AgendaRules.itemsFor(plan, CongressLevel.CELL, true), "Đoàn Chủ tịch",
                new Programme.Signature("T/M CHI ỦY", "BÍ THƯ", "Nguyễn Văn A"), List.of("Như trên,", "Lưu Văn phòng."));
    }

    private static Set<String> keys(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return new TreeSet<>(names);
    }
}
