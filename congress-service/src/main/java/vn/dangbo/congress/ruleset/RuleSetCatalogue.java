package vn.dangbo.congress.ruleset;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dangbo.kit.web.ProblemException;

/** The shipped rule sets, read once at start (a broken file fails the start). */
@ApplicationScoped
public class RuleSetCatalogue {

    private final Map<String, RuleSet> ruleSets;
    private final RuleSet current;

    /**
     * @param currentId the rule set scheduling and election structures use until a congress round names its own
     */
    public RuleSetCatalogue(@ConfigProperty(name = "dangbo.congress.rule-set", defaultValue = "2020") String currentId) {
        this.ruleSets = RuleSetLoader.load(RuleSetCatalogue.class.getClassLoader());
        this.current = find(currentId).orElseThrow(() -> new IllegalStateException(
                "dangbo.congress.rule-set=" + currentId + " is none of " + ruleSets.keySet()));
    }

    public List<RuleSet> all() {
        return List.copyOf(ruleSets.values());
    }

    public Optional<RuleSet> find(String id) {
        return Optional.ofNullable(ruleSets.get(id));
    }

    /** @throws ProblemException 404 for an unknown id */
    public RuleSet get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Không có bộ quy tắc đại hội với mã " + id
                + "; các bộ hiện có: " + String.join(", ", ruleSets.keySet())));
    }

    public RuleSet current() {
        return current;
    }
}
