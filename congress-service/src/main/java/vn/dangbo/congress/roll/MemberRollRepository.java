package vn.dangbo.congress.roll;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
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
    /**
     * The members on the list of the organisation's subtree, counted up to {@code cap} at most: enough to tell a
     * threshold (the delegate congress' 200) from one query that stops early, where a whole count of a national
     * committee would read millions of rows. Walks the subtree's organisations in path order and each one's members by
     * index until the cap.
     */
    public long countInSubtreeUpTo(KnownOrganisation organisation, int cap) {
        return ((Number) getEntityManager().createNativeQuery("""
                select count(*) from (
                    select 1 from known_organisation k
                    join member_roll m on m.organisation_id = k.id and m.state = :active
                    where k.path like :prefix
                    limit :cap) capped""")
                .setParameter("active", RollMember.ACTIVE)
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .setParameter("cap", cap)
                .getSingleResult()).longValue();
    }

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

    /**
     * The members of the organisation and of every organisation below it as the roll stood on {@code date}:
     * admitted on or before it, not yet left on it (a member who left later still counts), full when made full
     * on or before it, else probationary. A row without dates (stored before the registry's dates were kept) is
     * counted by its current state. Transfers are not dated on the roll: a member counts where they are now.
     */
    public MemberCounts countInSubtreeOn(KnownOrganisation organisation, LocalDate date) {
        String fullOnDate = "(m.fullMemberOn <= :date or (m.fullMemberOn is null and m.status = :full))";
        Object[] row = getEntityManager().createQuery(
                "select sum(case when " + fullOnDate + " then 1 else 0 end), "
                        + "sum(case when " + fullOnDate + " then 0 else 1 end) from RollMember m "
                        + "where (m.admittedOn is null or m.admittedOn <= :date) "
                        + "and (m.state = :active or m.leftOn > :date) "
                        + "and (m.organisationId = :id or m.organisationId in "
                        + "(select k.id from KnownOrganisation k where k.path like :prefix))", Object[].class)
                .setParameter("date", date)
                .setParameter("full", RollMember.FULL)
                .setParameter("active", RollMember.ACTIVE)
                .setParameter("id", organisation.id)
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .getSingleResult();
        return new MemberCounts(count(row[0]), count(row[1]));
    }

    /**
     * The members {@link #countInSubtreeOn} counts, each with whether they were a full member on {@code date}: those
     * convened to the organisation's all-member congress that starts on it.
     */
    public List<MemberOnDate> inSubtreeOn(KnownOrganisation organisation, LocalDate date) {
        return getEntityManager().createQuery(
                "select new vn.dangbo.congress.roll.MemberOnDate(m.id, m.organisationId, m.fullName, "
                        + "case when (m.fullMemberOn <= :date or (m.fullMemberOn is null and m.status = :full)) "
                        + "then true else false end) from RollMember m "
                        + "where (m.admittedOn is null or m.admittedOn <= :date) "
                        + "and (m.state = :active or m.leftOn > :date) "
                        + "and (m.organisationId = :id or m.organisationId in "
                        + "(select k.id from KnownOrganisation k where k.path like :prefix))", MemberOnDate.class)
                .setParameter("date", date)
                .setParameter("full", RollMember.FULL)
                .setParameter("active", RollMember.ACTIVE)
                .setParameter("id", organisation.id)
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .getResultList();
    }

    /** A sum over no rows is null. */
    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
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
