package vn.dangbo.emulation.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * TEMPORARY, delete when service-kit is fixed: the kit's {@link OrganisationDirectory#apply} persists a new
 * {@link KnownOrganisation} before filling it in, so Hibernate inserts the row with null columns and every
 * first event of an organisation fails (NOT NULL on path) and ends on the dead-letter topic. This is the
 * kit's method with the one change the kit needs: fill the new row in, then persist it. Being a bean of type
 * {@link OrganisationDirectory}, it replaces the kit's {@code @DefaultBean} (for the consumer and for
 * {@code OrganisationScope}); everything else is inherited.
 */
@ApplicationScoped
public class OrganisationDirectoryFix extends OrganisationDirectory {

    private final EntityManager entityManager;

    @Inject
    public OrganisationDirectoryFix(EntityManager entityManager) {
        super(entityManager);
        this.entityManager = entityManager;
    }

    /** For the CDI client proxy only (the kit's class has no no-args constructor to generate one from). */
    OrganisationDirectoryFix() {
        this(null);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownOrganisation apply(IncomingEvent event) {
        JsonNode org = event.required("/organisation");
        UUID id = UUID.fromString(event.required("/organisation/id").asText());
        long version = event.required("/organisation/version").asLong();
        KnownOrganisation known = entityManager.find(KnownOrganisation.class, id);
        if (known != null && known.version >= version) {
            return known; // an older state arriving late changes nothing
        }
        String newPath = pathOf(event.required("/organisation/path"));
        String oldPath = known == null ? null : known.path;
        boolean isNew = known == null;
        if (isNew) {
            known = new KnownOrganisation();
            known.id = id;
        }
        known.parentId = org.hasNonNull("parentId") ? UUID.fromString(org.get("parentId").asText()) : null;
        known.path = newPath;
        known.type = event.required("/organisation/type").asText();
        known.name = event.required("/organisation/name").asText();
        known.shortCode = org.hasNonNull("shortCode") ? org.get("shortCode").asText() : null;
        known.status = event.required("/organisation/status").asText();
        known.version = version;
        if (isNew) {
            entityManager.persist(known);
        }
        if (oldPath != null && !oldPath.equals(newPath)) {
            entityManager.flush();
            entityManager.createNativeQuery("update known_organisation set path = :newPath || substr(path, :cut) "
                    + "where path like :oldPrefix and id <> :id")
                    .setParameter("newPath", newPath)
                    .setParameter("cut", oldPath.length() + 1)
                    .setParameter("oldPrefix", oldPath.replace("%", "\\%").replace("_", "\\_") + "%")
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return known;
    }

    private static String pathOf(JsonNode ids) {
        StringBuilder path = new StringBuilder("/");
        for (JsonNode id : ids) {
            path.append(UUID.fromString(id.asText())).append('/');
        }
        return path.toString();
    }
}
