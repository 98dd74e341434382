package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class ElectionCountRepository implements PanacheRepositoryBase<ElectionCount, UUID> {

    /**
     * Creates the election's count row unless it exists (a concurrent first write waits for the other's commit, then
     * finds it). @return whether this call created it
     */
    public boolean createIfAbsent(UUID electionId, UUID congressId, int tellersPerBallot) {
        return getEntityManager().createNativeQuery("""
                insert into election_count (election_id, congress_id, tellers_per_ballot, last_seq, last_hash, version)
                values (?1, ?2, ?3, 0, ?4, 0) on conflict (election_id) do nothing""")
                .setParameter(1, electionId).setParameter(2, congressId).setParameter(3, tellersPerBallot)
                .setParameter(4, CountLogRules.GENESIS)
                .executeUpdate() == 1;
    }

    /** The count row locked for this transaction: the one place the election's writes queue. */
    public ElectionCount lockForWrite(UUID electionId) {
        return getEntityManager().find(ElectionCount.class, electionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The count row held against writes while the log and the entries are read together. */
    public ElectionCount lockForRead(UUID electionId) {
        return getEntityManager().find(ElectionCount.class, electionId, LockModeType.PESSIMISTIC_READ);
    }
}
