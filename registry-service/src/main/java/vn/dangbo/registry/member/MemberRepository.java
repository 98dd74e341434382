package vn.dangbo.registry.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    /** The members on the list of a cell (those who left are only in the history). */
    public List<Member> inOrganisation(UUID organisationId) {
        return list("organisationId = ?1 and standing = ?2 order by fullName", organisationId, Standing.ACTIVE);
    }

    public long activeIn(UUID organisationId) {
        return count("organisationId = ?1 and standing = ?2", organisationId, Standing.ACTIVE);
    }

    public boolean nationalIdTaken(String nationalId) {
        return count("nationalId", nationalId) > 0;
    }

    public boolean partyCardTaken(String partyCardNumber) {
        return partyCardNumber != null && count("partyCardNumber", partyCardNumber) > 0;
    }

    public void record(MemberHistoryEntry entry) {
        getEntityManager().persist(entry);
    }

    public List<MemberHistoryEntry> history(UUID memberId) {
        return getEntityManager().createQuery(
                "from MemberHistoryEntry e where e.memberId = :id order by e.effectiveDate, e.id",
                MemberHistoryEntry.class).setParameter("id", memberId).getResultList();
    }

    /** Every member who ever belonged to an organisation of the subtree under {@code path}. */
    public List<Member> everIn(String path) {
        return list("id in (select e.memberId from MemberHistoryEntry e, Organisation o "
                + "where o.id = e.organisationId and o.path like ?1)", escape(path) + "%");
    }

    /** The histories of the given members, each in order. */
    public List<MemberHistoryEntry> histories(List<UUID> memberIds) {
        return getEntityManager().createQuery(
                "from MemberHistoryEntry e where e.memberId in :ids order by e.memberId, e.effectiveDate, e.id",
                MemberHistoryEntry.class).setParameter("ids", memberIds).getResultList();
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
