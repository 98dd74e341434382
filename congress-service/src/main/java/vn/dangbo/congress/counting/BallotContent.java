package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.congress.election.BallotKind;

/**
 * What one ballot says: the names kept (struck-out ballot) or the mark for each name (agree/disagree ballot).
 *
 * @param kept  the candidates not struck out, in list order; null on an agree/disagree ballot
 * @param marks the mark for every candidate, in list order; null on a struck-out ballot
 */
public record BallotContent(List<UUID> kept, Map<UUID, Mark> marks) {

    /**
     * The ballot as a teller entered it, checked against the list and put in its one canonical form (names in list
     * order; on an agree/disagree ballot a name the teller left out is {@link Mark#NONE}).
     *
     * @throws ContentRefusal naming the field when the entry cannot be a ballot of this list
     */
    public static BallotContent entered(CountBasis basis, List<UUID> kept, Map<UUID, Mark> marks) {
        Set<UUID> list = new HashSet<>(basis.candidates());
        if (basis.ballotKind() == BallotKind.STRIKE_OUT) {
            if (kept == null || marks != null) {
                throw new ContentRefusal("kept", "Phiếu gạch tên: nhập danh sách người được giữ lại (kept), "
                        + "không nhập ô tán thành/không tán thành");
            }
            Set<UUID> keptSet = new HashSet<>();
            for (UUID id : kept) {
                if (id == null || !list.contains(id)) {
                    throw new ContentRefusal("kept", "Người có mã " + id + " không có trong danh sách bầu cử");
                }
                if (!keptSet.add(id)) {
                    throw new ContentRefusal("kept", "Người có mã " + id + " được nhập hai lần");
                }
            }
            return new BallotContent(basis.candidates().stream().filter(keptSet::contains).toList(), null);
        }
        if (marks == null || kept != null) {
            throw new ContentRefusal("marks", "Phiếu tán thành/không tán thành: nhập ô đánh dấu cho từng người "
                    + "(marks), không nhập danh sách giữ lại");
        }
        for (Map.Entry<UUID, Mark> mark : marks.entrySet()) {
            if (!list.contains(mark.getKey())) {
                throw new ContentRefusal("marks", "Người có mã " + mark.getKey()
                        + " không có trong danh sách bầu cử");
            }
            if (mark.getValue() == null) {
                throw new ContentRefusal("marks", "Thiếu ô đánh dấu cho người có mã " + mark.getKey());
            }
        }
        Map<UUID, Mark> all = new LinkedHashMap<>();
        basis.candidates().forEach(id -> all.put(id, marks.getOrDefault(id, Mark.NONE)));
        return new BallotContent(null, all);
    }

    public String canonical() {
        Map<String, Object> tree = new TreeMap<>();
        if (kept != null) {
            tree.put("kept", kept.stream().map(UUID::toString).sorted().toList());
        } else {
            Map<String, String> byId = new TreeMap<>();
            marks.forEach((id, mark) -> byId.put(id.toString(), mark.name()));
            tree.put("marks", byId);
        }
        return Canonical.json(tree);
    }

    /** Reads a canonical ballot back, names in the list's order. */
    public static BallotContent parse(CountBasis basis, String canonical) {
        Map<String, Object> tree = Canonical.tree(canonical);
        if (tree.containsKey("kept")) {
            Set<UUID> kept = new HashSet<>();
            for (Object id : (List<?>) tree.get("kept")) {
                kept.add(UUID.fromString(id.toString()));
            }
            List<UUID> ordered = new ArrayList<>(basis.candidates().stream().filter(kept::contains).toList());
            kept.stream().filter(id -> !basis.candidates().contains(id)).forEach(ordered::add);
            return new BallotContent(List.copyOf(ordered), null);
        }
        Map<UUID, Mark> marks = new LinkedHashMap<>();
        ((Map<?, ?>) tree.get("marks")).forEach((id, mark) -> marks.put(UUID.fromString(id.toString()),
                Mark.valueOf(mark.toString())));
        return new BallotContent(null, marks);
    }
}
