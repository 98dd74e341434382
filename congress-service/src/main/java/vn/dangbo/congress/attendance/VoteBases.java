package vn.dangbo.congress.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/**
 * STUB until the attendance helper's package lands (the lead keeps the real one at merge): every full member on
 * the roll of the congress' organisation as at its first day is convened, counted and present.
 */
@ApplicationScoped
public class VoteBases {

    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final MemberRollRepository roll;

    public VoteBases(CongressRepository congresses, OrganisationDirectory organisations, MemberRollRepository roll) {
        this.congresses = congresses;
        this.organisations = organisations;
        this.roll = roll;
    }

    public VoteBase ofCongress(UUID congressId) {
        Congress congress = congresses.findByIdOptional(congressId)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + congressId));
        MemberCounts counts = organisations.find(congress.organisationId)
                .map(o -> roll.countInSubtreeOn(o, congress.startDate))
                .orElseThrow(() -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã "
                        + congress.organisationId));
        int full = (int) counts.full();
        return new VoteBase(full, List.of(), full, full);
    }
}
