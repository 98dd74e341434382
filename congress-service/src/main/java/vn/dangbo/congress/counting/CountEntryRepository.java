package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CountEntryRepository implements PanacheRepositoryBase<CountEntry, UUID> {

    public List<CountEntry> ofUnit(UUID electionId, String unit) {
        return list("electionId = ?1 and unit = ?2 order by logSeq", electionId, unit);
    }

    public List<CountEntry> ofElection(UUID electionId) {
        return list("electionId = ?1 order by logSeq", electionId);
    }

    /** The entries of the election's ballots in mismatch, in the order they were entered. */
    public List<CountEntry> ofMismatches(UUID electionId) {
        return getEntityManager().createQuery("""
                select e from CountEntry e, CountUnit u
                where u.electionId = e.electionId and u.unit = e.unit and e.electionId = :election
                  and u.status = :status
                order by e.unit, e.logSeq""", CountEntry.class)
                .setParameter("election", electionId).setParameter("status", UnitStatus.MISMATCH)
                .getResultList();
    }
}
