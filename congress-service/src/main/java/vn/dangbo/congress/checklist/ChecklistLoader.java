package vn.dangbo.congress.checklist;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the checklists from {@code checklists/} on the class path, by the ids {@code checklists/index.json} lists
 * (a jar cannot be listed). A file that does not read as a whole checklist fails the start, never a request.
 */
public final class ChecklistLoader {

    public static final String DIRECTORY = "checklists/";
    public static final String INDEX = DIRECTORY + "index.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private ChecklistLoader() {
    }

    /** Every checklist the index lists, by id, in the index's order. */
    public static Map<String, Checklist> load(ClassLoader classLoader) {
        Map<String, Checklist> checklists = new LinkedHashMap<>();
        for (String id : ids(classLoader)) {
            Checklist checklist = read(classLoader, DIRECTORY + id + ".json", Checklist.class);
            check(id, checklist);
            checklists.put(id, checklist);
        }
        return Collections.unmodifiableMap(checklists);
    }

    /** The ids listed in the index. */
    public static List<String> ids(ClassLoader classLoader) {
        JsonNode ids = read(classLoader, INDEX, JsonNode.class).path("ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no checklist ids");
        }
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asText()));
        return List.copyOf(result);
    }

    /** One checklist from any stream (a test's own file). */
    public static Checklist read(InputStream json) throws IOException {
        return JSON.readValue(json, Checklist.class);
    }

    static void check(String id, Checklist checklist) {
        if (!id.equals(checklist.id())) {
            throw new IllegalStateException(DIRECTORY + id + ".json has id " + checklist.id());
        }
        Set<CongressLevel> levels = new HashSet<>();
        for (Checklist.Level level : checklist.levels()) {
            if (!levels.add(level.level())) {
                throw new IllegalStateException(id + ": level " + level.level() + " twice");
            }
            Set<String> codes = new HashSet<>();
            for (Checklist.Document document : level.documents()) {
                // a code names the document in calendar UIDs and submissions: two alike would be one
                if (!codes.add(document.code())) {
                    throw new IllegalStateException(id + ": " + level.level() + " lists " + document.code() + " twice");
                }
            }
        }
    }

    private static <T> T read(ClassLoader classLoader, String resource, Class<T> type) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
