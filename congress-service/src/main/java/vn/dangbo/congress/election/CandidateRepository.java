package vn.dangbo.congress.election;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<Candidate, UUID> {

    /** The names on an election's list, in printed order (by nomination before the list is approved). */
    public List<Candidate> onList(UUID electionId) {
        return list("electionId = ?1 and status = ?2 order by position nulls last, createdAt", electionId,
                CandidateStatus.ON_LIST);
    }

    public List<Candidate> ofElection(UUID electionId) {
        return list("electionId = ?1 order by position nulls last, createdAt", electionId);
    }

    /** The candidates declared ELECTED to the office at the congress, in any round, one per member. */
    public List<Candidate> electedAt(UUID congressId, Office office) {
        List<Candidate> elected = getEntityManager().createQuery("""
                select c from Candidate c, Election e
                where c.electionId = e.id and e.congressId = :congress and e.office = :office and c.outcome = :elected
                order by e.roundNo, c.position, c.id""", Candidate.class)
                .setParameter("congress", congressId).setParameter("office", office)
                .setParameter("elected", ELECTED).getResultList();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        return elected.stream().filter(c -> seen.add(c.memberId)).toList();
    }

    /** How many candidates each of the congress' elections has declared ELECTED (elections with none left out). */
    public java.util.Map<UUID, Integer> electedPerElection(UUID congressId) {
        java.util.Map<UUID, Integer> counts = new java.util.HashMap<>();
        getEntityManager().createQuery("""
                select c.electionId, count(c) from Candidate c, Election e
                where c.electionId = e.id and e.congressId = :congress and c.outcome = :elected
                group by c.electionId""", Object[].class)
                .setParameter("congress", congressId).setParameter("elected", ELECTED).getResultList()
                .forEach(row -> counts.put((UUID) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    /** The outcome a declared result gives a candidate who won a seat. */
    public static final String ELECTED = "ELECTED";
}
