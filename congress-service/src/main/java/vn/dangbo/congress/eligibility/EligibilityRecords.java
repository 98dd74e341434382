package vn.dangbo.congress.eligibility;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.round.RoundLevel;
import vn.dangbo.congress.ruleset.AgeCutOffs;
import vn.dangbo.congress.ruleset.CandidateEligibility.Eligibility;

/** Responses of the eligibility API: derived from the round's rule set on every request, never stored. */
public final class EligibilityRecords {

    private EligibilityRecords() {
    }

    /** The round's age cut-offs, one entry per level that has a reference month (mốc tính tuổi). */
    public record AgeCutOffsResponse(UUID roundId, String ruleSetId, List<LevelCutOffs> levels) {
    }

    /** The earliest birth month (yyyy-MM) of each kind of candidate at the level's reference month. */
    public record LevelCutOffs(RoundLevel level, String referenceMonth, String menFirstTime, String womenFirstTime,
            String menReElection, String womenReElection) {

        static LevelCutOffs of(RoundLevel level, AgeCutOffs.Table t) {
            return new LevelCutOffs(level, t.reference().toString(), t.menFirstTime().toString(),
                    t.womenFirstTime().toString(), t.menReElection().toString(), t.womenReElection().toString());
        }
    }

    /**
     * One member's candidacy to the body's committee.
     *
     * @param reElection       the member holds a committee seat in the body now (from the registry's positions)
     * @param monthsOfWorkLeft null when it could not be worked out (e.g. a probationary member)
     * @param retirementMonth  yyyy-MM, null when not worked out
     * @param reason           Vietnamese: why not, or what makes the member eligible
     */
    public record CandidateResponse(UUID roundId, UUID memberId, String fullName, UUID organisationId,
            RoundLevel level, String referenceMonth, String membership, boolean reElection, boolean eligible,
            Long monthsOfWorkLeft, int monthsOfWorkRequired, String retirementMonth, String reason) {

        static CandidateResponse of(UUID roundId, UUID memberId, String fullName, UUID organisationId,
                RoundLevel level, YearMonth reference, String membership, boolean reElection, Eligibility e) {
            return new CandidateResponse(roundId, memberId, fullName, organisationId, level, reference.toString(),
                    membership, reElection, e.eligible(), e.monthsOfWorkLeft(), e.monthsOfWorkRequired(),
                    e.retirementMonth() == null ? null : e.retirementMonth().toString(), e.reason());
        }
    }
}
