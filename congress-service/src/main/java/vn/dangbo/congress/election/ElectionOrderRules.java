package vn.dangbo.congress.election;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.congress.election.ElectionStructure.Ballot;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.ruleset.RuleSet;

/**
 * The order and electorate of a congress' elections (issue 12 item 8), plain functions over the structure the
 * congress elects, what the office stated and the elections already opened. Each ballot of the structure comes
 * after the one before it, whose result must be declared: at a cell with a committee, the committee, then the
 * secretary, then the deputy (the two chosen among those just elected); at a party committee, the committee, then
 * at the new committee's first meeting the standing committee, the secretary, the deputy, the inspection
 * commission and its chair. The delegation to the higher congress comes after the congress' first ballot.
 * Another round of an office (a runoff, or a ballot for the seats left open) is the next round number and points
 * at the round before it; a secretary not elected after the rule set's rounds is appointed by the higher committee.
 */
public final class ElectionOrderRules {

    private ElectionOrderRules() {
    }

    /** An election already opened at the congress; {@code elected} = its candidates declared ELECTED. */
    public record Held(UUID id, Office office, int roundNo, ElectionStatus status, int elected) {
    }

    /** What the office asks to open; {@code previousElectionId} for another round or a runoff. */
    public record Request(Office office, int seats, int alternateSeats, UUID previousElectionId) {
    }

    /** Either the election to open or why not. */
    public sealed interface Decision permits Open, Refused {
    }

    /** The election may be opened: by this electorate, as this round. */
    public record Open(Electorate electorate, int roundNo, UUID previousElectionId) implements Decision {
    }

    public record Refused(Refusal refusal) implements Decision {
    }

    /**
     * @param stated           the structure the office stated, or null (the derived limits then apply)
     * @param electsDelegation whether the congress' agenda has the election of the delegation to the higher congress
     * @param held             the congress' elections opened so far, any office
     */
    public static Decision open(RuleSet rules, ElectionStructure structure, StatedStructure stated,
            boolean electsDelegation, List<Held> held, Request request) {
        Office office = request.office();
        if (office == null) {
            return refused("office", "Cần nêu chức danh, cơ quan được bầu (office)");
        }
        Ballot ballot = structure.ballot(office);
        if (office == Office.DELEGATION) {
            if (!electsDelegation) {
                return refused("office", "Đại hội này không bầu đại biểu dự đại hội cấp trên (cấp trên tổ chức"
                        + " đại hội toàn thể đảng viên)");
            }
        } else if (ballot == null) {
            return refused("office", "Đại hội này không bầu " + office.title() + "; đại hội bầu: "
                    + structure.ballots().stream().map(Ballot::title).collect(Collectors.joining(", ")));
        }
        // a delegation's runoff among those tied for an alternate's place elects alternates only
        boolean alternatesOnly = office == Office.DELEGATION && request.previousElectionId() != null
                && request.seats() == 0 && request.alternateSeats() >= 1;
        if (request.seats() < 1 && !alternatesOnly) {
            return refused("seats", "Số lượng cần bầu phải từ 1 trở lên; đề nghị " + request.seats());
        }
        if (office != Office.DELEGATION && request.alternateSeats() != 0) {
            return refused("alternateSeats", "Chỉ bầu đại biểu dự khuyết cùng đoàn đại biểu dự đại hội cấp trên");
        }
        if (request.alternateSeats() < 0) {
            return refused("alternateSeats", "Số đại biểu dự khuyết không được âm; đề nghị "
                    + request.alternateSeats());
        }
        List<Held> rounds = held.stream().filter(h -> h.office() == office)
                .sorted(Comparator.comparingInt(Held::roundNo)).toList();
        Held previous = null;
        if (request.previousElectionId() == null) {
            if (!rounds.isEmpty()) {
                Held last = rounds.get(rounds.size() - 1);
                return refused("previousElectionId", "Đã mở lần bầu " + office.title() + " thứ " + last.roundNo()
                        + "; lần bầu tiếp theo phải nêu lần bầu trước (previousElectionId)");
            }
        } else {
            previous = rounds.stream().filter(h -> h.id().equals(request.previousElectionId())).findFirst()
                    .orElse(null);
            if (previous == null) {
                return refused("previousElectionId", "Lần bầu " + request.previousElectionId()
                        + " không phải một lần bầu " + office.title() + " của đại hội này");
            }
            Held last = rounds.get(rounds.size() - 1);
            if (last != previous) {
                return refused("previousElectionId", "Đã có lần bầu " + office.title() + " thứ " + last.roundNo()
                        + " sau lần bầu thứ " + previous.roundNo() + "; lần bầu tiếp theo nối tiếp lần bầu thứ "
                        + last.roundNo());
            }
            if (previous.status() != ElectionStatus.RESULT_DECLARED) {
                return refused("previousElectionId", "Lần bầu " + office.title() + " thứ " + previous.roundNo()
                        + " chưa công bố kết quả: chưa mở lần bầu tiếp theo được");
            }
        }
        int roundNo = previous == null ? 1 : previous.roundNo() + 1;
        int maxRounds = rules.elections().secretaryMaxRounds();
        if (office == Office.SECRETARY && roundNo > maxRounds) {
            return refused("previousElectionId", "Đã bầu " + office.title() + " " + maxRounds
                    + " lần chưa có người trúng cử: cấp trên chỉ định " + office.title() + ", không bầu lần thứ "
                    + roundNo);
        }
        Refusal order = orderProblem(structure, stated, held, office);
        if (order != null) {
            return new Refused(order);
        }
        Refusal seats = seatsProblem(structure, stated, rounds, ballot, request, roundNo);
        if (seats != null) {
            return new Refused(seats);
        }
        Electorate electorate = ballot == null ? Electorate.CONGRESS : ballot.electedBy();
        return new Open(electorate, roundNo, previous == null ? null : previous.id());
    }

