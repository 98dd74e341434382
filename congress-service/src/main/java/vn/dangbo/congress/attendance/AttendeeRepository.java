package vn.dangbo.congress.attendance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.congress.roll.MemberOnDate;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.persistence.LikePatterns;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<Attendee, UUID> {

    /** What the roll says of a convened member now: attached to an organisation outside the congress', exempted. */
    public record RollFlags(boolean attachedElsewhere, boolean exempted) {
    }

    public List<Attendee> ofCongress(UUID congressId) {
        return list("congressId", congressId);
    }

    public Optional<Attendee> find(UUID congressId, UUID memberId) {
        return find("congressId = ?1 and memberId = ?2", congressId, memberId).firstResultOptional();
    }

    /** The alternate standing in for this delegate, if any. */
    public Optional<Attendee> replacing(UUID congressId, UUID delegateId) {
        return find("congressId = ?1 and replacesMemberId = ?2", congressId, delegateId).firstResultOptional();
    }

    /**
     * Lists the members not yet convened; one already listed is left as it is, so convening again (or two offices
     * at once) never lists a member twice. @return how many were added
     */
    public int convene(UUID congressId, List<MemberOnDate> members) {
        int added = 0;
        for (MemberOnDate member : members) {
            added += getEntityManager().createNativeQuery("""
                    insert into congress_attendee (id, congress_id, member_id, full_name, organisation_id, role,
                        full_member, version)
                    values (:id, :congress, :member, :name, :organisation, :role, :full, 0)
                    on conflict (congress_id, member_id) do nothing""")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("congress", congressId)
                    .setParameter("member", member.id())
                    .setParameter("name", member.fullName())
                    .setParameter("organisation", member.organisationId())
                    .setParameter("role", AttendeeRole.MEMBER.name())
                    .setParameter("full", member.full())
                    .executeUpdate();
        }
        return added;
    }

    /**
     * The roll's flags of every member convened to the congress, read when the base is computed (the registry may
     * attach or exempt a member up to the congress). A member attached inside the congress' own subtree still
     * takes part in it; only an attachment elsewhere (or to an organisation this service does not know) counts.
     */
    public Map<UUID, RollFlags> rollFlags(UUID congressId, KnownOrganisation organisation) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select a.member_id, coalesce(m.exempted, false),
                       m.attached_to is not null and (k.path is null or k.path not like :prefix)
                from congress_attendee a
                left join member_roll m on m.id = a.member_id
                left join known_organisation k on k.id = m.attached_to
                where a.congress_id = :congress""")
                .setParameter("prefix", LikePatterns.startingWith(organisation.path))
                .setParameter("congress", congressId)
                .getResultList();
        Map<UUID, RollFlags> flags = new HashMap<>();
        for (Object[] row : rows) {
            flags.put((UUID) row[0], new RollFlags(Boolean.TRUE.equals(row[2]), Boolean.TRUE.equals(row[1])));
        }
        return flags;
    }
}
