package vn.dangbo.congress.checklist;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The shipped document checklists, read once at start (a broken file fails the start). */
@ApplicationScoped
public class ChecklistCatalogue {

    private final Map<String, Checklist> checklists;
    private final String defaultId;

    /** @param defaultId the checklist a round follows when it names none */
    public ChecklistCatalogue(
            @ConfigProperty(name = "dangbo.congress.checklist", defaultValue = "2020-office") String defaultId) {
        this.checklists = ChecklistLoader.load(ChecklistCatalogue.class.getClassLoader());
        if (!checklists.containsKey(defaultId)) {
            throw new IllegalStateException("dangbo.congress.checklist=" + defaultId + " is none of "
                    + checklists.keySet());
        }
        this.defaultId = defaultId;
    }

    public Optional<Checklist> find(String id) {
        return Optional.ofNullable(checklists.get(id));
    }

    public Set<String> ids() {
        return checklists.keySet();
    }

    public String defaultId() {
        return defaultId;
    }
}
