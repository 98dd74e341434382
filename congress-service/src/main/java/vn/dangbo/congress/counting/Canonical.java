package vn.dangbo.congress.counting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/**
 * The one JSON form of what the count stores and hashes: keys sorted at every level, no spaces. Two entries are
 * the same ballot exactly when their canonical texts are equal, and a log payload hashes the same when replayed.
 */
public final class Canonical {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<Map<String, Object>> TREE = new TypeReference<>() {
    };

    private Canonical() {
    }

    public static String json(Map<String, ?> tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + tree, e);
        }
    }

    public static Map<String, Object> tree(String json) {
        try {
            return JSON.readValue(json, TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON object: " + json, e);
        }
    }
}
