package vn.dangbo.congress.calendar;

import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.congress.checklist.DocumentKind;

/**
 * One row of a calendar feed: a congress, and one of its deadlines: the documents of one kind with their due date and
 * how many they are (the document fields null for a congress that has none). The rows of one congress come together.
 *
 * @param congressVersion raised on every change of the congress (its dates, its status)
 * @param documentSequence the highest of the documents' sequences, each raised on every change of its item (its
 *        due date above all)
 */
public record CalendarRow(UUID congressId, long congressVersion, boolean cancelled, LocalDate startDate, int days,
        String term, String organisationName, DocumentKind documentKind, LocalDate dueDate, int documents,
        int documentSequence) {

    public boolean hasDeadline() {
        return documentKind != null && dueDate != null;
    }
}
