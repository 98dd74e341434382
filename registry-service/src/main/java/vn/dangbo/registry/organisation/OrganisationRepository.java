package vn.dangbo.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.persistence.LikePatterns;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public List<Organisation> children(UUID parentId) {
        return list("parentId = ?1 order by name", parentId);
    }

    public List<Organisation> activeChildren(UUID parentId) {
        return list("parentId = ?1 and status = ?2 order by name", parentId, OrganisationStatus.ACTIVE);
    }

    /** The organisation and its descendants, level by level, by name within a level. */
    public List<Organisation> subtree(Organisation root, int page, int size) {
        // every path segment has the same length (a UUID), so a shorter path is a higher level
        return find("path like ?1 order by length(path), name, id", LikePatterns.startingWith(root.path))
                .page(Page.of(page, size)).list();
    }

    /** The organisations below {@code root}, not itself. */
    public List<Organisation> descendants(Organisation root) {
        return list("path like ?1 and id <> ?2", LikePatterns.startingWith(root.path), root.id);
    }

    /** The active organisations below {@code root}, not itself, by name within their parent. */
    public List<Organisation> activeDescendants(Organisation root) {
        return list("path like ?1 and id <> ?2 and status = ?3 order by name, id",
                LikePatterns.startingWith(root.path), root.id, OrganisationStatus.ACTIVE);
    }

    public long subtreeSize(Organisation root) {
        return count("path like ?1", LikePatterns.startingWith(root.path));
    }

    public List<UUID> subtreeIds(Organisation root) {
        return getEntityManager().createQuery("select o.id from Organisation o where o.path like :prefix", UUID.class)
                .setParameter("prefix", LikePatterns.startingWith(root.path)).getResultList();
    }

    /** Rewrites the paths of the descendants of a moved organisation (its own row is already updated). */
    public int rewriteDescendantPaths(UUID id, String oldPath, String newPath) {
        return getEntityManager().createNativeQuery("update organisation set path = :newPath || substr(path, :cut) "
                + "where path like :oldPrefix and id <> :id")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPrefix", LikePatterns.startingWith(oldPath))
                .setParameter("id", id)
                .executeUpdate();
    }

}
