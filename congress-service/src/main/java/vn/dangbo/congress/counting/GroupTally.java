package vn.dangbo.congress.counting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A counting group's tally (a large congress counts by groups, not ballot by ballot).
 *
 * @param votes every candidate's votes in the group, in list order
 */
public record GroupTally(int ballots, int valid, int invalid, Map<UUID, Integer> votes) {

    /**
     * The tally as a teller entered it, checked and with every candidate of the list (one left out has 0).
     *
     * @throws ContentRefusal naming the field when the figures cannot be a tally of this list
     */
    public static GroupTally entered(CountBasis basis, Integer ballots, Integer valid, Integer invalid,
            Map<UUID, Integer> votes) {
        if (ballots == null || ballots < 0) {
            throw new ContentRefusal("ballots", "Nhập số phiếu của tổ kiểm phiếu (không âm)");
        }
        if (valid == null || valid < 0) {
            throw new ContentRefusal("valid", "Nhập số phiếu hợp lệ của tổ kiểm phiếu (không âm)");
        }
        if (invalid == null || invalid < 0) {
            throw new ContentRefusal("invalid", "Nhập số phiếu không hợp lệ của tổ kiểm phiếu (không âm)");
        }
        if (valid + invalid != ballots) {
            throw new ContentRefusal("valid", "Số phiếu hợp lệ (" + valid + ") cộng số phiếu không hợp lệ ("
                    + invalid + ") phải bằng số phiếu của tổ (" + ballots + ")");
        }
        Map<UUID, Integer> given = votes == null ? Map.of() : votes;
        for (Map.Entry<UUID, Integer> vote : given.entrySet()) {
            if (!basis.candidates().contains(vote.getKey())) {
                throw new ContentRefusal("votes", "Người có mã " + vote.getKey() + " không có trong danh sách bầu cử");
            }
            if (vote.getValue() == null || vote.getValue() < 0) {
                throw new ContentRefusal("votes", "Số phiếu bầu của người có mã " + vote.getKey() + " phải không âm");
            }
        }
        Map<UUID, Integer> all = new LinkedHashMap<>();
        basis.candidates().forEach(id -> all.put(id, given.getOrDefault(id, 0)));
        return new GroupTally(ballots, valid, invalid, all);
    }

    public String canonical() {
        Map<String, Object> tree = new TreeMap<>();
        tree.put("ballots", ballots);
        tree.put("valid", valid);
        tree.put("invalid", invalid);
        Map<String, Integer> byId = new TreeMap<>();
        votes.forEach((id, n) -> byId.put(id.toString(), n));
        tree.put("votes", byId);
        return Canonical.json(tree);
    }

    public static GroupTally parse(String canonical) {
        Map<String, Object> tree = Canonical.tree(canonical);
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        ((Map<?, ?>) tree.get("votes")).forEach((id, n) -> votes.put(UUID.fromString(id.toString()),
                ((Number) n).intValue()));
        return new GroupTally(((Number) tree.get("ballots")).intValue(), ((Number) tree.get("valid")).intValue(),
                ((Number) tree.get("invalid")).intValue(), votes);
    }
}
