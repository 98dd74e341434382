package vn.dangbo.registry.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * The rules of positions in party bodies (chức vụ Đảng), as plain functions a unit test can call.
 *
 * <p>A position is held over {@code [startedOn, endedOn)}: the day it ends is the first day it is no longer
 * held, so a successor may start on the day the predecessor ended (a hand-over needs no gap), and a period
 * without an end is held to this day.
 */
public final class PositionRules {

    private PositionRules() {
    }

    /** A position as the rules see it; {@code holderName} names the holder in a refusal. */
    public record Held(UUID id, UUID memberId, String holderName, PositionRole role, UUID bodyId,
            LocalDate startedOn, LocalDate endedOn) {
    }

    /** How a refusal answers: 400 (the request itself), 422 (a rule of the party), 409 (another record). */
    public enum Kind {
        INVALID, RULE, CONFLICT
    }

    /** Why an assignment or an ending is refused, and the request field at fault (null: none in particular). */
    public record Refusal(Kind kind, String message, String field) {
    }

    /** The member as an assignment needs them: their state on the first day of the position (null: not yet admitted). */
    public record Holder(String fullName, LocalDate admittedOn, MemberLifecycle.Snapshot stateAtStart,
            boolean inBodyAtStart, Standing standingNow, LocalDate leftOn) {
    }

    /** The party body: its type and name, and whether it is active. */
    public record Body(UUID id, String name, OrganisationType type, boolean active) {
    }

    /** Whether two periods share a day; an open end is held to this day and beyond. */
    public static boolean overlaps(LocalDate startA, LocalDate endA, LocalDate startB, LocalDate endB) {
        return (endB == null || startA.isBefore(endB)) && (endA == null || startB.isBefore(endA));
    }

    /**
     * Every rule of a new position, the first broken one: its dates, the body, the holder, then the other
     * positions of the holder ({@code holderPositions}) and of the body ({@code bodyPositions}).
     */
    public static Optional<Refusal> assignmentProblem(PositionRole role, Body body, LocalDate startedOn,
            LocalDate endedOn, LocalDate today, Holder holder, List<Held> holderPositions, List<Held> bodyPositions) {
        Optional<Refusal> problem = datesProblem(startedOn, endedOn, today);
        if (problem.isEmpty()) {
            problem = bodyProblem(role, body);
        }
        if (problem.isEmpty()) {
            problem = holderProblem(holder, body, startedOn, endedOn);
        }
        if (problem.isEmpty()) {
            problem = overlapProblem(role, body, startedOn, endedOn, holder.fullName(), holderPositions);
        }
        if (problem.isEmpty() && role == PositionRole.SECRETARY) {
            problem = secretaryProblem(body, startedOn, endedOn, bodyPositions);
        }
        return problem;
    }

    /** endedOn not before startedOn; neither in the future (the registry records decisions taken). */
    public static Optional<Refusal> datesProblem(LocalDate startedOn, LocalDate endedOn, LocalDate today) {
        if (startedOn.isAfter(today)) {
            return Optional.of(new Refusal(Kind.INVALID, "ngày bắt đầu không được sau ngày hôm nay", "startedOn"));
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            return Optional.of(new Refusal(Kind.INVALID, "ngày kết thúc không được trước ngày bắt đầu ("
                    + MemberLifecycle.vietnamese(startedOn) + ")", "endedOn"));
        }
        if (endedOn != null && endedOn.isAfter(today)) {
            return Optional.of(new Refusal(Kind.INVALID, "ngày kết thúc không được sau ngày hôm nay", "endedOn"));
        }
        return Optional.empty();
    }

    /**
     * The body must be active; a standing committee and an inspection commission exist only in the bloc and
     * grassroots committees (đảng ủy cấp trên cơ sở và đảng ủy cơ sở), not in a partial committee or a cell.
     */
    public static Optional<Refusal> bodyProblem(PositionRole role, Body body) {
        if (!body.active()) {
            return Optional.of(new Refusal(Kind.RULE, body.name() + " đã giải thể hoặc hợp nhất", "organisationId"));
        }
        boolean committee = body.type() == OrganisationType.BLOC_COMMITTEE
                || body.type() == OrganisationType.GRASSROOTS_COMMITTEE;
        if (role.onlyInCommittees() && !committee) {
            return Optional.of(new Refusal(Kind.RULE, body.name() + " không có "
                    + (role == PositionRole.STANDING_COMMITTEE_MEMBER ? "ban thường vụ" : "ủy ban kiểm tra")
                    + "; chức vụ " + role.label() + " chỉ có ở đảng ủy cơ sở và cấp trên cơ sở", "role"));
        }
        return Optional.empty();
    }

