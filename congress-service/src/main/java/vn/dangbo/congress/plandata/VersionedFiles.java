package vn.dangbo.congress.plandata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * What a regulation or a plan sets (rule sets, document checklists...), kept as one JSON file per version in a
 * directory of the class path, so the next round is a new file and not a code change. The versions are the ids
 * the directory's {@code index.json} lists rather than a directory listing, which a packaged application (a jar)
 * cannot be relied on for; a file that does not read as a whole fails the start, never a request later.
 *
 * @param directory e.g. {@code rule-sets/}
 * @param what      what a file holds, for the failure messages (e.g. "rule set")
 */
public record VersionedFiles<T>(String directory, Class<T> type, String what, ObjectMapper json) {

    public String index() {
        return directory + "index.json";
    }

    /** Every version the index lists, by id, in the index's order; {@code check} refuses a file by throwing. */
    public Map<String, T> load(ClassLoader classLoader, BiConsumer<String, T> check) {
        Map<String, T> versions = new LinkedHashMap<>();
        for (String id : ids(classLoader)) {
            T version = read(classLoader, directory + id + ".json", type);
            check.accept(id, version);
            versions.put(id, version);
        }
        return Collections.unmodifiableMap(versions);
    }

    /** The ids listed in the index. */
    public List<String> ids(ClassLoader classLoader) {
        JsonNode ids = read(classLoader, index(), JsonNode.class).path("ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw new IllegalStateException(index() + " lists no " + what + " ids");
        }
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asText()));
        return List.copyOf(result);
    }

    /** One version from any stream (a test's own file). */
    public T read(InputStream in) throws IOException {
        return json.readValue(in, type);
    }

    private <R> R read(ClassLoader classLoader, String resource, Class<R> as) {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the class path");
            }
            return json.readValue(in, as);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }
}
