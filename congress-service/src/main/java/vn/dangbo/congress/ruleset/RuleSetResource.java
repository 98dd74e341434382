package vn.dangbo.congress.ruleset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.congress.ruleset.RuleSetRecords.RuleSetSummary;
import vn.dangbo.kit.security.Roles;

@Path("/rule-sets")
@Tag(name = "Rule sets", description = "Bộ quy tắc đại hội theo từng đợt")
public class RuleSetResource {

    private final RuleSetCatalogue catalogue;

    public RuleSetResource(RuleSetCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "The rule sets: id, title and the documents each implements")
    public List<RuleSetSummary> list() {
        return catalogue.all().stream().map(RuleSetSummary::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.VIEWER})
    @Operation(summary = "Every number of one rule set, each section with its source")
    public RuleSet get(@PathParam("id") String id) {
        return catalogue.get(id);
    }
}
