package vn.dangbo.congress.congress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.round.DateWindow;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * The rules of a congress inside its round (rule 3 of the plan), as plain functions: its window, the pilot's
 * congress before every other cell's, the committee's after all its cells', one congress per organisation per
 * round and the kind from the member count. Each answers why the proposal is refused, or empty.
 *
 * <p>A round's lower congresses ("the cells" of the messages) are those of the nearest congress-holding
 * organisations below the convening committee: for a committee and its cells (the seed), its cells; for a national
 * round convened by the country's root, every grassroots organisation, not the cells inside grassroots committees.
 * The rules take aggregates of the round (its earliest and latest congress, the count of organisations still
 * without one), never the list of its congresses: a national round holds about 52,000.
 */
public final class ScheduleRules {

    /** The part an organisation plays in a round. */
    public enum Role {
        /** The cell holding the pilot congress (đại hội điểm). */
        PILOT,
        /** Any other cell of the convening committee. */
        CELL,
        /** The convening committee itself. */
        COMMITTEE
    }

    /** A congress of the round as the rules see it (cancelled ones are not passed). */
    public record Slot(UUID organisationId, String organisationName, LocalDate start, LocalDate end) {
    }

    /**
     * The lower organisations of the round still without a congress in it.
     *
     * @param firstNames the first of their names (at most {@link #NAMES_LISTED}), in name order
     * @param count how many there are in all
     */
    public record Missing(List<String> firstNames, long count) {

        public static final Missing NONE = new Missing(List.of(), 0);

        public boolean isEmpty() {
            return count == 0;
        }
    }

    /** How many names of organisations without a congress a refusal lists before "và N tổ chức khác". */
    public static final int NAMES_LISTED = 10;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private ScheduleRules() {
    }

    /**
     * Whether an organisation of this type holds a congress of the round convened above it: a cell of either kind
     * or a grassroots committee (a partial committee, a bloc committee below the convener do not).
     */
    public static boolean holdsLowerCongress(OrganisationType type) {
        return type.isGrassroots() || type.holdsMembers();
    }

    /**
     * @param inCommitteeSubtree whether the organisation lies below the convening committee
     * @param between the types of the organisations strictly between the convening committee and it (a cell inside
     *        a grassroots committee belongs to that committee's round, not to a round convened higher up)
     * @return the organisation's part, or empty when the round holds no congress of it
     */
    public static Optional<Role> role(RoundPlan plan, UUID organisationId, OrganisationType type,
            boolean inCommitteeSubtree, List<OrganisationType> between) {
        if (organisationId.equals(plan.conveningCommitteeId())) {
            return Optional.of(Role.COMMITTEE);
        }
        if (!inCommitteeSubtree || !holdsLowerCongress(type)
                || between.stream().anyMatch(ScheduleRules::holdsLowerCongress)) {
            return Optional.empty();
        }
        return Optional.of(organisationId.equals(plan.pilotOrganisationId()) ? Role.PILOT : Role.CELL);
    }

    /**
     * Whether a congress of the organisation orders the round: the committee's must follow every other, the pilot's
     * precede every other. Two other lower congresses have no rule between them.
     */
    public static boolean ordersTheRound(RoundPlan plan, UUID organisationId) {
        return organisationId.equals(plan.conveningCommitteeId()) || organisationId.equals(plan.pilotOrganisationId());
    }

    public static String notInRound(String organisationName, String committeeName) {
        return "Đợt đại hội của " + committeeName + " gồm đại hội của đảng bộ và các chi bộ trực thuộc; "
                + organisationName + " không thuộc đợt đại hội này";
    }

    public static DateWindow window(RoundPlan plan, Role role) {
        return switch (role) {
            case PILOT -> plan.pilotWindow();
            case CELL -> plan.cellWindow();
            case COMMITTEE -> plan.committeeWindow();
        };
    }

    public static String term(RoundPlan plan, Role role) {
        return role == Role.COMMITTEE ? plan.committeeTerm() : plan.cellTerm();
    }

    /** @return why the term is refused: the round sets the term of each level */
    public static Optional<String> termProblem(RoundPlan plan, Role role, String term) {
        String expected = term(plan, role);
        if (!expected.equals(term)) {
            return Optional.of((role == Role.COMMITTEE ? "Nhiệm kỳ của đảng bộ" : "Nhiệm kỳ của các chi bộ")
                    + " trong đợt đại hội này là " + expected + "; đề nghị " + term);
        }
        return Optional.empty();
    }

    /** @return why the pilot mark is refused: only the round's pilot organisation holds the pilot congress */
    public static Optional<String> pilotMarkProblem(Role role, boolean pilot) {
        if (pilot && role != Role.PILOT) {
            return Optional.of("Đại hội điểm của đợt này là đại hội của tổ chức khác; không đánh dấu đại hội điểm");
        }
        return Optional.empty();
    }

    /** @return why the dates are refused: the congress lies wholly within its window of the plan */
    public static Optional<String> windowProblem(RoundPlan plan, Role role, LocalDate start, LocalDate end) {
        DateWindow window = window(plan, role);
        if (window.contains(start, end)) {
            return Optional.empty();
        }
        String whose = switch (role) {
            case PILOT -> "Đại hội điểm";
            case CELL -> "Đại hội các chi bộ";
            case COMMITTEE -> "Đại hội đảng bộ";
        };
        return Optional.of(whose + " tổ chức trong thời gian " + window.text() + "; đề nghị "
                + new DateWindow(start, end).text());
    }

