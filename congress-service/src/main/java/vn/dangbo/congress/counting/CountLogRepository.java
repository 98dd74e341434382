package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CountLogRepository implements PanacheRepositoryBase<CountLogRow, CountLogRow.Key> {

    /** The election's log as records, in order (read as plain rows: a long log is not kept in the session). */
    public List<LogReplayRules.LogRecord> of(UUID electionId) {
        return getEntityManager().createQuery("""
                select l.seq, l.kind, l.payload, l.prevHash, l.hash
                from CountLogRow l where l.electionId = :election order by l.seq""", Object[].class)
                .setParameter("election", electionId).getResultStream()
                .map(r -> new LogReplayRules.LogRecord((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4]))
                .toList();
    }
}
