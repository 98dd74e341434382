package vn.dangbo.emulation.invitation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.movement.Movement;

/**
 * The invitations' event on {@code emulation.invitations.v1} (key = the event's id), from which docs-service prints
 * the batch of addressed invitations (GM): its schema is the lead's {@code invitations.requested.v1}.
 */
public final class InvitationEvents {

    public static final String TOPIC = "emulation.invitations.v1";
    public static final String REQUESTED = "vn.dangbo.emulation.invitations.requested.v1";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private InvitationEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record EventRef(UUID id, String kind, String title, LocalDate date, String startsAt, String endsAt,
            String venue, String organiser, int plannedCount) {

        static EventRef of(Gathering g) {
            return new EventRef(g.id, g.kind.name(), g.title, g.onDate, g.startsAt.format(TIME),
                    g.endsAt.format(TIME), g.venue, g.organiser, g.plannedCount);
        }
    }

    public record Signature(String authority, String position, String name) {
    }

    /** @param roles the groups' labels, in the groups' order */
    public record Invitation(UUID invitationId, String name, String title, String organisation, List<String> roles,
            String token) {
    }

    public record Requested(UUID batchId, MovementRef movement, IssuingBody.Issuer issuer, IssuingBody.Body higherBody,
            EventRef event, @JsonInclude(JsonInclude.Include.NON_NULL) Signature signature,
            List<Invitation> invitations) {

        static Requested of(UUID batchId, Movement movement, IssuingBody.Issuer issuer, IssuingBody.Body higherBody,
                Gathering gathering, Signature signature, List<Invitation> invitations) {
            return new Requested(batchId, new MovementRef(movement.id, movement.name), issuer, higherBody,
                    EventRef.of(gathering), signature, invitations);
        }
    }
}
