package vn.dangbo.congress.roll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Applies an organisation event to the kit's {@link OrganisationDirectory}.
 *
 * <p>Workaround, to be removed once service-kit is fixed: {@code OrganisationDirectory.apply} persists a
 * new {@link KnownOrganisation} before assigning its fields, and Hibernate inserts the state an entity had
 * when it was persisted, so the insert of every new organisation fails on {@code path not null}. A
 * placeholder row (version -1, older than any registry state) is inserted first when the organisation is
 * new; the directory then finds it and overwrites every field in the same transaction.
 */
@ApplicationScoped
public class OrganisationTree {

    private final OrganisationDirectory directory;
    private final EntityManager entityManager;

    public OrganisationTree(OrganisationDirectory directory, EntityManager entityManager) {
        this.directory = directory;
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public KnownOrganisation apply(IncomingEvent event) {
        String rawId = event.required("/organisation/id").asText();
        UUID id;
        try {
            id = UUID.fromString(rawId);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + ": /organisation/id is not a UUID: " + rawId);
        }
        entityManager.createNativeQuery("insert into known_organisation (id, path, type, name, status, version) "
                + "values (:id, :path, '-', '-', '-', -1) on conflict (id) do nothing")
                .setParameter("id", id)
                .setParameter("path", "/" + id + "/")
                .executeUpdate();
        return directory.apply(event);
    }
}
