package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.invitation.Invitee;

/**
 * An event's invitees as replies and the door see them: the counts as SQL aggregates (never every invitee loaded),
 * the invitee locked while a reply or a scan changes it, the scans recorded once per nonce.
 */
@ApplicationScoped
public class AttendanceRepository {

    /** Counts of one group or of the event (each person once): accepted counts ACCEPTED only. */
    public record Counts(long invited, long accepted, long declined, long substitutes, long pending,
            long checkedIn) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

        /** The seats confirmed: the accepted and the substitutes. */
        public long seatsTaken() {
            return accepted + substitutes;
        }
    }

    /** A scan as first answered. */
    public record Scan(UUID inviteeId, boolean checkedIn, Instant checkedInAt) {
    }

    /** A name the lookup may match: the invitee's, or the deputy's in their seat. */
    public record Name(UUID inviteeId, String fullName, String substituteName) {
    }

    private static final String COUNTS = """
            count(*),
            count(*) filter (where i.reply = 'ACCEPTED'),
            count(*) filter (where i.reply = 'DECLINED'),
            count(*) filter (where i.reply = 'SUBSTITUTE'),
            count(*) filter (where i.reply = 'PENDING'),
            count(*) filter (where i.checked_in_at is not null)
            """;

    /** The first key of the events' advisory locks: the kit's outbox relay holds a one-key lock of its own. */
    static final int EVENT_HOLD = 14;

    private final EntityManager entityManager;

    public AttendanceRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The event, held for the rest of the transaction as asked: PESSIMISTIC_READ (the scans and replies) holds it
     * shared, anything else exclusive (the close waits for the scans in progress, and none lands after it). The hold
     * is a transaction-scoped advisory lock on the event, not a row lock: ten scanners sharing a row lock would make
     * PostgreSQL write a new multixact into the event's row at every scan.
     */
    public Optional<Gathering> gathering(UUID id, LockModeType lock) {
        if (lock != LockModeType.NONE) {
            String hold = lock == LockModeType.PESSIMISTIC_READ ? "pg_advisory_xact_lock_shared"
                    : "pg_advisory_xact_lock";
            entityManager.createNativeQuery("select count(*) from " + hold + "(:feature, :event)")
                    .setParameter("feature", EVENT_HOLD).setParameter("event", id.hashCode())
                    .getSingleResult();
        }
        return Optional.ofNullable(entityManager.find(Gathering.class, id));
    }

    /** The event of an invitation's token. */
    public Optional<UUID> gatheringOfToken(String token) {
        return entityManager.createQuery("select i.gatheringId from Invitee i where i.token = :token", UUID.class)
                .setParameter("token", token).getResultStream().findFirst();
    }

    /** The invitee of this token, whatever the event, locked until the transaction ends. */
    public Optional<Invitee> lockByToken(String token) {
        return entityManager.createQuery("from Invitee i where i.token = :token", Invitee.class)
                .setParameter("token", token).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /**
     * The invitees of this event whose token starts with the code printed under the QR code (typed at the door
     * when the code does not scan), locked; more than one means the code is too short to tell them apart.
     */
    public List<Invitee> lockByShortCode(UUID gatheringId, String code) {
        // substring, not LIKE: the token's alphabet holds '_', a LIKE wildcard
        return entityManager.createQuery("from Invitee i where i.gatheringId = :g and substring(i.token, 1, :n) = :code",
                        Invitee.class)
                .setParameter("g", gatheringId).setParameter("n", code.length()).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(2).getResultList();
    }

    /** The invitee of this event, locked until the transaction ends: replies and scans of one person take turns. */
    public Optional<Invitee> lock(UUID gatheringId, UUID inviteeId) {
        return entityManager.createQuery("from Invitee i where i.id = :id and i.gatheringId = :g", Invitee.class)
                .setParameter("id", inviteeId).setParameter("g", gatheringId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public Optional<Scan> scan(UUID gatheringId, String nonce) {
        List<?> rows = entityManager.createNativeQuery("""
                        select invitee_id, outcome, checked_in_at from check_in_scan
                        where gathering_id = :g and nonce = :nonce""")
                .setParameter("g", gatheringId).setParameter("nonce", nonce).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Scan((UUID) r[0], "CHECKED_IN".equals(r[1]), instant(r[2]))).findFirst();
    }

    /** @return false when the nonce was already recorded for the event */
    public boolean recordScan(UUID gatheringId, UUID inviteeId, String nonce, boolean checkedIn,
            Instant checkedInAt, Instant scannedAt, String scannedBy) {
        return entityManager.createNativeQuery("""
                        insert into check_in_scan (id, gathering_id, invitee_id, nonce, outcome, checked_in_at,
                                                   scanned_at, scanned_by)
                        values (:id, :g, :i, :nonce, :outcome, :checkedInAt, :scannedAt, :by)
                        on conflict (gathering_id, nonce) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("g", gatheringId).setParameter("i", inviteeId)
                .setParameter("nonce", nonce).setParameter("outcome", checkedIn ? "CHECKED_IN" : "ALREADY")
                .setParameter("checkedInAt", Timestamp.from(checkedInAt))
                .setParameter("scannedAt", Timestamp.from(scannedAt)).setParameter("by", scannedBy)
                .executeUpdate() == 1;
    }

    /** The event's counts, each person once (withdrawn invitees count nowhere). */
    public Counts total(UUID gatheringId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("select " + COUNTS
                        + " from invitee i where i.gathering_id = :g and not i.withdrawn")
                .setParameter("g", gatheringId).getSingleResult();
        return counts(row, 0);
    }

    /** Per group code: a person in three groups counts in each of the three. */
    public Map<String, Counts> perGroup(UUID gatheringId) {
        List<?> rows = entityManager.createNativeQuery("select r.group_code, " + COUNTS + """
                         from invitee i join invitee_role r on r.invitee_id = i.id
                        where i.gathering_id = :g and not i.withdrawn
                        group by r.group_code order by r.group_code""")
                .setParameter("g", gatheringId).getResultList();
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (Object o : rows) {
            Object[] row = (Object[]) o;
            counts.put((String) row[0], counts(row, 1));
        }
        return counts;
    }

    /** Who has not replied, in Vietnamese order, their roles with them. */
    public List<Invitee> pending(UUID gatheringId) {
        return entityManager.createQuery("""
                        select distinct i from Invitee i left join fetch i.roles
                        where i.gatheringId = :g and not i.withdrawn and i.reply = :pending
                        order by i.sortKey, i.id""", Invitee.class)
                .setParameter("g", gatheringId).setParameter("pending", Invitee.Reply.PENDING).getResultList();
    }

    /** Who came, in Vietnamese order, their roles with them. */
    public List<Invitee> checkedIn(UUID gatheringId) {
        return entityManager.createQuery("""
                        select distinct i from Invitee i left join fetch i.roles
                        where i.gatheringId = :g and not i.withdrawn and i.checkedInAt is not null
                        order by i.sortKey, i.id""", Invitee.class)
                .setParameter("g", gatheringId).getResultList();
    }

    /** The names of an event's invitees (a few hundred short rows), for the lookup by name. */
    public List<Name> names(UUID gatheringId) {
        return entityManager.createQuery("""
                        select i.id, i.fullName, i.substituteName
                        from Invitee i where i.gatheringId = :g and not i.withdrawn""", Object[].class)
                .setParameter("g", gatheringId).getResultStream()
                .map(r -> new Name((UUID) r[0], (String) r[1], (String) r[2])).toList();
    }

    public List<Invitee> withRoles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        return entityManager.createQuery("""
                        select distinct i from Invitee i left join fetch i.roles
                        where i.id in :ids order by i.sortKey, i.id""", Invitee.class)
                .setParameter("ids", ids).getResultList();
    }

    private static Counts counts(Object[] row, int from) {
        return new Counts(number(row[from]), number(row[from + 1]), number(row[from + 2]), number(row[from + 3]),
                number(row[from + 4]), number(row[from + 5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value);
    }
}
