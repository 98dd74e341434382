package vn.dangbo.docs.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * What the documents need of the emulation movement's gatherings and tournament, read from the events' JSON on
 * {@code emulation.invitations.v1}, {@code emulation.events.v1} and {@code emulation.tournaments.v1}: the contract is
 * emulation-service's schema files, not its Java. Fields the documents do not print are ignored, so the producer may
 * add fields without breaking this consumer; a part the documents need and the schema requires, when missing, makes
 * the event invalid (dead letter). Plain Java.
 */
public final class EventData {

    public static final String INVITATIONS_REQUESTED = "vn.dangbo.emulation.invitations.requested.v1";
    public static final String PROGRAMME_PUBLISHED = "vn.dangbo.emulation.programme.published.v1";
    public static final String ATTENDANCE_CLOSED = "vn.dangbo.emulation.attendance.closed.v1";
    public static final String SCHEDULE_PUBLISHED = "vn.dangbo.emulation.schedule.published.v1";
    public static final String TOURNAMENT_COMPLETED = "vn.dangbo.emulation.tournament.completed.v1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private EventData() {
    }

    public record Movement(UUID id, String name) {
    }

    /** The bloc committee running the movement: the documents are issued and numbered in its name and term. */
    public record Issuer(UUID id, String name, String shortCode, String type, String term) {

        /** A cell issues in its own name; a committee through its đảng ủy. */
        public boolean cell() {
            return OrganisationType.parse(type).map(OrganisationType::holdsMembers).orElse(false);
        }
    }

    public record HigherBody(UUID id, String name) {
    }

    /** The seminar or the meeting; date and times local to the movement. */
    public record Gathering(UUID id, String kind, String title, String date, String startsAt, String endsAt,
            String venue, String organiser, Integer plannedCount) {
    }

    public record Signature(String authority, String position, String name) {
    }

    public record Invitation(UUID invitationId, String name, String title, String organisation, List<String> roles,
            String token) {
    }

    public record InvitationsRequested(UUID batchId, Movement movement, Issuer issuer, HigherBody higherBody,
            Gathering event, Signature signature, List<Invitation> invitations) {
    }

    public record ProgrammeItem(Integer order, String kind, String title, String performer, List<String> lines) {
    }

    public record ProgrammePublished(UUID publicationId, Movement movement, Issuer issuer, HigherBody higherBody,
            Gathering event, List<ProgrammeItem> items) {
    }

    public record GroupCount(String code, String label, int invited, int accepted, int checkedIn) {
    }

    public record Attendee(String name, String title, String organisation, List<String> roles, String substituteFor,
            String checkedInAt) {
    }

    public record AttendanceClosed(Movement movement, Issuer issuer, HigherBody higherBody, Gathering event,
            String closedAt, Integer plannedCount, int invited, int accepted, int checkedIn, List<GroupCount> groups,
            List<Attendee> attendees) {
    }

    public record Tournament(UUID id, String name, String venue) {
    }

    public record Match(Integer number, String stage, String group, Integer round, String date, String time,
            Integer court, String home, String away) {
    }

    public record SchedulePublished(UUID publicationId, Movement movement, Issuer issuer, HigherBody higherBody,
            Tournament tournament, List<Match> matches) {
    }

    public record Team(UUID id, String name, List<String> organisations) {
    }

    public record Ranked(Integer rank, Team team) {
    }

    public record SetScore(int home, int away) {
    }

    public record Final(String home, String away, List<SetScore> sets, String winner) {
    }

    public record TournamentCompleted(Movement movement, Issuer issuer, HigherBody higherBody, Tournament tournament,
            String completedOn, List<Ranked> ranking, @com.fasterxml.jackson.annotation.JsonProperty("final")
            Final finalMatch) {
    }

    public static InvitationsRequested invitationsRequested(IncomingEvent event) {
        InvitationsRequested data = read(event, InvitationsRequested.class);
        require(event, data.batchId(), data.movement(), data.event(), data.invitations());
        issuer(event, data.issuer());
        gathering(event, data.event());
        nonEmpty(event, data.invitations(), "invitations");
        for (Invitation i : data.invitations()) {
            require(event, i.invitationId(), i.name(), i.roles(), i.token());
            if (!i.token().matches("[A-Za-z0-9_-]{22,64}")) {
                throw invalid(event, "an invitation's token is not the opaque url-safe code the schema requires");
            }
        }
        return data;
    }

    public static ProgrammePublished programmePublished(IncomingEvent event) {
        ProgrammePublished data = read(event, ProgrammePublished.class);
        require(event, data.publicationId(), data.movement(), data.event(), data.items());
        issuer(event, data.issuer());
        gathering(event, data.event());
        nonEmpty(event, data.items(), "items");
        for (ProgrammeItem item : data.items()) {
            require(event, item.order(), item.kind(), item.title(), item.lines());
        }
        return data;
    }

    public static AttendanceClosed attendanceClosed(IncomingEvent event) {
        AttendanceClosed data = read(event, AttendanceClosed.class);
        require(event, data.movement(), data.event(), data.closedAt(), data.plannedCount(), data.groups(),
                data.attendees());
        issuer(event, data.issuer());
        gathering(event, data.event());
        instant(event, data.closedAt());
        for (Attendee a : data.attendees()) {
            require(event, a.name(), a.roles(), a.checkedInAt());
        }
        return data;
    }

    public static SchedulePublished schedulePublished(IncomingEvent event) {
        SchedulePublished data = read(event, SchedulePublished.class);
        require(event, data.publicationId(), data.movement(), data.tournament(), data.matches());
        issuer(event, data.issuer());
        require(event, data.tournament().id(), data.tournament().name(), data.tournament().venue());
        nonEmpty(event, data.matches(), "matches");
        for (Match m : data.matches()) {
            require(event, m.number(), m.stage(), m.round(), m.date(), m.time(), m.court(), m.home(), m.away());
            date(event, m.date());
            time(event, m.time());
        }
        return data;
    }

    public static TournamentCompleted tournamentCompleted(IncomingEvent event) {
        TournamentCompleted data = read(event, TournamentCompleted.class);
        require(event, data.movement(), data.tournament(), data.completedOn(), data.ranking(), data.finalMatch());
        issuer(event, data.issuer());
        require(event, data.tournament().id(), data.tournament().name(), data.tournament().venue());
        date(event, data.completedOn());
        nonEmpty(event, data.ranking(), "ranking");
        for (Ranked r : data.ranking()) {
            require(event, r.rank(), r.team(), r.team().name());
        }
        require(event, data.finalMatch().home(), data.finalMatch().away(), data.finalMatch().sets(),
                data.finalMatch().winner());
        return data;
    }

    private static void issuer(IncomingEvent event, Issuer issuer) {
        require(event, issuer);
        require(event, issuer.id(), issuer.name(), issuer.type(), issuer.term());
    }

    private static void gathering(IncomingEvent event, Gathering g) {
        require(event, g.id(), g.title(), g.date(), g.startsAt(), g.endsAt(), g.venue());
        date(event, g.date());
        time(event, g.startsAt());
        time(event, g.endsAt());
    }

    private static void nonEmpty(IncomingEvent event, List<?> list, String what) {
        if (list.isEmpty()) {
            throw invalid(event, "its " + what + " are empty");
        }
    }

    static LocalDate date(IncomingEvent event, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(event, "a date is not ISO 8601: " + date);
        }
    }

    static LocalTime time(IncomingEvent event, String time) {
        try {
            return LocalTime.parse(time);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(event, "a time is not HH:mm: " + time);
        }
    }

    static OffsetDateTime instant(IncomingEvent event, String instant) {
        try {
            return OffsetDateTime.parse(instant);
        } catch (DateTimeParseException | NullPointerException e) {
            throw invalid(event, "a date-time is not RFC 3339: " + instant);
        }
    }

    private static <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return JSON.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw invalid(event, e.getMessage());
        }
    }

    private static void require(IncomingEvent event, Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                throw invalid(event, "it lacks a part the schema requires");
            }
        }
    }

    private static InvalidEventException invalid(IncomingEvent event, String why) {
        return new InvalidEventException("event " + event.id() + " (" + event.type() + ") does not follow its schema: "
                + why);
    }
}
