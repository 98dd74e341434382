package vn.dangbo.congress.ruleset;

import com.fasterxml.jackson.databind.DeserializationFeature;
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
import java.util.Objects;

/**
 * Reads the rule sets from {@code rule-sets/} on the class path. The ids come from {@code rule-sets/index.json}
 * rather than a directory listing, which a packaged application (a jar) cannot be relied on for. A file that
 * does not read as a whole rule set fails the start, never a request later.
 */
public final class RuleSetLoader {

    public static final String DIRECTORY = "rule-sets/";
    public static final String INDEX = DIRECTORY + "index.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleSetLoader() {
    }

    /** Every rule set the index lists, by id, in the index's order. */
    public static Map<String, RuleSet> load(ClassLoader classLoader) {
        Map<String, RuleSet> ruleSets = new LinkedHashMap<>();
        for (String id : ids(classLoader)) {
            RuleSet ruleSet = read(classLoader, DIRECTORY + id + ".json", RuleSet.class);
            check(id, ruleSet);
            ruleSets.put(id, ruleSet);
        }
        return Collections.unmodifiableMap(ruleSets);
    }

    /** The ids listed in the index. */
    public static List<String> ids(ClassLoader classLoader) {
        JsonNode ids = read(classLoader, INDEX, JsonNode.class).path("ids");
        if (!ids.isArray() || ids.isEmpty()) {
            throw new IllegalStateException(INDEX + " lists no rule set ids");
        }
        List<String> result = new ArrayList<>();
        ids.forEach(id -> result.add(id.asText()));
        return List.copyOf(result);
    }

    /** One rule set from any stream (a test's own file). */
    public static RuleSet read(InputStream json) throws IOException {
        return JSON.readValue(json, RuleSet.class);
    }

    private static void check(String id, RuleSet ruleSet) {
        if (!id.equals(ruleSet.id())) {
            throw new IllegalStateException(DIRECTORY + id + ".json has id " + ruleSet.id());
        }
        Objects.requireNonNull(ruleSet.retirementAge(), id + ": retirementAge");
        Objects.requireNonNull(ruleSet.candidacy(), id + ": candidacy");
        Objects.requireNonNull(ruleSet.bodies(), id + ": bodies");
        Objects.requireNonNull(ruleSet.congresses(), id + ": congresses");
        Objects.requireNonNull(ruleSet.surplus(), id + ": surplus");
        Objects.requireNonNull(ruleSet.voteBase(), id + ": voteBase");
        if (ruleSet.bodies().cellCommitteeMin() > ruleSet.bodies().cellCommitteeMax()) {
            throw new IllegalStateException(id + ": cellCommitteeMin is above cellCommitteeMax");
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
