package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The organisations a team plays for (one grassroots organisation, or up to three cells), by name, for the result
 * notice. The teams' feature keeps them in {@code team_organisation}.
 */
@ApplicationScoped
public class TeamOrganisations {

    private final EntityManager entityManager;
    private final OrganisationDirectory organisations;

    public TeamOrganisations(EntityManager entityManager, OrganisationDirectory organisations) {
        this.entityManager = entityManager;
        this.organisations = organisations;
    }

    /** Each team's organisations' names, in Vietnamese order; a team with none known has an empty list. */
    public Map<UUID, List<String>> names(Collection<UUID> teamIds) {
        Map<UUID, List<String>> names = new HashMap<>();
        teamIds.forEach(id -> names.put(id, new ArrayList<>()));
        if (teamIds.isEmpty()) {
            return names;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select team_id, organisation_id from"
                + " team_organisation where team_id in (:ids) and active").setParameter("ids", teamIds)
                .getResultList();
        for (Object[] row : rows) {
            UUID team = (UUID) row[0];
            organisations.find((UUID) row[1]).ifPresent(o -> names.get(team).add(o.name));
        }
        names.values().forEach(list -> list.sort(VietnameseText.collator()));
        return names;
    }
}
