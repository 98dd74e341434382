package vn.dangbo.congress.approval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.congress.election.Office;

/**
 * What the congress submits to the higher committee and what its approval gives (plain rules): the results go up
 * only when every election is declared and every seat left open is decided; the approval makes each elected member
 * a holder of the registry's role for the body, delegates excepted (a delegation is not a position).
 */
public final class ApprovalRules {

    /** One election as the submission sees it. */
    public record ElectionState(String title, int roundNo, boolean declared, boolean leavesSeatsOpen,
            boolean decided, boolean appointedByHigherCommittee) {
    }

    /** A member elected to a body: its office and who. */
    public record Elected(Office office, UUID memberId, String fullName) {
    }

    public record Position(UUID memberId, String fullName, UUID organisationId, String role) {
    }

    private ApprovalRules() {
    }

    /** The registry's role an office gives, or empty for one that is no position (the delegation). */
    public static Optional<String> role(Office office) {
        return Optional.ofNullable(switch (office) {
            case CELL_COMMITTEE, PARTY_COMMITTEE -> "COMMITTEE_MEMBER";
            case STANDING_COMMITTEE -> "STANDING_COMMITTEE_MEMBER";
            case SECRETARY -> "SECRETARY";
            case DEPUTY_SECRETARY -> "DEPUTY_SECRETARY";
            case INSPECTION_COMMISSION -> "INSPECTION_COMMISSION_MEMBER";
            case INSPECTION_CHAIR -> "INSPECTION_COMMISSION_CHAIR";
            case DELEGATION -> null;
        });
    }

    /** Every position the elected take in the organisation's bodies, once each (member and role). */
    public static List<Position> positions(List<Elected> elected, UUID organisationId) {
        Set<String> seen = new LinkedHashSet<>();
        List<Position> positions = new ArrayList<>();
        for (Elected e : elected) {
            role(e.office()).filter(role -> seen.add(e.memberId() + "/" + role)).ifPresent(role ->
                    positions.add(new Position(e.memberId(), e.fullName(), organisationId, role)));
        }
        return positions;
    }

    /** @return why the results cannot be submitted yet, in Vietnamese, or empty */
    public static Optional<String> submissionProblem(List<ElectionState> elections, boolean awaitingDirection) {
        if (elections.isEmpty()) {
            return Optional.of("Đại hội chưa có cuộc bầu cử nào để trình cấp trên chuẩn y");
        }
        for (ElectionState e : elections) {
            String which = e.title() + " lần " + e.roundNo();
            if (!e.declared()) {
                return Optional.of("Cuộc bầu " + which + " chưa công bố kết quả");
            }
            if (e.leavesSeatsOpen() && !e.decided() && !e.appointedByHigherCommittee()) {
                return Optional.of("Cuộc bầu " + which + " còn ghế chưa có người trúng cử: đại hội chưa quyết định "
                        + "bầu lại, bầu tiếp hay để khuyết");
            }
        }
        if (awaitingDirection) {
            return Optional.of("Đại hội đang chờ ý kiến chỉ đạo của cấp ủy cấp trên về nhân sự dự kiến không trúng cử");
        }
        return Optional.empty();
    }
}
