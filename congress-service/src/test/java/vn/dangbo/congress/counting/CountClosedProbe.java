package vn.dangbo.congress.counting;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.dangbo.congress.election.ElectionRepository;

/**
 * Observes {@link CountClosed} as the result package will: records, per election, whether it ran inside the
 * closing's transaction and whether the closed figures were there to read.
 */
@ApplicationScoped
public class CountClosedProbe {

    private final Map<UUID, String> seen = new ConcurrentHashMap<>();
    private final ElectionRepository elections;

    public CountClosedProbe(ElectionRepository elections) {
        this.elections = elections;
    }

    void on(@Observes CountClosed closed) {
        seen.put(closed.electionId(), (QuarkusTransaction.isActive() ? "in transaction" : "outside")
                + (elections.findById(closed.electionId()).countClosedAt != null ? ", figures written"
                        : ", figures missing"));
    }

    public String seen(UUID electionId) {
        return seen.get(electionId);
    }
}
