package vn.dangbo.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the organisation API (entities never leave the service). */
public final class OrganisationRecords {

    private OrganisationRecords() {
    }

    public record CreateOrganisationRequest(
            UUID parentId,
            @NotNull OrganisationType type,
            @NotBlank @Size(max = 300) String name,
            @Size(max = 40) String shortCode,
            @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng 2020-2025") String term) {
    }

    public record OrganisationResponse(UUID id, UUID parentId, List<UUID> path, OrganisationType type, String name,
            String shortCode, OrganisationStatus status, String term, long version) {

        static OrganisationResponse of(Organisation o) {
            return new OrganisationResponse(o.id, o.parentId, o.pathIds(), o.type, o.name, o.shortCode, o.status,
                    o.term, o.version);
        }
    }
}
