package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;

/** Huy hiệu Đảng: who reaches 30, 40, 45 ... years of membership within a period ({@link BadgeRules}). */
@ApplicationScoped
public class MemberBadges {

    private final MemberRepository members;
    private final OrganisationQueries organisations;

    public MemberBadges(MemberRepository members, OrganisationQueries organisations) {
        this.members = members;
        this.organisations = organisations;
    }

    /** Members of the subtree reaching a badge within the period, grouped by badge (30 years first). */
    public List<MemberRecords.BadgeGroup> badges(UUID organisationId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "phải không trước ngày bắt đầu (from)");
        }
        Organisation organisation = organisations.get(organisationId);
        Map<Integer, List<MemberRecords.BadgeCandidate>> byYears = new TreeMap<>();
        for (Member m : members.activeInSubtreeAdmittedBy(organisation.path,
                BadgeRules.latestCandidateAdmission(to))) {
            for (BadgeRules.Reached badge : BadgeRules.reachedWithin(m.admittedOn, from, to)) {
                byYears.computeIfAbsent(badge.years(), k -> new ArrayList<>()).add(new MemberRecords.BadgeCandidate(
                        m.id, m.fullName, m.organisationId, m.admittedOn, badge.on()));
            }
        }
        return byYears.entrySet().stream().map(e -> new MemberRecords.BadgeGroup(e.getKey(),
                "Huy hiệu " + e.getKey() + " năm tuổi Đảng", e.getValue())).toList();
    }
}
