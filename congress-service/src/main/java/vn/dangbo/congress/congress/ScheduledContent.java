package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dangbo.congress.congress.CongressEvents.AgendaEntry;
import vn.dangbo.congress.congress.CongressEvents.Attendee;
import vn.dangbo.kit.organisation.KnownOrganisation;

/**
 * What {@code scheduled.v1} carries beyond the congress' dates, so that docs-service prints the programme and the
 * attendee list without calling back: the agenda derived from the round and, for an all-member congress, the
 * members expected.
 */
@ApplicationScoped
public class ScheduledContent {

    private final CongressAgenda agendas;
    private final CongressAttendees attendees;

    public ScheduledContent(CongressAgenda agendas, CongressAttendees attendees) {
        this.agendas = agendas;
        this.attendees = attendees;
    }

    /** @param attendees null for a delegate congress */
    public record Content(List<AgendaEntry> agenda, List<Attendee> attendees) {
    }

    public Content of(Congress congress, KnownOrganisation organisation) {
        List<AgendaEntry> agenda = agendas.of(congress, organisation).items().stream()
                .map(i -> new AgendaEntry(i.number(), i.code(), i.text())).toList();
        return new Content(agenda, attendees.of(congress, organisation));
    }
}
