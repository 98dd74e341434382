package vn.dangbo.registry.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The member events of {@code registry.members.v1}: the member's public state after the change
 * ({@code /member}), so subscribers apply every type as an upsert. National ID, phone and the full birth
 * date never appear here; the birth month is enough for eligibility rules.
 */
public final class MemberEvents {

    public static final String TOPIC = "registry.members.v1";
    public static final String REGISTERED = "vn.dangbo.registry.member.registered.v1";
    public static final String ADMITTED = "vn.dangbo.registry.member.admitted.v1";
    public static final String MADE_FULL = "vn.dangbo.registry.member.made-full.v1";
    public static final String TRANSFERRED = "vn.dangbo.registry.member.transferred.v1";
    public static final String ATTACHED = "vn.dangbo.registry.member.attached.v1";
    public static final String ATTACHMENT_ENDED = "vn.dangbo.registry.member.attachment-ended.v1";
    public static final String EXEMPTED = "vn.dangbo.registry.member.exempted.v1";
    public static final String EXEMPTION_ENDED = "vn.dangbo.registry.member.exemption-ended.v1";
    public static final String REMOVED = "vn.dangbo.registry.member.removed.v1";
    public static final String EXPELLED = "vn.dangbo.registry.member.expelled.v1";
    public static final String DIED = "vn.dangbo.registry.member.died.v1";
    /** The member's record (handbook data) corrected, e.g. by re-importing a file; no lifecycle step. */
    public static final String UPDATED = "vn.dangbo.registry.member.updated.v1";
    /** A position in a party body given to the member (chức vụ Đảng); the member's positions are in /member. */
    public static final String POSITION_ASSIGNED = "vn.dangbo.registry.member.position-assigned.v1";
    /** A position in a party body ended. */
    public static final String POSITION_ENDED = "vn.dangbo.registry.member.position-ended.v1";
    /**
     * Log-compacted: the latest public state of every member on the list, key = id (a new subscriber's
     * starting point); a member who left the list gets a tombstone (null value, same {@code ce_type}).
     */
    public static final String SNAPSHOT_TOPIC = "registry.members.snapshot.v1";
    public static final String SNAPSHOT = "vn.dangbo.registry.member.snapshot.v1";

    private MemberEvents() {
    }

    /**
     * {@code state}, {@code leftReason}, {@code leftOn}, {@code attachedTo} and {@code exempted} were added
     * with the lifecycle, {@code education} and {@code positions} with the handbook fields; older subscribers
     * ignore them. Positions are public: who is secretary of which body is no secret.
     */
    public record MemberState(UUID id, UUID organisationId, String fullName, String sex, String birthMonth,
            String ethnicity, String status, LocalDate admittedOn, LocalDate fullMemberOn, String state,
            String leftReason, LocalDate leftOn, UUID attachedTo, boolean exempted, Education education,
            List<Position> positions, long version) {
    }

    /** A position in a party body, current ({@code endedOn} null) or past. */
    public record Position(UUID id, String role, UUID organisationId, LocalDate startedOn, LocalDate endedOn) {

        static Position of(MemberPosition p) {
            return new Position(p.id, p.role.name(), p.organisationId, p.startedOn, p.endedOn);
        }
    }

    /** A position assigned or ended: the member's state after it and the position concerned. */
    public record PositionChanged(MemberState member, Position position, String decisionReference) {
    }

    public record Registered(MemberState member) {
    }

    /** {@code changedFields}: the record fields that changed (names as in the API), in alphabetical order. */
    public record Updated(MemberState member, java.util.List<String> changedFields) {
    }

    public record Snapshot(MemberState member) {
    }

    /** Công nhận đảng viên chính thức, by a cell vote and the higher committee's decision. */
    public record MadeFull(MemberState member, LocalDate effectiveDate, String decisionReference) {
    }

    /** Any other lifecycle step; a transfer and an attachment also name the cells involved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StepTaken(MemberState member, LocalDate effectiveDate, String decisionReference,
            UUID fromOrganisationId, UUID toOrganisationId) {
    }

    static String typeOf(LifecycleStep step, boolean explicitAdmission) {
        return switch (step) {
            case ADMITTED -> explicitAdmission ? ADMITTED : REGISTERED;
            case MADE_FULL -> MADE_FULL;
            case TRANSFERRED -> TRANSFERRED;
            case ATTACHED -> ATTACHED;
            case ATTACHMENT_ENDED -> ATTACHMENT_ENDED;
            case EXEMPTED -> EXEMPTED;
            case EXEMPTION_ENDED -> EXEMPTION_ENDED;
            case REMOVED -> REMOVED;
            case EXPELLED -> EXPELLED;
            case DECEASED -> DIED;
        };
    }

    static MemberState state(Member m) {
        String birthMonth = String.format("%04d-%02d", m.birthDate.getYear(), m.birthDate.getMonthValue());
        return new MemberState(m.id, m.organisationId, m.fullName, m.sex.name(), birthMonth, m.ethnicity,
                m.status.name(), m.admittedOn, m.fullMemberOn, m.standing.name(),
                m.leftReason == null ? null : m.leftReason.name(), m.leftOn, m.attachedTo, m.exempted, m.education(),
                m.positionsInOrder().stream().map(Position::of).toList(), m.version);
    }
}
