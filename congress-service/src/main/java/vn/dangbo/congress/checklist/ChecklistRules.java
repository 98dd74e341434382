package vn.dangbo.congress.checklist;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import vn.dangbo.kit.text.VietnameseText;

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

    /**
     * Whether an item is overdue now: not done and its due date has passed (the due date itself is still in time).
     * An item without a due date never is.
     */
    public static boolean isPastDue(LocalDate dueDate, boolean done, LocalDate today) {
        return !done && dueDate != null && today.isAfter(dueDate);
    }

    /** Whole days past the due date; 0 when not past. */
    public static long daysLate(LocalDate dueDate, LocalDate today) {
        return dueDate == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(dueDate, today));
    }

    /** A draft is done once the body above approved it; an after-report once it reached the body. */
    public static boolean isDone(DocumentKind kind, boolean submitted, boolean approved) {
        return kind == DocumentKind.DRAFT ? approved : submitted || approved;
    }

    /**
     * Which draft or after-report a document issued for the congress is: issued before the congress' first day it
     * is a draft, from that day on a document of the after-report. Of the plan's documents of that kind issued as
     * {@code typeCode} whose title words all appear in {@code title} (accents and case aside), the one naming most
     * words; empty when none fits (a notice, an invitation: nothing the checklist asks for).
     */
    public static Optional<Checklist.Document> matchIssued(Checklist plan, CongressLevel level, LocalDate startDate,
            String typeCode, String title, LocalDate issuedOn) {
        DocumentKind kind = issuedOn.isBefore(startDate) ? DocumentKind.DRAFT : DocumentKind.AFTER_REPORT;
        String folded = words(title);
        return plan.level(level).stream().flatMap(l -> l.documents().stream())
                .filter(d -> d.kind() == kind && d.issuedAs().type().equals(typeCode))
                .filter(d -> d.issuedAs().titleWords().stream()
                        .allMatch(w -> folded.contains(words(w))))
                .max(Comparator.comparingInt(d -> d.issuedAs().titleWords().size()));
    }

    /** The text folded to its words between spaces, punctuation dropped: " bao cao chinh tri ". */
    private static String words(String text) {
        return " " + VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
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
