package vn.dangbo.congress.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/**
 * STUB until the attendance helper's work lands (the lead keeps theirs): the full members on the roll of the
 * congress' organisation, no exclusion, all present.
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
        var congress = congresses.findByIdOptional(congressId)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + congressId));
        var organisation = organisations.find(congress.organisationId)
                .orElseThrow(() -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã "
                        + congress.organisationId));
        int full = (int) roll.countInSubtree(organisation).full();
        return new VoteBase(full, List.of(), full, full);
    }
}
