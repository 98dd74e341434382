package vn.dangbo.congress.candidacy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.election.Refusal;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSet.SmallBody;
import vn.dangbo.kit.text.VietnameseText;

/**
 * A candidate list by the rule set (issue 12 item 2), plain functions: how long it may be, the surplus the
 * convening committee prepares, who may stand, whether a name from outside the committee's list goes on, the
 * ballot it gets and the order it is printed in. The numbers are the rule set's (surplus, elections).
 */
public final class CandidateListRules {

    /** The bodies whose list must be longer than the seats (190-QĐ/TW Điều 14: the committee, the standing one). */
    private static final List<Office> SURPLUS_REQUIRED = List.of(Office.CELL_COMMITTEE, Office.PARTY_COMMITTEE,
            Office.STANDING_COMMITTEE);

    private CandidateListRules() {
    }

    /**
     * How long the list may be.
     *
     * @param seats           all the names the ballot elects (the delegates and the alternates, for a delegation)
     * @param minLength       the fewest names: more than the seats for a committee or standing committee, else the
     *                        seats without the alternates
     * @param maxLength       floor((100 + maxPercent)% × seats), at least seats + 1, within the small-body limit
     * @param preparedMin     the convening committee's prepared surplus (advice), or null where no surplus is due
     * @param advice          the advice in Vietnamese, or null
     */
    public record Limits(int seats, boolean surplusRequired, int minLength, int maxLength, Integer preparedMin,
            Integer preparedMax, String advice) {
    }

    public static Limits limits(RuleSet.Surplus surplus, Office office, int seats, int alternateSeats) {
        int all = seats + alternateSeats;
        int max = maxLength(surplus, all);
        boolean required = SURPLUS_REQUIRED.contains(office);
        if (!required) {
            return new Limits(all, false, seats, max, null, null, null);
        }
        int preparedMin = Math.min(max, all + Math.max(1, ceilPercent(all, surplus.preparedMinPercent())));
        int preparedMax = Math.min(max, Math.max(preparedMin, all + all * surplus.preparedMaxPercent() / 100));
        String names = preparedMin == preparedMax ? preparedMin + " người" : "từ " + preparedMin + " đến "
                + preparedMax + " người";
        String advice = "Cấp ủy chuẩn bị danh sách có số dư từ " + surplus.preparedMinPercent() + "% đến "
                + surplus.preparedMaxPercent() + "%: " + names + " cho " + all + " người cần bầu; danh sách đại hội"
                + " quyết định nhiều nhất " + max + " người";
        return new Limits(all, true, all + 1, max, preparedMin, preparedMax, advice);
    }

    /**
     * The longest list: floor((100 + maxPercent)% × seats) but at least seats + 1 (15 → 19, 5 → 6, 3 → 4), and for
     * a small body (the rule set's {@code smallBody}) at most its extra names over the seats.
     */
    public static int maxLength(RuleSet.Surplus surplus, int seats) {
        int max = Math.max(seats + 1, seats * (100 + surplus.maxPercent()) / 100);
        SmallBody small = surplus.smallBody();
        if (small != null && seats >= small.minSeats() && seats <= small.maxSeats()) {
            max = Math.min(max, seats + small.maxExtra());
        }
        return max;
    }

    /** Why the list cannot be approved as it stands, naming the field {@code candidates}; empty when it can. */
    public static Optional<Refusal> listProblem(RuleSet.Surplus surplus, Limits limits, Office office, int length) {
        if (length < limits.minLength()) {
            String need = limits.surplusRequired()
                    ? "phải nhiều hơn số lượng cần bầu (" + limits.seats() + ")"
                    : "cần ít nhất " + limits.minLength() + " người";
            return Optional.of(new Refusal("candidates", "Danh sách bầu " + office.title() + " " + need + "; hiện có "
                    + length + " người"));
        }
        if (length > limits.maxLength()) {
            SmallBody small = surplus.smallBody();
            String why = small != null && limits.seats() >= small.minSeats() && limits.seats() <= small.maxSeats()
                    ? "cơ quan từ " + small.minSeats() + " đến " + small.maxSeats() + " người dư nhiều nhất "
                            + small.maxExtra() + " người"
                    : "số dư không quá " + surplus.maxPercent() + "% của " + limits.seats() + " người cần bầu";
            return Optional.of(new Refusal("candidates", "Danh sách bầu " + office.title() + " có " + length
                    + " người, nhiều nhất " + limits.maxLength() + " người (" + why + ")"));
        }
        return Optional.empty();
    }

