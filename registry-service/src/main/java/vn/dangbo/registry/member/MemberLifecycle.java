package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member's state is the fold of their history: each step changes it, and the state at any date is the
 * fold of the steps effective on or before that date. Plain functions, testable without Quarkus.
 */
public final class MemberLifecycle {

    private MemberLifecycle() {
    }

    /** The member's state after some steps. */
    public record Snapshot(UUID organisationId, MemberStatus status, LocalDate admittedOn, LocalDate fullMemberOn,
            Standing standing, LifecycleStep leftReason, LocalDate leftOn, UUID attachedTo, boolean exempted,
            LocalDate lastStepOn) {
    }

    /**
     * One step of the history. {@code organisationId} is the member's cell after the step (the new cell for a
     * transfer), {@code attachedTo} the cell of temporary attachment after it.
     */
    public record Step(LifecycleStep kind, LocalDate effectiveDate, UUID organisationId, UUID attachedTo) {
    }

    /** Why a step is refused, and the request field at fault (null when it is the member's state). */
    public record Refusal(String message, String field) {
    }

    /** @return why the step cannot follow the state {@code before} (null before the admission), or empty */
    public static Optional<Refusal> refusal(Snapshot before, Step step) {
        Optional<String> problem = problem(before, step);
        if (problem.isEmpty()) {
            return Optional.empty();
        }
        String field = null;
        if (before != null && before.standing() == Standing.ACTIVE) {
            if (step.effectiveDate().isBefore(before.lastStepOn())
                    || step.kind() == LifecycleStep.MADE_FULL && before.status() == MemberStatus.PROBATIONARY) {
                field = "effectiveDate";
            } else if (step.kind() == LifecycleStep.TRANSFERRED || step.kind() == LifecycleStep.ATTACHED
                    && before.attachedTo() == null) {
                field = "toOrganisationId";
            }
        }
        return Optional.of(new Refusal(problem.get(), field));
    }

    /** @return why the step cannot follow the state {@code before} (null before the admission), or empty */
    public static Optional<String> problem(Snapshot before, Step step) {
        if (before == null) {
            return step.kind() == LifecycleStep.ADMITTED ? Optional.empty()
                    : Optional.of("Lịch sử đảng viên phải bắt đầu bằng việc kết nạp");
        }
        if (before.standing() == Standing.LEFT) {
            return Optional.of("Đảng viên đã ra khỏi danh sách (" + leftText(before.leftReason()) + " từ ngày "
                    + vietnamese(before.leftOn()) + "); không thể thực hiện thêm bước nào");
        }
        if (step.effectiveDate().isBefore(before.lastStepOn())) {
            return Optional.of("Ngày hiệu lực không được trước bước gần nhất trong lịch sử ("
                    + vietnamese(before.lastStepOn()) + ")");
        }
        return switch (step.kind()) {
            case ADMITTED -> Optional.of("Đảng viên đã được kết nạp");
            case MADE_FULL -> before.status() != MemberStatus.PROBATIONARY
                    ? Optional.of("Đảng viên không phải là đảng viên dự bị")
                    : MembershipRules.fullMembershipProblem(before.admittedOn(), step.effectiveDate());
            case TRANSFERRED -> step.organisationId().equals(before.organisationId())
                    ? Optional.of("Đảng viên đang sinh hoạt tại chi bộ này") : Optional.empty();
            case ATTACHED -> before.attachedTo() != null
                    ? Optional.of("Đảng viên đang sinh hoạt tạm thời ở nơi khác; hãy kết thúc trước")
                    : step.attachedTo().equals(before.organisationId())
                            ? Optional.of("Không thể sinh hoạt tạm thời tại chính chi bộ của mình") : Optional.empty();
            case ATTACHMENT_ENDED -> before.attachedTo() == null
                    ? Optional.of("Đảng viên không sinh hoạt tạm thời ở nơi khác") : Optional.empty();
            case EXEMPTED -> before.exempted()
                    ? Optional.of("Đảng viên đã được miễn sinh hoạt") : Optional.empty();
            case EXEMPTION_ENDED -> !before.exempted()
                    ? Optional.of("Đảng viên không được miễn sinh hoạt") : Optional.empty();
            case REMOVED, EXPELLED, DECEASED -> Optional.empty();
        };
    }

    /** The state after {@code step}; call {@link #problem} first. */
    public static Snapshot apply(Snapshot before, Step step) {
        if (before == null) {
            return new Snapshot(step.organisationId(), MemberStatus.PROBATIONARY, step.effectiveDate(), null,
                    Standing.ACTIVE, null, null, null, false, step.effectiveDate());
        }
        LocalDate on = step.effectiveDate();
        return switch (step.kind()) {
            case ADMITTED -> before;
            case MADE_FULL -> new Snapshot(before.organisationId(), MemberStatus.FULL, before.admittedOn(), on,
                    before.standing(), null, null, before.attachedTo(), before.exempted(), on);
            // a transfer ends any temporary attachment: the member now takes part where they belong
            case TRANSFERRED -> new Snapshot(step.organisationId(), before.status(), before.admittedOn(),
                    before.fullMemberOn(), before.standing(), null, null, null, before.exempted(), on);
            case ATTACHED -> new Snapshot(before.organisationId(), before.status(), before.admittedOn(),
                    before.fullMemberOn(), before.standing(), null, null, step.attachedTo(), before.exempted(), on);
            case ATTACHMENT_ENDED -> new Snapshot(before.organisationId(), before.status(), before.admittedOn(),
                    before.fullMemberOn(), before.standing(), null, null, null, before.exempted(), on);
            case EXEMPTED, EXEMPTION_ENDED -> new Snapshot(before.organisationId(), before.status(),
                    before.admittedOn(), before.fullMemberOn(), before.standing(), null, null, before.attachedTo(),
                    step.kind() == LifecycleStep.EXEMPTED, on);
            case REMOVED, EXPELLED, DECEASED -> new Snapshot(before.organisationId(), before.status(),
                    before.admittedOn(), before.fullMemberOn(), Standing.LEFT, step.kind(), on, null,
                    before.exempted(), on);
        };
    }

    /**
     * The state on {@code date}: the fold of the steps effective on or before it (steps in history order).
     *
     * @return null when the member was not yet admitted on that date
     */
    public static Snapshot asOf(List<Step> history, LocalDate date) {
        Snapshot state = null;
        for (Step step : history) {
            if (step.effectiveDate().isAfter(date)) {
                break;
            }
            state = apply(state, step);
        }
        return state;
    }

    static String leftText(LifecycleStep reason) {
        if (reason == null) {
            return "ra khỏi danh sách";
        }
        return switch (reason) {
            case REMOVED -> "xóa tên";
            case EXPELLED -> "khai trừ";
            case DECEASED -> "từ trần";
            default -> reason.name();
        };
    }

    static String vietnamese(LocalDate date) {
        return date == null ? "?" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }
}
