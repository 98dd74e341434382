package vn.dangbo.congress.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The exclusions from a base as the result stores them (a JSON column): what they were when declared. */
final class BaseExclusions {

    /** One exclusion: the rule set's code and label, how many, who approved them. */
    record Stored(String code, String label, int count, List<String> approvedBy) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private BaseExclusions() {
    }

    static String write(List<Stored> exclusions) {
        try {
            return JSON.writeValueAsString(exclusions);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Stored> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<Stored>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored exclusions " + json, e);
        }
    }
}
