package vn.dangbo.congress.eligibility;

import java.util.Collection;
import java.util.Set;

/** Who stands for re-election: pure, the member's current roles in the body being elected are a parameter. */
public final class EligibilityRules {

    /**
     * The roles that are a seat in the committee (cấp ủy viên, with the standing committee, secretary and deputy).
     * A member of the inspection commission alone holds no committee seat: standing for the committee is a first
     * candidacy.
     */
    static final Set<String> COMMITTEE_SEATS = Set.of("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER",
            "STANDING_COMMITTEE_MEMBER");

    private EligibilityRules() {
    }

    /** @param rolesInBody the roles the member holds now in the body whose congress elects */
    public static boolean reElection(Collection<String> rolesInBody) {
        return rolesInBody.stream().anyMatch(COMMITTEE_SEATS::contains);
    }
}
