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

    /** Why an organisation of another type has no structure (the bloc committee, a partial committee). */
    public static String noStructure(String organisationName, String organisationType) {
        return "Kế hoạch đại hội chỉ quy định cơ cấu bầu cử của chi bộ và đảng bộ cơ sở; " + organisationName + " ("
                + organisationType + ") không thuộc các loại này";
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

    /**
     * Whether the structure an office states fits the derived one and the rule set's limits: the sizes of the
     * bodies the congress elects, none for a body it does not elect.
     *
     * @return the first refusal, naming the field and the limit; empty when the stated structure holds
     */
    public static Optional<Refusal> statedStructureProblem(RuleSet rules, ElectionStructure derived,
            MemberCounts members, StatedStructure stated) {
        Bodies bodies = rules.bodies();
        return switch (derived.kind()) {
            case CELL_WITH_COMMITTEE -> first(
                    required(stated.committeeSize(), "committeeSize", "Chi bộ có " + members.full()
                            + " đảng viên chính thức bầu chi ủy: cần nêu số lượng chi ủy viên (từ "
                            + bodies.cellCommitteeMin() + " đến " + bodies.cellCommitteeMax() + ")"),
                    atLeast(stated.committeeSize(), bodies.cellCommitteeMin(), "committeeSize",
                            "Số lượng chi ủy tối thiểu là "),
                    atMost(stated.committeeSize(), bodies.cellCommitteeMax(), "committeeSize",
                            "Số lượng chi ủy tối đa là "),
                    exactly(stated.deputySecretaries(), bodies.deputySecretaries(), "deputySecretaries",
                            "Chi bộ có chi ủy bầu " + bodies.deputySecretaries() + " phó bí thư"),
                    cellElectsNo(stated));
            case CELL_SECRETARY_ONLY -> first(
                    absent(stated.committeeSize(), "committeeSize", "Chi bộ có dưới "
                            + bodies.cellCommitteeThreshold() + " đảng viên chính thức (có " + members.full()
                            + ") không bầu chi ủy; đề nghị " + stated.committeeSize() + " chi ủy viên"),
                    required(stated.deputySecretaries(), "deputySecretaries",
                            "Cần nêu số phó bí thư: 0, hoặc tối đa " + bodies.deputySecretaries() + " nếu cần"),
                    atLeast(stated.deputySecretaries(), 0, "deputySecretaries", "Số phó bí thư tối thiểu là "),
                    atMost(stated.deputySecretaries(), bodies.deputySecretaries(), "deputySecretaries",
                            "Chi bộ không có chi ủy bầu bí thư, nếu cần thêm phó bí thư: số phó bí thư tối đa là "),
                    cellElectsNo(stated));
            case PARTY_COMMITTEE -> first(
                    required(stated.committeeSize(), "committeeSize",
                            "Cần nêu số lượng ủy viên Ban Chấp hành (không quá " + bodies.partyCommitteeMax() + ")"),
                    atMost(stated.committeeSize(), bodies.partyCommitteeMax(), "committeeSize",
                            "Số lượng ủy viên Ban Chấp hành tối đa là "),
                    exactly(stated.standingCommitteeSize(), bodies.standingCommitteeSize(), "standingCommitteeSize",
                            "Số lượng ủy viên Ban Thường vụ là " + bodies.standingCommitteeSize()),
                    // the standing committee is elected from the executive committee, which must be larger
                    atLeast(stated.committeeSize(), bodies.standingCommitteeSize() + 1, "committeeSize",
                            "Ban Thường vụ (" + bodies.standingCommitteeSize() + " đồng chí) được bầu trong Ban"
                                    + " Chấp hành: số lượng ủy viên Ban Chấp hành tối thiểu là "),
                    exactly(stated.deputySecretaries(), bodies.deputySecretaries(), "deputySecretaries",
                            "Số lượng phó bí thư là " + bodies.deputySecretaries()),
                    exactly(stated.inspectionCommissionSize(), bodies.inspectionCommissionSize(),
                            "inspectionCommissionSize", "Số lượng ủy viên Ủy ban Kiểm tra là "
                                    + bodies.inspectionCommissionSize() + " (chủ nhiệm, phó chủ nhiệm, ủy viên)"));
        };
    }

    /** A cell elects neither a standing committee nor an inspection commission. */
    private static Optional<Refusal> cellElectsNo(StatedStructure stated) {
        return first(
                absent(stated.standingCommitteeSize(), "standingCommitteeSize",
                        "Chi bộ không bầu Ban Thường vụ; đề nghị " + stated.standingCommitteeSize() + " ủy viên"),
                absent(stated.inspectionCommissionSize(), "inspectionCommissionSize",
                        "Chi bộ không bầu Ủy ban Kiểm tra; đề nghị " + stated.inspectionCommissionSize()
                                + " ủy viên"));
    }

    @SafeVarargs
    private static Optional<Refusal> first(Optional<Refusal>... checks) {
        for (Optional<Refusal> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> required(Integer value, String field, String message) {
        return value == null ? Optional.of(new Refusal(field, message)) : Optional.empty();
    }

    private static Optional<Refusal> absent(Integer value, String field, String message) {
        return value != null && value != 0 ? Optional.of(new Refusal(field, message)) : Optional.empty();
    }

    /** "{limit phrase}{min}; đề nghị {value}" when below. */
    private static Optional<Refusal> atLeast(Integer value, int min, String field, String limit) {
        return value != null && value < min ? Optional.of(new Refusal(field, limit + min + "; đề nghị " + value))
                : Optional.empty();
    }

    private static Optional<Refusal> atMost(Integer value, int max, String field, String limit) {
        return value != null && value > max ? Optional.of(new Refusal(field, limit + max + "; đề nghị " + value))
                : Optional.empty();
    }

    private static Optional<Refusal> exactly(Integer value, int size, String field, String limit) {
        if (value == null) {
            return Optional.of(new Refusal(field, limit + "; cần nêu số lượng"));
        }
        return value != size ? Optional.of(new Refusal(field, limit + "; đề nghị " + value)) : Optional.empty();
    }

    private static Ballot ballot(List<Ballot> before, Office office, Electorate electedBy, Integer minSeats,
            int maxSeats, boolean optional, List<String> positions) {
        return new Ballot(before.size() + 1, office, office.title(), electedBy, minSeats, maxSeats, optional,
                positions);
    }
}
