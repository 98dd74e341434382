package vn.dangbo.congress.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.result.ResultRecords.ResultResponse;

/** What the submission and approval API reads and writes. */
public final class ApprovalRecords {

    private ApprovalRecords() {
    }

    /**
     * @param approvingBody the approving body as the decision names it (e.g. "Ban Thường vụ Đảng ủy Khối"); by
     *                      default the name of the committee above the congress' organisation
     */
    public record ApprovalRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate approvedOn,
            @Size(max = 300) String approvingBody) {
    }

    public record ApprovingBody(UUID id, String name) {
    }

    public record PositionView(UUID memberId, String fullName, UUID organisationId, String role) {
    }

    /**
     * @param status    NOT_SUBMITTED, SUBMITTED or APPROVED
     * @param positions the positions the approval gives (from the declared results; taken from {@code approvedOn})
     */
    public record ElectionResultsResponse(UUID congressId, String status, OffsetDateTime submittedAt,
            String submittedBy, String decisionNumber, LocalDate approvedOn, ApprovingBody approvingBody,
            String approvedBy, List<ResultResponse> results, List<PositionView> positions) {
    }
}
