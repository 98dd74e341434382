package vn.dangbo.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.kit.web.ProblemException;

/** The organisation tree as read: one organisation, its children, its subtree, its ancestors. */
@ApplicationScoped
public class OrganisationQueries {

    private final OrganisationRepository organisations;

    public OrganisationQueries(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + id));
    }

    public List<Organisation> children(UUID id) {
        get(id);
        return organisations.children(id);
    }

    public List<Organisation> subtree(UUID id, int page, int size) {
        return organisations.subtree(get(id), page, size);
    }

    public long subtreeSize(UUID id) {
        return organisations.subtreeSize(get(id));
    }

    /** The ids of the organisation and all its descendants. */
    public List<UUID> subtreeIds(UUID id) {
        return organisations.subtreeIds(get(id));
    }

    /** The organisations with these ids (those that exist), by id. */
    public Map<UUID, Organisation> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // one array parameter: an import asks for thousands at once
        @SuppressWarnings("unchecked")
        List<Organisation> found = organisations.getEntityManager().createNativeQuery(
                "select * from organisation where id = any(cast(:ids as uuid[]))", Organisation.class)
                .setParameter("ids", ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return found.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    /** From the root down to the organisation itself. */
    public List<Organisation> pathToRoot(UUID id) {
        Organisation organisation = get(id);
        List<UUID> ids = organisation.pathIds();
        Map<UUID, Organisation> byId = organisations.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        List<Organisation> path = new ArrayList<>();
        for (UUID ancestor : ids) {
            path.add(byId.get(ancestor));
        }
        return path;
    }

    /** The active organisations of a subtree, each parent before its children (siblings by name). */
    public List<Organisation> activeSubtreeTopDown(UUID rootId) {
        Organisation root = get(rootId);
        Map<UUID, List<Organisation>> children = new HashMap<>();
        for (Organisation o : organisations.activeDescendants(root)) {
            children.computeIfAbsent(o.parentId, k -> new ArrayList<>()).add(o);
        }
        List<Organisation> ordered = new ArrayList<>();
        Deque<Organisation> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Organisation next = stack.pop();
            ordered.add(next);
            List<Organisation> below = children.getOrDefault(next.id, List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                stack.push(below.get(i));
            }
        }
        return ordered;
    }
}
