package vn.dangbo.registry.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dangbo.kit.audit.AuditTrail;
import vn.dangbo.kit.security.Roles;

@Path("/audit")
@Tag(name = "Audit", description = "Nhật ký thay đổi dữ liệu")
public class AuditResource {

    private final AuditTrail trail;
    private final ObjectMapper json;

    public AuditResource(AuditTrail trail, ObjectMapper json) {
        this.trail = trail;
        this.json = json;
    }

    public record AuditEntryResponse(long id, String entity, UUID entityId, String action, String actor,
            OffsetDateTime at,
            @Schema(implementation = Map.class, nullable = true,
                    description = "The entity's state before the change (null when it was created)") JsonNode before,
            @Schema(implementation = Map.class, nullable = true,
                    description = "The entity's state after the change") JsonNode after) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every change of one organisation or member, oldest first (admins only)")
    public List<AuditEntryResponse> of(
            @QueryParam("entity") @NotNull @Pattern(regexp = "organisation|member",
                    message = "phải là organisation hoặc member") String entity,
            @QueryParam("id") @NotNull UUID id) {
        return trail.of(entity, id).stream().map(a -> new AuditEntryResponse(a.id, a.entity, a.entityId, a.action,
                a.actor, a.at, read(a.before), read(a.after))).toList();
    }

    private JsonNode read(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("audit entry holds invalid JSON", e);
        }
    }
}