    /**
     * The ballot that must be declared before this office's: the one before it in the structure (a ballot the
     * congress will not hold, such as a deputy stated as 0, is skipped); for the delegation, the congress' first.
     */
    public static Office predecessor(ElectionStructure structure, StatedStructure stated, Office office) {
        List<Ballot> ballots = structure.ballots().stream().filter(b -> seatCap(b, stated) > 0).toList();
        if (office == Office.DELEGATION) {
            return ballots.isEmpty() ? null : ballots.get(0).office();
        }
        Office before = null;
        for (Ballot b : ballots) {
            if (b.office() == office) {
                return before;
            }
            before = b.office();
        }
        return before;
    }

    /** The seats an office has at this congress: the stated size, else the structure's maximum. */
    public static int seatCap(Ballot ballot, StatedStructure stated) {
        if (stated == null) {
            return ballot.maxSeats();
        }
        Integer size = switch (ballot.office()) {
            case CELL_COMMITTEE, PARTY_COMMITTEE -> stated.committeeSize();
            case STANDING_COMMITTEE -> stated.standingCommitteeSize();
            case DEPUTY_SECRETARY -> stated.deputySecretaries();
            case INSPECTION_COMMISSION -> stated.inspectionCommissionSize();
            default -> null;
        };
        return size == null ? ballot.maxSeats() : size;
    }

    private static Refusal orderProblem(ElectionStructure structure, StatedStructure stated, List<Held> held,
            Office office) {
        Office before = predecessor(structure, stated, office);
        if (before == null) {
            return null;
        }
        List<Held> ofBefore = held.stream().filter(h -> h.office() == before).toList();
        boolean declared = ofBefore.stream().anyMatch(h -> h.status() == ElectionStatus.RESULT_DECLARED);
        boolean open = ofBefore.stream().anyMatch(h -> h.status() != ElectionStatus.RESULT_DECLARED);
        if (declared && !open) {
            return null;
        }
        String why = ofBefore.isEmpty() ? "chưa bầu " + before.title()
                : "lần bầu " + before.title() + " chưa công bố kết quả";
        return new Refusal("office", "Phải bầu " + before.title() + " trước khi bầu " + office.title() + ": " + why);
    }

    private static Refusal seatsProblem(ElectionStructure structure, StatedStructure stated, List<Held> rounds,
            Ballot ballot, Request request, int roundNo) {
        if (ballot == null) {
            return null; // the delegation: the higher committee allots the delegates, given when opening
        }
        int cap = seatCap(ballot, stated);
        String title = ballot.title();
        if (cap == 0) {
            return new Refusal("office", "Đại hội đã nêu không bầu " + title);
        }
        int seats = request.seats();
        if (roundNo == 1) {
            int min = ballot.minSeats() == null ? 1 : Math.max(1, ballot.minSeats());
            if (seats < min || seats > cap) {
                String range = min == cap ? "là " + cap : "từ " + min + " đến " + cap;
                return new Refusal("seats", "Số lượng cần bầu " + title + " " + range + "; đề nghị " + seats);
            }
            return null;
        }
        int elected = rounds.stream().mapToInt(Held::elected).sum();
        int left = cap - elected;
        if (left <= 0) {
            return new Refusal("office", title + " đã bầu đủ " + cap + " người; không mở thêm lần bầu");
        }
        if (seats > left) {
            return new Refusal("seats", title + " còn " + left + " người cần bầu (đã trúng cử " + elected + "/"
                    + cap + "); đề nghị " + seats);
        }
        return null;
    }

    private static Refused refused(String field, String message) {
        return new Refused(new Refusal(field, message));
    }
}
