package vn.dangbo.congress.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The shipped agendas ({@code agendas/<id>.json}, the ids listed in the config), read once at start. */
@ApplicationScoped
public class AgendaCatalogue {

    private final Map<String, AgendaPlan> agendas = new LinkedHashMap<>();
    private final String defaultId;

    /**
     * @param ids       every agenda shipped
     * @param defaultId the agenda a round follows when it names none
     */
    public AgendaCatalogue(@ConfigProperty(name = "dangbo.congress.agendas", defaultValue = "2020-office") List<String> ids,
            @ConfigProperty(name = "dangbo.congress.agenda", defaultValue = "2020-office") String defaultId) {
        for (String id : ids) {
            agendas.put(id, AgendaLoader.load(AgendaCatalogue.class.getClassLoader(), id));
        }
        if (!agendas.containsKey(defaultId)) {
            throw new IllegalStateException("dangbo.congress.agenda=" + defaultId + " is none of " + agendas.keySet());
        }
        this.defaultId = defaultId;
    }

    public Optional<AgendaPlan> find(String id) {
        return Optional.ofNullable(agendas.get(id));
    }

    public Set<String> ids() {
        return agendas.keySet();
    }

    public String defaultId() {
        return defaultId;
    }
}
