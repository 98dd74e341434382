package vn.dangbo.congress.agenda;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.dangbo.congress.checklist.CongressLevel;

/**
 * A congress' agenda, derived from the plan and the congress. Every congress reviews its term, comments on the
 * higher congresses' drafts and elects its committee; it elects a delegation to the higher congress unless it is a
 * cell whose committee holds an all-member congress, where every member attends in person (plan II.5).
 */
public final class AgendaRules {

    private AgendaRules() {
    }

    public static List<AgendaItem> itemsFor(AgendaPlan plan, CongressLevel level,
            boolean committeeHoldsAllMemberCongress) {
        Objects.requireNonNull(level, "level");
        boolean electsDelegation = !(level == CongressLevel.CELL && committeeHoldsAllMemberCongress);
        List<AgendaItem> items = new ArrayList<>();
        for (AgendaPlan.Item item : plan.items()) {
            if (item.electsDelegation() && !electsDelegation) {
                continue;
            }
            String text = level == CongressLevel.CELL && item.cellText() != null ? item.cellText() : item.text();
            items.add(new AgendaItem(items.size() + 1, item.code(), text));
        }
        return List.copyOf(items);
    }
}
