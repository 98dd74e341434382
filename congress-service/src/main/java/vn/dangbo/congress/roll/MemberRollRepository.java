package vn.dangbo.congress.roll;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.persistence.LikePatterns;

@ApplicationScoped
public class MemberRollRepository implements PanacheRepositoryBase<RollMember, UUID> {

    /**
     * Members still on the list (not LEFT) of the organisation and of every organisation below it. A cell's own members count even
     * before the cell's organisation event has arrived (the two topics are not ordered with each other).
     */
    public MemberCounts countInSubtree(KnownOrganisation organisation) {
        List<Object[]> rows = getEntityManager().createQuery(
                "select m.status, count(m) from RollMember m where m.state = :active and (m.organisationId = :id "
                        + "or m.organisationId in (select k.id from KnownOrganisation k where k.path like :prefix)) "
                        + "group by m.status", Object[].class)
                .setParameter("active", RollMember.ACTIVE)
                .setParameter("id", organisation.id)
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .getResultList();
        long full = 0;
        long probationary = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if (RollMember.FULL.equals(row[0])) {
                full += count;
            } else if (RollMember.PROBATIONARY.equals(row[0])) {
                probationary += count;
            }
        }
        return new MemberCounts(full, probationary);
    }

    /** The members counted by {@link #countInSubtree}: those expected at the organisation's all-member congress. */
    public List<RollMember> activeInSubtree(KnownOrganisation organisation) {
        return getEntityManager().createQuery(
                "select m from RollMember m where m.state = :active and (m.organisationId = :id "
                        + "or m.organisationId in (select k.id from KnownOrganisation k where k.path like :prefix))",
                RollMember.class)
                .setParameter("active", RollMember.ACTIVE)
                .setParameter("id", organisation.id)
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .getResultList();
    }
}
