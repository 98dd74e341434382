package vn.dangbo.congress.result;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.Office;

@ApplicationScoped
public class ElectionResultRepository implements PanacheRepositoryBase<ElectionResult, UUID> {

    /** The members the congress elected to its executive committee (every round): the new committee's electorate. */
    public List<Candidate> committeeElected(UUID congressId) {
        return getEntityManager().createQuery("""
                select c from Candidate c, Election e
                where c.electionId = e.id and e.congressId = :congress and e.office = :office and c.outcome = :elected
                order by c.fullName""", Candidate.class)
                .setParameter("congress", congressId)
                .setParameter("office", Office.PARTY_COMMITTEE)
                .setParameter("elected", ResultRules.Outcome.ELECTED.name())
                .getResultList();
    }

    /** The highest round of the office held at the congress (a runoff or another round takes the next number). */
    public int lastRound(UUID congressId, Office office) {
        Integer last = getEntityManager().createQuery(
                "select max(e.roundNo) from Election e where e.congressId = :congress and e.office = :office",
                Integer.class)
                .setParameter("congress", congressId)
                .setParameter("office", office)
                .getSingleResult();
        return last == null ? 0 : last;
    }

    /** The elections of the congress, by office and round. */
    public List<Election> elections(UUID congressId) {
        return getEntityManager().createQuery(
                "select e from Election e where e.congressId = :congress order by e.createdAt, e.roundNo", Election.class)
                .setParameter("congress", congressId)
                .getResultList();
    }
}
