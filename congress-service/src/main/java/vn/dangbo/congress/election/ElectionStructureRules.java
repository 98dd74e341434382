package vn.dangbo.congress.election;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.dangbo.congress.election.ElectionStructure.Ballot;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * Committee sizes of the congress plan (rule 5), under the 2020 round's rules (regulation 244-QĐ/TW,
 * directive 35-CT/TW): plain functions a unit test can call. Only full members count.
 */
public final class ElectionStructureRules {

    /** The rule set these functions implement. */
    public static final String RULE_SET = "244-QĐ/TW; 35-CT/TW (2020)";

    /** A cell with at least this many full members elects a cell committee. */
    public static final int CELL_COMMITTEE_THRESHOLD = 9;
    public static final int CELL_COMMITTEE_MIN = 3;
    public static final int CELL_COMMITTEE_MAX = 7;

    public static final int PARTY_COMMITTEE_MAX = 15;
    public static final int STANDING_COMMITTEE_SIZE = 3;
    public static final int DEPUTY_SECRETARIES = 1;
    public static final int INSPECTION_COMMISSION_SIZE = 3;
    public static final List<String> INSPECTION_POSITIONS = List.of("CHAIR", "VICE_CHAIR", "MEMBER");

    private ElectionStructureRules() {
    }

    /**
     * @return the structure, or empty for an organisation type the plan sets no structure for
     *         (the bloc committee, a partial committee)
     */
    public static Optional<ElectionStructure> structureFor(OrganisationType type, MemberCounts members) {
        if (type == null) {
            return Optional.empty();
        }
        if (type.holdsMembers()) {
            return Optional.of(forCell(members));
        }
        if (type == OrganisationType.GRASSROOTS_COMMITTEE) {
            return Optional.of(forGrassrootsCommittee());
        }
        return Optional.empty();
    }

    /** A cell: by its full members alone (probationary members neither vote nor stand). */
    public static ElectionStructure forCell(MemberCounts members) {
        List<Ballot> ballots = new ArrayList<>();
        if (electsCellCommittee(members)) {
            ballots.add(ballot(ballots, Office.CELL_COMMITTEE, Electorate.CONGRESS, CELL_COMMITTEE_MIN,
                    CELL_COMMITTEE_MAX, false, List.of()));
            ballots.add(ballot(ballots, Office.SECRETARY, Electorate.CONGRESS, 1, 1, false, List.of()));
            ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.CONGRESS, DEPUTY_SECRETARIES,
                    DEPUTY_SECRETARIES, false, List.of()));
            return new ElectionStructure(RULE_SET, Kind.CELL_WITH_COMMITTEE, ballots);
        }
        ballots.add(ballot(ballots, Office.SECRETARY, Electorate.CONGRESS, 1, 1, false, List.of()));
        ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.CONGRESS, 0, DEPUTY_SECRETARIES, true,
                List.of()));
        return new ElectionStructure(RULE_SET, Kind.CELL_SECRETARY_ONLY, ballots);
    }

    /**
     * The office Party Committee of the plan: the congress elects a committee of at most 15; the new
     * committee elects a standing committee of 3, the secretary, one deputy, an inspection commission of 3
     * (chair, vice chair, member) and its chair.
     */
    public static ElectionStructure forGrassrootsCommittee() {
        List<Ballot> ballots = new ArrayList<>();
        ballots.add(ballot(ballots, Office.PARTY_COMMITTEE, Electorate.CONGRESS, null, PARTY_COMMITTEE_MAX, false,
                List.of()));
        ballots.add(ballot(ballots, Office.STANDING_COMMITTEE, Electorate.NEW_COMMITTEE, STANDING_COMMITTEE_SIZE,
                STANDING_COMMITTEE_SIZE, false, List.of()));
        ballots.add(ballot(ballots, Office.SECRETARY, Electorate.NEW_COMMITTEE, 1, 1, false, List.of()));
        ballots.add(ballot(ballots, Office.DEPUTY_SECRETARY, Electorate.NEW_COMMITTEE, DEPUTY_SECRETARIES,
                DEPUTY_SECRETARIES, false, List.of()));
        ballots.add(ballot(ballots, Office.INSPECTION_COMMISSION, Electorate.NEW_COMMITTEE,
                INSPECTION_COMMISSION_SIZE, INSPECTION_COMMISSION_SIZE, false, INSPECTION_POSITIONS));
        ballots.add(ballot(ballots, Office.INSPECTION_CHAIR, Electorate.NEW_COMMITTEE, 1, 1, false, List.of()));
        return new ElectionStructure(RULE_SET, Kind.PARTY_COMMITTEE, ballots);
    }

    public static boolean electsCellCommittee(MemberCounts members) {
        return members.full() >= CELL_COMMITTEE_THRESHOLD;
    }

    /** One Vietnamese sentence for the user, e.g. "Chi bộ có 11 đảng viên chính thức: bầu chi ủy ...". */
    public static String describe(ElectionStructure structure, MemberCounts members) {
        return switch (structure.kind()) {
            case CELL_WITH_COMMITTEE -> "Chi bộ có " + members.full() + " đảng viên chính thức: bầu chi ủy từ "
                    + CELL_COMMITTEE_MIN + " đến " + CELL_COMMITTEE_MAX
                    + " đồng chí, sau đó bầu bí thư và một phó bí thư";
            case CELL_SECRETARY_ONLY -> "Chi bộ có " + members.full() + " đảng viên chính thức (dưới "
                    + CELL_COMMITTEE_THRESHOLD + "): không bầu chi ủy, bầu bí thư; nếu cần bầu một phó bí thư";
            case PARTY_COMMITTEE -> "Đảng bộ có " + members.full() + " đảng viên chính thức: đại hội bầu Ban Chấp hành"
                    + " không quá " + PARTY_COMMITTEE_MAX + " đồng chí; Ban Chấp hành bầu Ban Thường vụ "
                    + STANDING_COMMITTEE_SIZE + " đồng chí, bí thư, một phó bí thư, Ủy ban Kiểm tra "
                    + INSPECTION_COMMISSION_SIZE + " đồng chí (chủ nhiệm, phó chủ nhiệm, ủy viên) và chủ nhiệm"
                    + " Ủy ban Kiểm tra";
        };
    }

    private static Ballot ballot(List<Ballot> before, Office office, Electorate electedBy, Integer minSeats,
            int maxSeats, boolean optional, List<String> positions) {
        return new Ballot(before.size() + 1, office, office.title(), electedBy, minSeats, maxSeats, optional,
                positions);
    }
}
