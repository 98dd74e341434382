package vn.dangbo.emulation.invitation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the invitations API takes and answers. */
public final class InvitationRecords {

    private InvitationRecords() {
    }

    public record GroupCount(String code, String label, String source, int count, List<UUID> chosenCells) {
    }

    /** @param total the people invited, each counted once whatever the groups they are in */
    public record GroupsResponse(List<GroupCount> groups, int total) {
    }

    public record CellsRequest(@NotNull List<@NotNull UUID> organisationIds) {
    }

    public record GuestRequest(@NotBlank String groupCode, @NotBlank @Size(max = 200) String fullName,
            @Size(max = 300) String title, @Size(max = 500) String organisationName) {
    }

    public record GuestResponse(UUID id, String groupCode, String groupLabel, String fullName, String title,
            String organisationName) {
    }

    public record FieldError(String field, String message) {
    }

    /** A spreadsheet row that was not kept, by its row number (the header is row 1). */
    public record RowError(int row, List<FieldError> errors) {
    }

    public record ImportResponse(int rows, int imported, int invalid, List<RowError> errors) {
    }

    public record RefreshResponse(int added, int changed, int withdrawn, int total) {
    }

    public record RoleView(String code, String label, String reason) {
    }

    /** @param token only in the single invitee's view (the office reprints an invitation with it) */
    public record InviteeResponse(UUID id, UUID memberId, String fullName, String title, String organisationName,
            List<RoleView> roles, String reply, boolean withdrawn, boolean issued, UUID issuedBatchId, String token,
            long version) {
    }

    public record InviteePage(List<InviteeResponse> items, int page, int size, long total) {
    }

    public record Signature(String authority, @NotBlank String position, String name) {
    }

    public record IssueRequest(@Valid Signature signature) {
    }

    public record IssueResponse(UUID batchId, int count, List<String> warnings) {
    }

    public record DocumentView(UUID id, Integer number, String symbol, LocalDate issuedOn, String contentUrl) {
    }

    public record BatchResponse(UUID batchId, int count, Instant requestedAt, String requestedBy,
            DocumentView document) {
    }
}
