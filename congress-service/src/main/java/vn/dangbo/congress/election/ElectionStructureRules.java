package vn.dangbo.congress.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dangbo.congress.election.ElectionStructure.Ballot;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSet.Bodies;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * Committee sizes of the congress plan (rule 5): plain functions a unit test can call. The numbers come from the
 * rule set passed in (2020: regulation 244-QĐ/TW, directive 35-CT/TW), never from constants here, because the
 * next round changes them. Only full members count.
 */
public final class ElectionStructureRules {

    private ElectionStructureRules() {
    }

    /**
     * @return the structure, or empty for an organisation type the plan sets no structure for
     *         (the bloc committee, a partial committee)
     */
    public static Optional<ElectionStructure> structureFor(RuleSet rules, OrganisationType type,
            MemberCounts members) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.holdsMembers()) {
            return Optional.of(forCell(rules, members));
        }
        if (type == OrganisationType.GRASSROOTS_COMMITTEE) {
            return Optional.of(forGrassrootsCommittee(rules));
        }
        return Optional.empty();
    }

    /** A cell: by its full members alone (probationary members neither vote nor stand). */
    public static ElectionStructure forCell(RuleSet rules, MemberCounts members) {
        Bodies bodies = rules.bodies();
        List<Ballot> ballots = new ArrayList<>();
        if (electsCellCommittee(rules, members)) {
            ballots.add(ballot(ballots, Office.CELL_COMMITTEE, Electorate.CONGRESS, bodies.cellCommitteeMin(),
                    bodies.cellCommitteeMax(), false, List.of()));
            ballots.add(ballot(ballots, Office.SECRETARY, Electorate.CONGRESS, 1, 1, false, List.of()));
            ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.CONGRESS, bodies.deputySecretaries(),
                    bodies.deputySecretaries(), false, List.of()));
            return new ElectionStructure(rules.label(), Kind.CELL_WITH_COMMITTEE, ballots);
        }
        ballots.add(ballot(ballots, Office.SECRETARY, Electorate.CONGRESS, 1, 1, false, List.of()));
        ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.CONGRESS, 0, bodies.deputySecretaries(), true,
                List.of()));
        return new ElectionStructure(rules.label(), Kind.CELL_SECRETARY_ONLY, ballots);
    }

    /**
     * The office Party Committee of the plan: the congress elects a committee of at most 15; the new
     * committee elects a standing committee of 3, the secretary, one deputy, an inspection commission of 3
     * (chair, vice chair, member) and its chair.
     */
    public static ElectionStructure forGrassrootsCommittee(RuleSet rules) {
        Bodies bodies = rules.bodies();
        List<Ballot> ballots = new ArrayList<>();
        ballots.add(ballot(ballots, Office.PARTY_COMMITTEE, Electorate.CONGRESS, null, bodies.partyCommitteeMax(), false,
                List.of()));
        ballots.add(ballot(ballots, Office.STANDING_COMMITTEE, Electorate.NEW_COMMITTEE, bodies.standingCommitteeSize(),
                bodies.standingCommitteeSize(), false, List.of()));
        ballots.add(ballot(ballots, Office.SECRETARY, Electorate.NEW_COMMITTEE, 1, 1, false, List.of()));
        ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.NEW_COMMITTEE, bodies.deputySecretaries(),
                bodies.deputySecretaries(), false, List.of()));
        ballots.add(ballot(ballots, Office.INSPECTION_COMMISSION, Electorate.NEW_COMMITTEE,
                bodies.inspectionCommissionSize(), bodies.inspectionCommissionSize(), false, bodies.inspectionPositions()));
        ballots.add(ballot(ballots, Office.INSPECTION_CHAIR, Electorate.NEW_COMMITTEE, 1, 1, false, List.of()));
        return new ElectionStructure(rules.label(), Kind.PARTY_COMMITTEE, ballots);
    }

    public static boolean electsCellCommittee(RuleSet rules, MemberCounts members) {
        return members.full() >= rules.bodies().cellCommitteeThreshold();
    }

    /** One Vietnamese sentence for the user, e.g. "Chi bộ có 11 đảng viên chính thức: bầu chi ủy ...". */
    public static String describe(RuleSet rules, ElectionStructure structure, MemberCounts members) {
        Bodies bodies = rules.bodies();
        return switch (structure.kind()) {
            case CELL_WITH_COMMITTEE -> "Chi bộ có " + members.full() + " đảng viên chính thức: bầu chi ủy từ "
                    + bodies.cellCommitteeMin() + " đến " + bodies.cellCommitteeMax()
                    + " đồng chí, sau đó bầu bí thư và một phó bí thư";
            case CELL_SECRETARY_ONLY -> "Chi bộ có " + members.full() + " đảng viên chính thức (dưới "
                    + bodies.cellCommitteeThreshold() + "): không bầu chi ủy, bầu bí thư; nếu cần bầu một phó bí thư";
            case PARTY_COMMITTEE -> "Đảng bộ có " + members.full() + " đảng viên chính thức: đại hội bầu Ban Chấp hành"
                    + " không quá " + bodies.partyCommitteeMax() + " đồng chí; Ban Chấp hành bầu Ban Thường vụ "
                    + bodies.standingCommitteeSize() + " đồng chí, bí thư, một phó bí thư, Ủy ban Kiểm tra "
                    + bodies.inspectionCommissionSize() + " đồng chí (chủ nhiệm, phó chủ nhiệm, ủy viên) và chủ nhiệm"
                    + " Ủy ban Kiểm tra";
        };
    }

    private static Ballot ballot(List<Ballot> before, Office office, Electorate electedBy, Integer minSeats,
            int maxSeats, boolean optional, List<String> positions) {
        return new Ballot(before.size() + 1, office, office.title(), electedBy, minSeats, maxSeats, optional,
                positions);
    }
}
