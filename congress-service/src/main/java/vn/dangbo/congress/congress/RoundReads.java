package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.congress.congress.ScheduleRules.Missing;
import vn.dangbo.congress.congress.ScheduleRules.Slot;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * The targeted reads the round's rules need, each a single indexed query (a national round holds about 52,000
 * congresses: no request loads them all). Congresses that still stand are those not cancelled; {@code self}, the
 * congress being moved, never counts against itself.
 */
@ApplicationScoped
public class RoundReads {

    /** Stands for "no congress being moved" in the queries (a null parameter has no type in a native query). */
    static final UUID NONE = new UUID(0, 0);

    /** The key space of this service's advisory locks on rounds ("CONG"), apart from any other lock's. */
    private static final int ROUND_LOCKS = 0x434F4E47;

    private static final String SLOT = "select c.organisation_id, coalesce(k.name, cast(c.organisation_id as text)), "
            + "c.start_date, c.days from congress c left join known_organisation k on k.id = c.organisation_id "
            + "where c.round_id = :round and c.status <> 'CANCELLED' and c.id <> :self ";

    /** The types whose organisations hold a lower congress of a round, as stored in {@code known_organisation}. */
    private static final List<String> HOLDING = Arrays.stream(OrganisationType.values())
            .filter(ScheduleRules::holdsLowerCongress).map(Enum::name).toList();

    private final EntityManager entityManager;

    public RoundReads(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Waits for the round's lock until the transaction ends: exclusive for a congress that orders the round, shared
     * for any other (see {@link ScheduleRules#ordersTheRound}).
     */
    public void lock(UUID roundId, boolean exclusive) {
        entityManager.createNativeQuery("select count(*) from (select " + (exclusive ? "pg_advisory_xact_lock"
                        : "pg_advisory_xact_lock_shared") + "(:space, hashtext(:round))) locked")
                .setParameter("space", ROUND_LOCKS)
                .setParameter("round", roundId.toString())
                .getSingleResult();
    }

    /** The organisation's standing congress in the round (other than {@code self}). */
    public Optional<Slot> congressOf(UUID roundId, UUID organisationId, UUID self) {
        return Optional.ofNullable(congressesOf(roundId, List.of(organisationId), self).get(organisationId));
    }

    /** The standing congresses (other than {@code self}) of these organisations in the round, in one read. */
    public Map<UUID, Slot> congressesOf(UUID roundId, Collection<UUID> organisationIds, UUID self) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(SLOT + "and c.organisation_id in (:organisations)")
                .setParameter("organisations", organisationIds)
                .setParameter("round", roundId).setParameter("self", self == null ? NONE : self)
                .getResultList();
        Map<UUID, Slot> slots = new HashMap<>();
        rows.forEach(r -> slots.put((UUID) r[0], slot(r)));
        return slots;
    }

    /** The lower congress of the round (not the committee's, not {@code self}) that starts first. */
    public Optional<Slot> firstLower(UUID roundId, UUID committeeId, UUID self) {
        return slot(entityManager.createNativeQuery(SLOT + "and c.organisation_id <> :committee "
                + "order by c.start_date limit 1").setParameter("committee", committeeId), roundId, self);
    }

    /** The lower congress of the round (not the committee's, not {@code self}) that ends last. */
    public Optional<Slot> lastLower(UUID roundId, UUID committeeId, UUID self) {
        // start_date + days: the expression the index congress_round_end is built on (the end is the day before)
        return slot(entityManager.createNativeQuery(SLOT + "and c.organisation_id <> :committee "
                + "order by c.start_date + c.days desc limit 1").setParameter("committee", committeeId), roundId, self);
    }

    /** Whether any congress of the round other than {@code self} stands. */
    public boolean anyOther(UUID roundId, UUID self) {
        return !entityManager.createNativeQuery("select 1 from congress where round_id = :round "
                        + "and status <> 'CANCELLED' and id <> :self limit 1")
                .setParameter("round", roundId).setParameter("self", self).getResultList().isEmpty();
    }

    /**
     * The round's lower organisations (the nearest active congress-holding organisations below the committee)
     * with no standing congress in it: the tree is walked down from the committee through the active organisations
     * that hold no congress of their own (a national round: the provinces), so it reads the tree above the
     * grassroots only, never the cells inside grassroots committees.
     */
    public Missing withoutCongress(UUID roundId, UUID committeeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                with recursive below (id, name, type) as (
                    select k.id, k.name, k.type from known_organisation k
                    where k.parent_id = :committee and k.status = 'ACTIVE'
                  union all
                    select k.id, k.name, k.type from known_organisation k join below b on k.parent_id = b.id
                    where k.status = 'ACTIVE' and b.type not in (:holding)
                )
                select b.name, count(*) over () from below b
                where b.type in (:holding) and not exists (select 1 from congress c where c.round_id = :round
                    and c.organisation_id = b.id and c.status <> 'CANCELLED')
                order by b.name limit :limit
                """)
                .setParameter("committee", committeeId)
                .setParameter("holding", HOLDING)
                .setParameter("round", roundId)
                .setParameter("limit", ScheduleRules.NAMES_LISTED)
                .getResultList();
        if (rows.isEmpty()) {
            return Missing.NONE;
        }
        return new Missing(rows.stream().map(r -> (String) r[0]).toList(), ((Number) rows.get(0)[1]).longValue());
    }

    /** The types of the known organisations among {@code ids} (an unknown one is left out). */
    public List<OrganisationType> typesOf(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> types = entityManager.createNativeQuery("select type from known_organisation where id in (:ids)")
                .setParameter("ids", ids).getResultList();
        return types.stream().flatMap(t -> OrganisationType.parse(t).stream()).toList();
    }

    private static Optional<Slot> slot(jakarta.persistence.Query query, UUID roundId, UUID self) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter("round", roundId).setParameter("self", self == null ? NONE : self)
                .getResultList();
        return rows.stream().findFirst().map(RoundReads::slot);
    }

    private static Slot slot(Object[] row) {
        LocalDate start = date(row[2]);
        return new Slot((UUID) row[0], (String) row[1], start, CongressRules.endDate(start, ((Number) row[3]).intValue()));
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
