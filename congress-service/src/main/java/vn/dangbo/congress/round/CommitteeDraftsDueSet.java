package vn.dangbo.congress.round;

import java.time.LocalDate;
import java.util.UUID;

/** The round set or moved the date by which the committee's drafts are approved (a CDI event, in transaction). */
public record CommitteeDraftsDueSet(UUID roundId, LocalDate committeeDraftsDue) {
}
