package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRecords.CongressResponse;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** Finds congresses: any, or one still standing that the caller may change. */
@ApplicationScoped
public class CongressLookup {

    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final AccessGuard access;

    public CongressLookup(CongressRepository congresses, OrganisationDirectory organisations, AccessGuard access) {
        this.congresses = congresses;
        this.organisations = organisations;
        this.access = access;
    }

    public Congress get(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }

    /** The name of the congress's organisation, as last published by the registry. */
    public String organisationName(Congress congress) {
        return organisations.find(congress.organisationId).map(o -> o.name).orElse(null);
    }

    /** A congress that may still be moved or called off, by a caller allowed to change its organisation. */
    /** A congress that may still be moved or called off, by a caller allowed to change its organisation. */
    public Congress standing(UUID id) {
        Congress congress = get(id);
        access.requireWriteAccess(congress.organisationId);
        if (congress.status != CongressStatus.SCHEDULED) {
            throw ProblemException.conflict("Đại hội " + id + (congress.status == CongressStatus.HELD
                    ? " đã tiến hành" : " đã hủy") + ", không dời lịch, hủy hoặc ghi nhận lại được");
        }
        if (congress.roundId == null) {
            throw ProblemException.conflict("Đại hội " + id + " được lên lịch trước khi có đợt đại hội; "
                    + "không dời lịch hoặc hủy được qua đợt đại hội");
        }
        return congress;
    }


    /**
     * A page of the round's congresses, cancelled ones too, in the order they are held (then by organisation name),
     * each with its organisation's name.
     */
    public List<CongressResponse> inRound(UUID roundId, int limit, int offset) {
        return congresses.getEntityManager().createQuery("""
                select c, k.name from Congress c, KnownOrganisation k
                where k.id = c.organisationId and c.roundId = :round
                order by c.startDate, k.name, c.id""", Object[].class)
                .setParameter("round", roundId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList().stream()
                .map(row -> CongressResponse.of((Congress) row[0], (String) row[1]))
                .toList();
    }
}
