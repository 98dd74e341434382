package vn.dangbo.congress.checklist;

import java.time.LocalDate;

/**
 * One document a congress owes, with the body it goes to and its due date; {@code dueDate} is null while the
 * round has not set the date its deadline hangs on.
 */
public record ChecklistItem(String code, DocumentKind kind, String name, String body, LocalDate dueDate) {
}
