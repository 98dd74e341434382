package vn.dangbo.congress.eligibility;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.eligibility.EligibilityRecords.AgeCutOffsResponse;
import vn.dangbo.congress.eligibility.EligibilityRecords.CandidateResponse;
import vn.dangbo.congress.eligibility.EligibilityRecords.LevelCutOffs;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.roll.RollMember;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundLevel;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.AgeCutOffs;
import vn.dangbo.congress.ruleset.CandidateEligibility;
import vn.dangbo.congress.ruleset.CandidateEligibility.Candidate;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/** Personnel eligibility of a round: worked out from its rule set and the member roll on every request. */
@ApplicationScoped
public class EligibilityService {

    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;
    private final MemberRollRepository members;
    private final OrganisationDirectory organisations;

    public EligibilityService(RoundService rounds, RuleSetCatalogue ruleSets, MemberRollRepository members,
            OrganisationDirectory organisations) {
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.members = members;
        this.organisations = organisations;
    }

    /** @throws ProblemException 404 for an unknown round */
    public AgeCutOffsResponse ageCutOffs(UUID roundId) {
        CongressRound round = rounds.get(roundId);
        RuleSet ruleSet = ruleSets.get(round.ruleSetId);
        List<LevelCutOffs> levels = new ArrayList<>();
        Map<RoundLevel, String> references = round.ageReferences();
        for (RoundLevel level : RoundLevel.values()) {
            String reference = references.get(level);
            if (reference != null) {
                levels.add(LevelCutOffs.of(level, AgeCutOffs.table(ruleSet, YearMonth.parse(reference))));
            }
        }
        return new AgeCutOffsResponse(round.id, round.ruleSetId, levels);
    }

    /**
     * Whether the member may stand for the committee of {@code organisationId} in the round.
     *
     * @param level the congress level; when null, the level of the organisation as the registry published it
     */
    public CandidateResponse candidate(UUID roundId, UUID memberId, UUID organisationId, RoundLevel level) {
        CongressRound round = rounds.get(roundId);
        RuleSet ruleSet = ruleSets.get(round.ruleSetId);
        if (organisationId == null) {
            throw ProblemException.invalid("organisationId", "cần mã tổ chức đảng có cấp ủy được bầu");
        }
        RoundLevel congressLevel = level != null ? level : levelOf(organisationId);
        String reference = round.ageReferences().get(congressLevel);
        if (reference == null) {
            throw ProblemException.ruleViolated("Đợt đại hội chưa đặt mốc tính tuổi cho cấp " + congressLevel
                    + "; các cấp đã đặt: " + round.ageReferences().keySet(), "level");
        }
        RollMember member = members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound(
                "Chưa có thông tin đảng viên với mã " + memberId + " (chưa nhận được từ hệ thống quản lý đảng viên)"));
        if (RollMember.LEFT.equals(member.state)) {
            throw ProblemException.ruleViolated("Đồng chí " + member.fullName + " không còn trong danh sách đảng viên",
                    "memberId");
        }
        boolean reElection = EligibilityRules.reElection(member.positions.stream()
                .filter(p -> organisationId.equals(p.organisationId)).map(p -> p.role).toList());
        YearMonth month = YearMonth.parse(reference);
        var eligibility = CandidateEligibility.check(ruleSet, month,
                new Candidate(member.sex, member.birthMonth, member.status, reElection));
        return CandidateResponse.of(round.id, member.id, member.fullName, organisationId, congressLevel, month,
                member.status, reElection, eligibility);
    }

    private RoundLevel levelOf(UUID organisationId) {
        return organisations.find(organisationId)
                .flatMap(o -> OrganisationType.parse(o.type))
                .map(RoundLevel::of)
                .orElseThrow(() -> ProblemException.ruleViolated("Chưa có thông tin tổ chức đảng với mã "
                        + organisationId + " (chưa nhận được từ hệ thống quản lý tổ chức đảng); hãy chỉ rõ cấp "
                        + "đại hội (level)", "level"));
    }
}