    /**
     * From the first day the holder must be admitted, a full member (a probationary member neither stands nor is
     * elected) on the list, and belong to the body's organisation (its cell or one of its cells); a member who
     * left holds no position past the day they left.
     */
    public static Optional<Refusal> holderProblem(Holder holder, Body body, LocalDate startedOn, LocalDate endedOn) {
        if (startedOn.isBefore(holder.admittedOn())) {
            return Optional.of(new Refusal(Kind.RULE, "ngày bắt đầu không được trước ngày vào Đảng của đồng chí "
                    + holder.fullName() + " (" + MemberLifecycle.vietnamese(holder.admittedOn()) + ")", "startedOn"));
        }
        MemberLifecycle.Snapshot state = holder.stateAtStart();
        if (state == null || state.standing() == Standing.LEFT) {
            return Optional.of(new Refusal(Kind.RULE, "Đồng chí " + holder.fullName()
                    + " không còn trong danh sách đảng viên vào ngày bắt đầu", "startedOn"));
        }
        if (state.status() != MemberStatus.FULL) {
            return Optional.of(new Refusal(Kind.RULE, "Đồng chí " + holder.fullName() + " còn là đảng viên dự bị vào ngày "
                    + MemberLifecycle.vietnamese(startedOn) + "; đảng viên dự bị không được bầu vào cấp ủy, giữ chức vụ Đảng",
                    "startedOn"));
        }
        if (!holder.inBodyAtStart()) {
            return Optional.of(new Refusal(Kind.RULE, "Đồng chí " + holder.fullName() + " không sinh hoạt trong "
                    + body.name() + " vào ngày bắt đầu", "organisationId"));
        }
        if (holder.standingNow() == Standing.LEFT && (endedOn == null || endedOn.isAfter(holder.leftOn()))) {
            return Optional.of(new Refusal(Kind.RULE, "Đồng chí " + holder.fullName() + " đã ra khỏi danh sách từ ngày "
                    + MemberLifecycle.vietnamese(holder.leftOn()) + "; chức vụ phải kết thúc không muộn hơn ngày đó",
                    "endedOn"));
        }
        return Optional.empty();
    }

    /** One member never holds the same role in the same body twice at a time. */
    public static Optional<Refusal> overlapProblem(PositionRole role, Body body, LocalDate startedOn, LocalDate endedOn,
            String holderName, List<Held> holderPositions) {
        for (Held other : holderPositions) {
            if (other.role() == role && other.bodyId().equals(body.id())
                    && overlaps(startedOn, endedOn, other.startedOn(), other.endedOn())) {
                return Optional.of(new Refusal(Kind.CONFLICT, "Đồng chí " + holderName + " đã giữ chức vụ " + role.label()
                        + " của " + body.name() + " " + period(other) + "; hai thời gian không được trùng nhau",
                        "startedOn"));
            }
        }
        return Optional.empty();
    }

    /** A body has one secretary at a time. */
    public static Optional<Refusal> secretaryProblem(Body body, LocalDate startedOn, LocalDate endedOn,
            List<Held> bodyPositions) {
        for (Held other : bodyPositions) {
            if (other.role() == PositionRole.SECRETARY && other.bodyId().equals(body.id())
                    && overlaps(startedOn, endedOn, other.startedOn(), other.endedOn())) {
                return Optional.of(new Refusal(Kind.CONFLICT, body.name() + " đã có bí thư là đồng chí "
                        + other.holderName() + " " + period(other) + (other.endedOn() == null
                                ? "; hãy kết thúc chức vụ đó trước khi giao cho người khác" : ""), "role"));
            }
        }
        return Optional.empty();
    }

    /** A role in a party body, as an approved election fills it. */
    public record Seat(UUID bodyId, PositionRole role) {
    }

    /**
     * The positions an approved election (chuẩn y) ends on the day it takes effect: every one still held in a seat
     * the approval fills and begun before that day, the re-elected's too (each term is its own mandate, under its
     * own decision). A position begun on or after that day belongs to the new term (the same approval applied
     * before, or a holder recorded by hand) and stays.
     */
    public static List<Held> endedByApproval(Set<Seat> filled, LocalDate effectiveOn, List<Held> positions) {
        return positions.stream().filter(p -> p.endedOn() == null && p.startedOn().isBefore(effectiveOn)
                && filled.contains(new Seat(p.bodyId(), p.role()))).toList();
    }

    /** Whether the holder already holds the role in the body from the approval's day: nothing left to assign. */
    public static boolean heldFrom(Seat seat, LocalDate effectiveOn, List<Held> holderPositions) {
        return holderPositions.stream().anyMatch(p -> p.role() == seat.role() && p.bodyId().equals(seat.bodyId())
                && p.startedOn().equals(effectiveOn) && p.endedOn() == null);
    }

    /** An ending: a position still held, ending on or after its start and not in the future. */
    public static Optional<Refusal> endingProblem(Held position, LocalDate endedOn, LocalDate today) {
        if (position.endedOn() != null) {
            return Optional.of(new Refusal(Kind.CONFLICT, "Chức vụ " + position.role().label() + " của đồng chí "
                    + position.holderName() + " đã kết thúc từ ngày " + MemberLifecycle.vietnamese(position.endedOn()),
                    null));
        }
        return datesProblem(position.startedOn(), endedOn, today);
    }

    private static String period(Held held) {
        return held.endedOn() == null ? "từ ngày " + MemberLifecycle.vietnamese(held.startedOn())
                : "từ ngày " + MemberLifecycle.vietnamese(held.startedOn()) + " đến ngày "
                        + MemberLifecycle.vietnamese(held.endedOn());
    }
}