    /**
     * A cell other than the pilot holds its congress only after the pilot's has been held: the pilot must be
     * scheduled, and the cell's congress starts after the pilot's last day.
     *
     * @param pilot the pilot's congress in the round, if scheduled
     */
    public static Optional<String> afterPilotProblem(RoundPlan plan, Role role, Optional<Slot> pilot,
            LocalDate start) {
        if (role != Role.CELL || !plan.hasPilot()) {
            return Optional.empty();
        }
        if (pilot.isEmpty()) {
            return Optional.of("Chưa lên lịch đại hội điểm: các chi bộ khác chỉ tổ chức đại hội sau đại hội điểm");
        }
        if (!start.isAfter(pilot.get().end())) {
            return Optional.of("Các chi bộ khác tổ chức đại hội sau khi đại hội điểm (" + pilot.get().organisationName()
                    + ", kết thúc " + DateWindow.format(pilot.get().end()) + ") đã tiến hành; đề nghị bắt đầu "
                    + DateWindow.format(start));
        }
        return Optional.empty();
    }

    /**
     * The pilot ends before any other cell's congress of the round starts (a pilot moved later stays first).
     *
     * @param firstOther the other lower congress of the round that starts first, if any
     */
    public static Optional<String> pilotFirstProblem(Role role, Optional<Slot> firstOther, LocalDate end) {
        if (role != Role.PILOT) {
            return Optional.empty();
        }
        return firstOther.filter(first -> !end.isBefore(first.start()))
                .map(first -> "Đại hội điểm phải kết thúc trước đại hội các chi bộ khác (" + first.organisationName()
                        + " bắt đầu " + DateWindow.format(first.start()) + "); đề nghị kết thúc "
                        + DateWindow.format(end));
    }

    /**
     * The committee holds its congress after all its cells': every cell has a congress in the round and the
     * committee's starts after the last of them ends.
     *
     * @param without the lower organisations with no congress in the round
     * @param lastEnding the lower congress of the round that ends last, if any
     */
    public static Optional<String> afterCellsProblem(Role role, Missing without, Optional<Slot> lastEnding,
            LocalDate start) {
        if (role != Role.COMMITTEE) {
            return Optional.empty();
        }
        if (!without.isEmpty()) {
            long more = without.count() - without.firstNames().size();
            return Optional.of("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại hội: "
                    + String.join(", ", without.firstNames())
                    + (more > 0 ? " và " + String.format(VIETNAMESE, "%,d", more) + " tổ chức khác" : ""));
        }
        return lastEnding.filter(last -> !start.isAfter(last.end()))
                .map(last -> "Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ (" + last.organisationName()
                        + " kết thúc " + DateWindow.format(last.end()) + "); đề nghị bắt đầu "
                        + DateWindow.format(start));
    }

    /** A cell's congress (the pilot's included) ends before the committee's, if that is already scheduled. */
    public static Optional<String> beforeCommitteeProblem(Role role, Optional<Slot> committee, LocalDate end) {
        if (role == Role.COMMITTEE || committee.isEmpty() || end.isBefore(committee.get().start())) {
            return Optional.empty();
        }
        return Optional.of("Đại hội chi bộ phải kết thúc trước đại hội đảng bộ (bắt đầu "
                + DateWindow.format(committee.get().start()) + "); đề nghị kết thúc " + DateWindow.format(end));
    }

    /** @return why a second congress is refused: one congress per organisation per round */
    public static Optional<String> duplicateProblem(String organisationName, boolean alreadyScheduled) {
        if (alreadyScheduled) {
            return Optional.of(organisationName + " đã có đại hội trong đợt đại hội này; "
                    + "mỗi tổ chức một đại hội trong một đợt (hủy đại hội cũ trước khi lên lịch lại)");
        }
        return Optional.empty();
    }

    /** A cell always holds an all-member congress; another organisation a delegate one from the rule set's count. */
    public static CongressKind requiredKind(RuleSet rules, OrganisationType type, MemberCounts members) {
        return requiredKind(rules, type, members.total());
    }

    /** The kind of an organisation's congress by how many members it has (a cell: always all-member). */
    public static CongressKind requiredKind(RuleSet rules, OrganisationType type, long members) {
        if (type.holdsMembers() || members < rules.congresses().delegateCongressFromMembers()) {
            return CongressKind.ALL_MEMBER;
        }
        return CongressKind.DELEGATE;
    }

    /** @return why the kind is refused: it must be the one the member count gives */
    public static Optional<String> kindProblem(RuleSet rules, OrganisationType type, MemberCounts members,
            CongressKind kind) {
        if (type.holdsMembers()) {
            return CongressRules.kindProblem(type, kind);
        }
        CongressKind required = requiredKind(rules, type, members);
        if (required == kind) {
            return Optional.empty();
        }
        int threshold = rules.congresses().delegateCongressFromMembers();
        return Optional.of(required == CongressKind.ALL_MEMBER
                ? "Đảng bộ có " + members.total() + " đảng viên (dưới " + threshold
                        + "): tiến hành đại hội toàn thể (ALL_MEMBER), không tổ chức đại hội đại biểu"
                : "Đảng bộ có " + members.total() + " đảng viên (từ " + threshold
                        + " trở lên): tiến hành đại hội đại biểu (DELEGATE)");
    }
}
