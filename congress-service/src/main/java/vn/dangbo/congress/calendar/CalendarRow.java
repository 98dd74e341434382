package vn.dangbo.congress.calendar;

import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.congress.checklist.DocumentKind;

/**
 * One row of a calendar feed: a congress, and one of its documents with a due date (all document fields null for a
 * congress that has none). The rows of one congress come together.
 *
 * @param congressVersion raised on every change of the congress (its dates, its status)
 * @param documentSequence raised on every change of the document item (its due date above all)
 */
public record CalendarRow(UUID congressId, long congressVersion, boolean cancelled, LocalDate startDate, int days,
        String term, String organisationName, String documentCode, DocumentKind documentKind, String documentName,
        LocalDate dueDate, int documentSequence) {

    public boolean hasDeadline() {
        return documentCode != null && dueDate != null;
    }
}