    /** A list longer than the seats is struck out; one without surplus (one secretary) gets agree/disagree boxes. */
    public static BallotKind ballotKind(int seats, int length) {
        return length > seats ? BallotKind.STRIKE_OUT : BallotKind.AGREE_DISAGREE;
    }

    /** A name from outside the committee's list goes on only with MORE than the threshold of those present. */
    public static boolean floorNomineeAccepted(RuleSet.Surplus surplus, int present, int agree) {
        return (long) agree * 100 > (long) present * surplus.floorNomineeAgreementAbovePercent();
    }

    /** "Chỉ 15/50 đại biểu có mặt (30,00%) đồng ý, cần trên 30%". */
    public static String floorNomineeRefusal(RuleSet.Surplus surplus, int present, int agree) {
        String percent = String.format(VietnameseText.VIETNAMESE, "%.2f", agree * 100.0 / present);
        return "Chỉ " + agree + "/" + present + " người có mặt (" + percent + "%) đồng ý đưa vào danh sách, cần trên "
                + surplus.floorNomineeAgreementAbovePercent() + "%";
    }

    /** Spare ballots over the voters: the rule set's percentage, rounded up, at least its minimum. */
    public static int spareBallots(RuleSet.Elections elections, int voters) {
        return Math.max(elections.spareBallotsMin(), ceilPercent(voters, elections.spareBallotsPercent()));
    }

    /**
     * The printed order, by Vietnamese custom: by given name (the last word), then by the full name from the family
     * name on, letters before tones ({@link VietnameseText#sortKey}); equal names by id, so the order never varies.
     */
    public static <T> List<T> printedOrder(List<T> names, Function<T, String> fullName, Function<T, UUID> id) {
        return names.stream().sorted(Comparator.comparing((T t) -> VietnameseText.sortKey(fullName.apply(t)))
                .thenComparing(id)).toList();
    }

    /**
     * The bodies a candidate must have been elected to at the congress: the secretary and deputy of a cell among
     * its new committee; at a party committee's first meeting the standing committee among the new committee, the
     * secretary and deputy among the standing committee, the inspection commission's chair among the commission
     * and the committee. The commission itself has members from inside and outside the committee (Party Statute
     * art. 32), so it draws from any eligible member.
     */
    public static List<Office> drawnFrom(Kind kind, Office office) {
        return switch (kind) {
            case CELL_WITH_COMMITTEE -> office == Office.SECRETARY || office == Office.DEPUTY_SECRETARY
                    ? List.of(Office.CELL_COMMITTEE) : List.of();
            case CELL_SECRETARY_ONLY -> List.of();
            case PARTY_COMMITTEE -> switch (office) {
                case STANDING_COMMITTEE -> List.of(Office.PARTY_COMMITTEE);
                case SECRETARY, DEPUTY_SECRETARY -> List.of(Office.PARTY_COMMITTEE, Office.STANDING_COMMITTEE);
                case INSPECTION_CHAIR -> List.of(Office.PARTY_COMMITTEE, Office.INSPECTION_COMMISSION);
                default -> List.of();
            };
        };
    }

    /** Printed before each ballot's number, e.g. "BCH1-" (the committee's first round), so a ballot names its box. */
    public static String serialPrefix(Office office, int roundNo) {
        String code = switch (office) {
            case CELL_COMMITTEE -> "CU";
            case PARTY_COMMITTEE -> "BCH";
            case STANDING_COMMITTEE -> "BTV";
            case SECRETARY -> "BT";
            case DEPUTY_SECRETARY -> "PBT";
            case INSPECTION_COMMISSION -> "UBKT";
            case INSPECTION_CHAIR -> "CNUBKT";
            case DELEGATION -> "DB";
        };
        return code + roundNo + "-";
    }

    private static int ceilPercent(int of, int percent) {
        return (of * percent + 99) / 100;
    }
}
