package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.persistence.LikePatterns;

/** The grassroots organisations of the registry's tree, as kept in {@code known_organisation}. */
@ApplicationScoped
public class EligibleOrganisationRepository {

    private final EntityManager entityManager;

    public EligibleOrganisationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<KnownOrganisation> blocs() {
        return entityManager.createQuery("from KnownOrganisation o where o.type = :type", KnownOrganisation.class)
                .setParameter("type", OrganisationType.BLOC_COMMITTEE.name())
                .getResultList();
    }

    /** Active grassroots organisations anywhere below the organisation with this path ({@code /…/id/}). */
    public List<KnownOrganisation> activeGrassrootsBelow(String path) {
        return entityManager.createQuery("from KnownOrganisation o where o.path like :prefix and o.type in :types "
                + "and o.status = :status", KnownOrganisation.class)
                .setParameter("prefix", LikePatterns.startingWith(path))
                .setParameter("types", MovementEligibility.GRASSROOTS_TYPES)
                .setParameter("status", MovementEligibility.ACTIVE)
                .getResultList();
    }

}
