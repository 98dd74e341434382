package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CountingCommitteeRepository implements PanacheRepositoryBase<CountingCommittee, UUID> {

    /** Whether any election of the congress has started counting (its tellers per ballot are then fixed). */
    public boolean countingStarted(UUID congressId) {
        return getEntityManager().createQuery("select count(c) from ElectionCount c where c.congressId = :congress",
                Long.class).setParameter("congress", congressId).getSingleResult() > 0;
    }

    /** Whether the teller has entered a ballot in any election of the congress. */
    public boolean hasEntered(UUID congressId, String tellerCode) {
        return getEntityManager().createQuery("""
                select count(e) from CountEntry e, ElectionCount c
                where c.electionId = e.electionId and c.congressId = :congress and e.tellerCode = :code""", Long.class)
                .setParameter("congress", congressId).setParameter("code", tellerCode).getSingleResult() > 0;
    }
}
