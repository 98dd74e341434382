package vn.dangbo.emulation.gathering;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody.Body;
import vn.dangbo.emulation.movement.IssuingBody.Issuer;

/**
 * The events of {@code emulation.events.v1} (schemas in {@code /events/schemas/<type>.json}, key = the event's id):
 * the seminar or meeting scheduled and rescheduled, the meeting's programme published for docs-service to print.
 * Times are local to the movement's zone, "08:00".
 */
public final class GatheringEvents {

    public static final String TOPIC = "emulation.events.v1";
    public static final String SCHEDULED = "vn.dangbo.emulation.event.scheduled.v1";
    public static final String RESCHEDULED = "vn.dangbo.emulation.event.rescheduled.v1";
    /** Printed by docs-service as the programme (CTr), relatedTo = publicationId. */
    public static final String PROGRAMME_PUBLISHED = "vn.dangbo.emulation.programme.published.v1";

    private GatheringEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    /** The event as every document and subscriber reads it. */
    public record EventData(UUID id, String kind, String title, LocalDate date, String startsAt, String endsAt,
            String venue, String organiser, int plannedCount) {
    }

    public record Scheduled(MovementRef movement, EventData event) {
    }

    public record Slot(LocalDate date, String startsAt, String endsAt, String venue) {
    }

    public record Rescheduled(MovementRef movement, EventData event, Slot before, Slot after) {
    }

    public record Item(int order, String kind, String title, String performer, List<String> lines) {
    }

    public record ProgrammePublished(UUID publicationId, MovementRef movement, Issuer issuer, Body higherBody,
            EventData event, List<Item> items) {
    }
}
