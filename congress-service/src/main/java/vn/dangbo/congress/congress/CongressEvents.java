package vn.dangbo.congress.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The congress events of {@code congress.congresses.v1}. Each carries what a subscriber (the documents
 * service) needs to write the congress's documents without calling back: the congress, the organisation
 * that convenes it and that organisation's higher body. Schemas: {@code /events/schemas/<type>.json}.
 */
public final class CongressEvents {

    public static final String TOPIC = "congress.congresses.v1";
    public static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";
    public static final String RESCHEDULED = "vn.dangbo.congress.congress.rescheduled.v1";
    public static final String CANCELLED = "vn.dangbo.congress.congress.cancelled.v1";
    public static final String HELD = "vn.dangbo.congress.congress.held.v1";

    private CongressEvents() {
    }

    public record CongressState(UUID id, UUID roundId, UUID organisationId, String organisationName, String organisationType,
            String kind, LocalDate startDate, LocalDate endDate, int days, boolean pilot, String term,
            long version) {
    }

    /**
     * The organisation that convenes the congress and issues its documents.
     *
     * @param type the registry's organisation type: whether the notice speaks as a cell or as a committee
     */
    public record Convener(UUID id, String name, String shortCode, String type) {
    }

    /** The convener's own higher body (the upper line of a document's header); null at the top of the tree. */
    public record HigherBody(UUID id, String name) {
    }

    /**
     * @param agenda    the congress' agenda, numbered from 1 (the programme is printed from it)
     * @param attendees the members expected at an all-member congress (the attendee list); null for a delegate
     *                  congress, whose delegates are elected later
     */
    public record Scheduled(CongressState congress, Convener convener, HigherBody higherBody,
            List<AgendaEntry> agenda, List<Attendee> attendees) {
    }

    /** One item of the agenda: its number, the plan's code for it and its Vietnamese text. */
    public record AgendaEntry(int number, String code, String text) {
    }

    /**
     * A member expected at an all-member congress, as the attendee list prints it: no personal data of the roll.
     *
     * @param status   FULL or PROBATIONARY
     * @param cellName the cell (or the organisation) the member belongs to
     */
    public record Attendee(String fullName, String status, String cellName) {
    }

    /** The congress at its new dates; {@code previousStartDate}/{@code previousEndDate} are the dates it had. */
    public record Rescheduled(CongressState congress, Convener convener, HigherBody higherBody,
            LocalDate previousStartDate, LocalDate previousEndDate, String reason) {
    }

    public record Held(CongressState congress, Convener convener, HigherBody higherBody) {
    }

    public record Cancelled(CongressState congress, Convener convener, HigherBody higherBody, String reason) {
    }
}
