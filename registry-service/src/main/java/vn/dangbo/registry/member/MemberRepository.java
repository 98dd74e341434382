package vn.dangbo.registry.member;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MemberRepository implements PanacheRepositoryBase<Member, UUID> {

    public List<Member> inOrganisation(UUID organisationId) {
        return list("organisationId = ?1 order by fullName", organisationId);
    }

    public boolean nationalIdTaken(String nationalId) {
        return count("nationalId", nationalId) > 0;
    }

    public boolean partyCardTaken(String partyCardNumber) {
        return partyCardNumber != null && count("partyCardNumber", partyCardNumber) > 0;
    }
}
