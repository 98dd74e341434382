package vn.dangbo.congress.congress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.agenda.AgendaItem;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.kit.security.Roles;

@Path("/congresses/{id}/agenda")
@Tag(name = "Congresses", description = "Đại hội")
public class CongressAgendaResource {

    private final CongressAgenda agendas;

    public CongressAgendaResource(CongressAgenda agendas) {
        this.agendas = agendas;
    }

    /**
     * @param committeeKind         the kind of the convening committee's congress (a cell's agenda depends on it)
     * @param committeeKindExpected true when that congress is not scheduled yet: the kind its member count gives
     */
    public record AgendaResponse(UUID congressId, String agendaId, CongressLevel level, CongressKind committeeKind,
            boolean committeeKindExpected, List<AgendaItem> items) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The congress' agenda, derived from its round's agenda and the congress: a committee's "
            + "congress 4 items, a cell's 3 when its committee holds an all-member congress (no delegation)")
    public AgendaResponse get(@PathParam("id") UUID id) {
        CongressAgenda.Agenda agenda = agendas.of(id);
        return new AgendaResponse(id, agenda.agendaId(), agenda.level(), agenda.committeeKind(),
                agenda.committeeKindExpected(), agenda.items());
    }
}
