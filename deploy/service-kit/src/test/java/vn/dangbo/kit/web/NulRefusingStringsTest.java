package vn.dangbo.kit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NulRefusingStringsTest {

    record Step(String decisionReference, List<String> names) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(NulRefusingStrings.module());

    @Test
    void aStringHoldingNulIsRefusedWithItsField() {
        NulCharacterException e = assertThrows(NulCharacterException.class,
                () -> mapper.readValue("{\"decisionReference\": \"QĐ\\u0000 12\"}", Step.class));
        assertEquals("decisionReference", e.getPath().get(0).getFieldName());
        NulCharacterException inList = assertThrows(NulCharacterException.class,
                () -> mapper.readValue("{\"names\": [\"Lò Văn Páo\", \"\\u0000\"]}", Step.class));
        assertEquals("names", inList.getPath().get(0).getFieldName());
        assertEquals(1, inList.getPath().get(1).getIndex());
    }

    @Test
    void otherTextPassesUnchanged() throws Exception {
        Step step = mapper.readValue("{\"decisionReference\": \"Số 12-QĐ/ĐU\\t\\u001b\", \"names\": [\"Ánh\"]}",
                Step.class);
        assertEquals("Số 12-QĐ/ĐU\t\u001b", step.decisionReference());
        assertEquals(Map.of("a", "b"), mapper.readValue("{\"a\": \"b\"}", Map.class));
    }
}
