package vn.dangbo.congress.agenda;

import java.util.List;

/** The items a plan sets for its congresses, as read from {@code agendas/<id>.json}. */
public record AgendaPlan(String id, String source, List<Item> items) {

    public AgendaPlan {
        items = List.copyOf(items);
    }

    /**
     * One item: its text, the cell's own where the plan words it differently (another term), and whether it is
     * the election of the delegation to the higher congress.
     */
    public record Item(String code, String text, String cellText, boolean electsDelegation) {
    }
}
