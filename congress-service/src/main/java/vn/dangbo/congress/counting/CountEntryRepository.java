package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CountEntryRepository implements PanacheRepositoryBase<CountEntry, UUID> {

    public List<CountEntry> ofUnit(UUID electionId, String unit) {
        return list("electionId = ?1 and unit = ?2 order by logSeq", electionId, unit);
    }

    /** Every entry of the election as "unit / teller" → content, read as plain rows (a long count stays light). */
    public Map<String, String> contentsOf(UUID electionId) {
        Map<String, String> contents = new LinkedHashMap<>();
        getEntityManager().createQuery("""
                select e.unit, e.tellerCode, e.content from CountEntry e where e.electionId = :election
                order by e.logSeq""", Object[].class)
                .setParameter("election", electionId).getResultStream()
                .forEach(r -> contents.put(LogReplayRules.entryKey((String) r[0], (String) r[1]), (String) r[2]));
        return contents;
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
