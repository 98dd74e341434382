package vn.dangbo.congress.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressLookup;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** The congress whose attendance is read or recorded: who may record it, its organisation and rule set. */
@ApplicationScoped
public class AttendanceCongress {

    private final CongressLookup congresses;
    private final OrganisationDirectory organisations;
    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;
    private final AccessGuard access;

    public AttendanceCongress(CongressLookup congresses, OrganisationDirectory organisations, RoundService rounds,
            RuleSetCatalogue ruleSets, AccessGuard access) {
        this.congresses = congresses;
        this.organisations = organisations;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.access = access;
    }

    public Congress get(UUID id) {
        return congresses.get(id);
    }

    /**
     * A congress whose attendance the caller may record: an officer of its organisation's subtree, the congress
     * not called off (held is fine: attendance is taken while it sits).
     */
    public Congress writable(UUID id) {
        Congress congress = congresses.get(id);
        access.requireWriteAccess(congress.organisationId);
        if (congress.status == CongressStatus.CANCELLED) {
            throw ProblemException.conflict("Đại hội " + id + " đã hủy, không ghi nhận triệu tập, điểm danh được");
        }
        return congress;
    }

    public KnownOrganisation organisation(Congress congress) {
        return organisations.find(congress.organisationId)
                .orElseThrow(() -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã "
                        + congress.organisationId));
    }

    /** The name of an organisation (a member's cell), or null while the registry has not published it. */
    public String organisationName(UUID id) {
        return organisations.find(id).map(o -> o.name).orElse(null);
    }

    /** The rule set of the congress's round; a congress from before rounds uses the current one. */
    public RuleSet ruleSet(Congress congress) {
        if (congress.roundId == null) {
            return ruleSets.current();
        }
        return ruleSets.get(rounds.get(congress.roundId).ruleSetId);
    }

    public String actor() {
        return access.actor();
    }
}
