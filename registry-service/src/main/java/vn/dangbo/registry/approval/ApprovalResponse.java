package vn.dangbo.registry.approval;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An approval of election results as the registry applied it: how many positions it gave and ended, and each one it
 * could not (the office then settles it by hand through the member's positions).
 */
public record ApprovalResponse(UUID id, UUID congressId, UUID organisationId, String organisationName,
        String approvingBody, String decisionNumber, LocalDate approvedOn, int assigned, int ended, int alreadyHeld,
        OffsetDateTime appliedAt, List<ProblemResponse> problems) {

    public record ProblemResponse(UUID memberId, String fullName, UUID organisationId, String role, String message) {
    }

    static ApprovalResponse of(PositionApproval a) {
        return new ApprovalResponse(a.id, a.congressId, a.organisationId, a.organisationName, a.approvingBody,
                a.decisionNumber, a.approvedOn, a.assigned, a.ended, a.alreadyHeld, a.appliedAt,
                a.problems.stream().map(p -> new ProblemResponse(p.memberId, p.fullName, p.organisationId, p.role,
                        p.message)).toList());
    }
}
