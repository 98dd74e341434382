package vn.dangbo.congress.ruleset;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.congress.plandata.VersionedFiles;

/**
 * The rule sets, versioned files in {@code rule-sets/} ({@link VersionedFiles}); each is checked whole at the start
 * (its id is its file's, every section is there).
 */
public final class RuleSetLoader {

    public static final String DIRECTORY = "rule-sets/";
    public static final String INDEX = DIRECTORY + "index.json";

    private static final VersionedFiles<RuleSet> FILES = new VersionedFiles<>(DIRECTORY, RuleSet.class, "rule set",
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));

    private RuleSetLoader() {
    }

    /** Every rule set the index lists, by id, in the index's order. */
    public static Map<String, RuleSet> load(ClassLoader classLoader) {
        return FILES.load(classLoader, RuleSetLoader::check);
    }

    /** The ids listed in the index. */
    public static List<String> ids(ClassLoader classLoader) {
        return FILES.ids(classLoader);
    }

    /** One rule set from any stream (a test's own file). */
    public static RuleSet read(InputStream json) throws IOException {
        return FILES.read(json);
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
}
