package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.OrganisationQueries;

/** One member, their history, the members of a cell. */
@ApplicationScoped
public class MemberQueries {

    private final MemberRepository members;
    private final OrganisationQueries organisations;

    public MemberQueries(MemberRepository members, OrganisationQueries organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    public Member get(UUID id) {
        return members.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đảng viên với mã " + id));
    }

    public List<MemberHistoryEntry> history(UUID id) {
        get(id);
        return members.history(id);
    }

    /** The positions of a party body held on {@code day}, the most senior first, then in the order they began. */
    public List<MemberPosition> positionsHeldOn(UUID organisationId, LocalDate day) {
        organisations.get(organisationId);
        return members.positionsHeldOn(organisationId, day).stream()
                .sorted(Comparator.comparing((MemberPosition p) -> p.role, PositionRole.BY_SENIORITY)
                        .thenComparing(p -> p.startedOn).thenComparing(p -> p.member.sortKey,
                                Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public List<Member> inOrganisation(UUID organisationId) {
        organisations.get(organisationId);
        return members.inOrganisation(organisationId);
    }
}
