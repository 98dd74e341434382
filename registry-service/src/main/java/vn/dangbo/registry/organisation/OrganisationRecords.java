package vn.dangbo.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;

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

    /** Đổi tên: the short code may change with the name; a null short code keeps the current one. */
    public record RenameRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 40) String shortCode) {
    }

    /** The current term (nhiệm kỳ), e.g. after the congress that opened it. */
    public record TermRequest(
            @NotNull @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng 2020-2025") String term) {
    }

    /** Chuyển tổ chức đảng (with its whole subtree) under another parent. */
    public record MoveRequest(@NotNull UUID parentId) {
    }

    /** Giải thể, by a decision of the higher committee. */
    public record DissolveRequest(
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 200) String decisionReference) {
    }

    /** Hợp nhất: this organisation's members and child organisations go to the target. */
    public record MergeRequest(
            @NotNull UUID targetId,
            @NotNull @PastOrPresent LocalDate effectiveDate,
            @NotBlank @Size(max = 200) String decisionReference) {
    }

    public record OrganisationResponse(UUID id, UUID parentId, List<UUID> path, OrganisationType type, String name,
            String shortCode, OrganisationStatus status, String term, UUID mergedInto, long version) {

        public static OrganisationResponse of(Organisation o) {
            return new OrganisationResponse(o.id, o.parentId, o.pathIds(), o.type, o.name, o.shortCode, o.status,
                    o.term, o.mergedInto, o.version);
        }
    }

    /** One step of the path from the root (the bloc committee) down to an organisation. */
    public record PathStep(UUID id, OrganisationType type, String name, String shortCode) {

        static PathStep of(Organisation o) {
            return new PathStep(o.id, o.type, o.name, o.shortCode);
        }
    }
}
