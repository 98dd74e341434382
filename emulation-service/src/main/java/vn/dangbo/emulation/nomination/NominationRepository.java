package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.persistence.LikePatterns;
import vn.dangbo.kit.web.ProblemException;

/** The nominations of the movements, and the list's query (filtered and paged in SQL). */
@ApplicationScoped
public class NominationRepository {

    /** The list's filters; null for none. {@code underPath} is a subtree root's path ({@code /…/id/}). */
    public record Filter(NominationState state, UUID nominatedBy, String underPath) {
    }

    /** A path of ids as the directory writes it: nothing to escape in it. */
    private static final Pattern PATH = Pattern.compile("[0-9a-fA-F/-]+");

    private final EntityManager entityManager;

    public NominationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 naming the id when the movement has no such nomination */
    public Nomination require(UUID movementId, UUID id) {
        Nomination nomination = entityManager.find(Nomination.class, id);
        if (nomination == null || !nomination.movementId.equals(movementId)) {
            throw ProblemException.notFound("Phong trào thi đua không có hồ sơ đề nghị khen thưởng với mã " + id);
        }
        return nomination;
    }

    /** The nomination that holds the nominee in this movement (any state but rejected), if any. */
    public Optional<Nomination> holding(UUID movementId, UUID nomineeId) {
        return entityManager.createQuery("from Nomination n where n.movementId = :m and n.nomineeId = :nominee "
                        + "and n.state <> :rejected order by n.createdAt", Nomination.class)
                .setParameter("m", movementId).setParameter("nominee", nomineeId)
                .setParameter("rejected", NominationState.REJECTED).setMaxResults(1).getResultList().stream()
                .findFirst();
    }

    public void persist(Nomination nomination) {
        entityManager.persist(nomination);
    }

    /** One page in the list's order (sort key, then id: stable between pages). */
    @SuppressWarnings("unchecked")
    public List<Nomination> page(UUID movementId, Filter filter, int offset, int size) {
        List<Object> parameters = new ArrayList<>();
        String sql = "select n.* from nomination n" + where(movementId, filter, parameters)
                + " order by n.sort_key, n.id limit " + size + " offset " + offset;
        Query query = entityManager.createNativeQuery(sql, Nomination.class);
        bind(query, parameters);
        return query.getResultList();
    }

    public long count(UUID movementId, Filter filter) {
        List<Object> parameters = new ArrayList<>();
        Query query = entityManager.createNativeQuery("select count(*) from nomination n"
                + where(movementId, filter, parameters));
        bind(query, parameters);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The organisations named by a page, in one query. */
    public Map<UUID, KnownOrganisation> organisations(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from KnownOrganisation o where o.id in :ids", KnownOrganisation.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
    }

    // the subtree goes through known_organisation's path index (varchar_pattern_ops), joined to the nominee's
    // organisation; the movement's rows are read in (sort_key, id) order from nomination_movement_order
    private static String where(UUID movementId, Filter filter, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        if (filter.underPath() != null) {
            sql.append(" join known_organisation o on o.id = n.organisation_id and o.path like ");
            if (PATH.matcher(filter.underPath()).matches()) {
                // a literal prefix, so that a reused (generic) plan still ranges over the path index
                sql.append('\'').append(filter.underPath()).append("%'");
            } else {
                sql.append('?');
                parameters.add(LikePatterns.startingWith(filter.underPath()));
            }
        }
        sql.append(" where n.movement_id = ?");
        parameters.add(movementId);
        if (filter.state() != null) {
            sql.append(" and n.state = ?");
            parameters.add(filter.state().name());
        }
        if (filter.nominatedBy() != null) {
            sql.append(" and n.nominated_by = ?");
            parameters.add(filter.nominatedBy());
        }
        return sql.toString();
    }

    private static void bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
    }
}
