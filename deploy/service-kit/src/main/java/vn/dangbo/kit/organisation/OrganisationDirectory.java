package vn.dangbo.kit.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.persistence.LikePatterns;
import vn.dangbo.kit.security.OrganisationScope;

/**
 * The organisation tree of {@code registry.organisations.v1}, rebuilt from its events. Every organisation
 * event carries the organisation's whole public state ({@code /organisation}), so applying one is an
 * upsert; a changed path (a move) is carried down to the descendants.
 *
 * <p>The default {@link OrganisationScope} of a consuming service; the registry, which owns the tree,
 * provides its own.
 */
@DefaultBean
@ApplicationScoped
public class OrganisationDirectory implements OrganisationScope {

    private final EntityManager entityManager;

    public OrganisationDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The event types this directory understands: every organisation event of the registry. */
    public static final String EVENT_TYPE_PREFIX = "vn.dangbo.registry.organisation.";

    /**
     * Applies an event of {@code registry.organisations.v1}; an event of another kind is ignored (a newer
     * producer may add kinds this service does not need).
     *
     * @return the organisation as now known, or null when the event was ignored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public KnownOrganisation apply(IncomingEvent event) {
        if (!event.type().startsWith(EVENT_TYPE_PREFIX)) {
            return null;
        }
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
                    .setParameter("oldPrefix", LikePatterns.startingWith(oldPath))
                    .setParameter("id", id)
                    .executeUpdate();
        }
        return known;
    }

    public Optional<KnownOrganisation> find(UUID id) {
        return Optional.ofNullable(entityManager.find(KnownOrganisation.class, id));
    }

    public List<KnownOrganisation> children(UUID parentId) {
        return entityManager.createQuery(
                "from KnownOrganisation o where o.parentId = :parent order by o.name", KnownOrganisation.class)
                .setParameter("parent", parentId)
                .getResultList();
    }

    @Override
    public boolean contains(UUID root, UUID organisation) {
        if (root.equals(organisation)) {
            return true;
        }
        return find(organisation).map(o -> o.path.contains("/" + root + "/")).orElse(false);
    }

    private static String pathOf(JsonNode ids) {
        StringBuilder path = new StringBuilder("/");
        for (JsonNode id : ids) {
            path.append(UUID.fromString(id.asText())).append('/');
        }
        return path.toString();
    }
}
