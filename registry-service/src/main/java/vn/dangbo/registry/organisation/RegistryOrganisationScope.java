package vn.dangbo.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.kit.security.OrganisationScope;

/** The registry owns the tree, so it answers subtree questions from its own table, never from events. */
@ApplicationScoped
public class RegistryOrganisationScope implements OrganisationScope {

    private final OrganisationRepository organisations;

    public RegistryOrganisationScope(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public boolean contains(UUID root, UUID organisation) {
        return organisations.findByIdOptional(organisation)
                .map(o -> o.path.contains("/" + root + "/"))
                .orElse(false);
    }
}
