package vn.dangbo.congress.checklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The documents a congress owes and their due dates, derived from the plan's checklist and the congress' dates
 * alone: moving a congress is deriving its items again from the new dates, nothing stored to shift.
 */
public final class ChecklistRules {

    private ChecklistRules() {
    }

    /**
     * The items of a congress of {@code level} held from {@code startDate} to {@code endDate}; {@code roundSetDate}
     * is the date the round sets for deadlines anchored on it (null while it has not: those items have no due date).
     */
    public static List<ChecklistItem> itemsFor(Checklist plan, CongressLevel level, LocalDate startDate,
            LocalDate endDate, LocalDate roundSetDate) {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the congress ends " + endDate + " before it starts " + startDate);
        }
        Checklist.Level documents = plan.level(level).orElseThrow(
                () -> new IllegalArgumentException("checklist " + plan.id() + " has no documents for " + level));
        return documents.documents().stream()
                .map(d -> new ChecklistItem(d.code(), d.kind(), d.name(),
                        d.kind() == DocumentKind.DRAFT ? documents.approvingBody() : documents.reportTo(),
                        due(documents.deadline(d.kind()), startDate, endDate, roundSetDate)))
                .toList();
    }

    /**
     * Whether the item is late: handed in (submitted or approved) after its due date, or not handed in and the
     * due date has passed. The due date itself is still in time; an item without a due date is never late.
     */
    public static boolean isOverdue(ChecklistItem item, LocalDate handedInOn, LocalDate today) {
        if (item.dueDate() == null) {
            return false;
        }
        LocalDate reference = handedInOn != null ? handedInOn : Objects.requireNonNull(today, "today");
        return reference.isAfter(item.dueDate());
    }

    static LocalDate due(Checklist.Deadline deadline, LocalDate startDate, LocalDate endDate,
            LocalDate roundSetDate) {
        LocalDate anchor = switch (deadline.anchor()) {
            case START -> startDate;
            case END -> endDate;
            case ROUND_SET -> roundSetDate;
        };
        return anchor == null ? null : anchor.plusDays(deadline.offsetDays());
    }
}
