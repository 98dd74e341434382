package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.member.MemberLifecycle.Snapshot;
import vn.dangbo.registry.member.MemberLifecycle.Step;

class MemberLifecycleTest {

    private final UUID home = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final LocalDate admitted = LocalDate.of(2015, 3, 2);

    private final List<Step> history = List.of(
            new Step(LifecycleStep.ADMITTED, admitted, home, null),
            new Step(LifecycleStep.MADE_FULL, admitted.plusMonths(12), home, null),
            new Step(LifecycleStep.ATTACHED, LocalDate.of(2019, 1, 10), home, other),
            new Step(LifecycleStep.TRANSFERRED, LocalDate.of(2020, 6, 1), other, null));

    @Test
    void theStateOnADateIsTheFoldOfTheStepsUntilThatDate() {
        assertNull(MemberLifecycle.asOf(history, admitted.minusDays(1)), "not yet admitted");
        assertEquals(MemberStatus.PROBATIONARY, MemberLifecycle.asOf(history, admitted).status());
        Snapshot attached = MemberLifecycle.asOf(history, LocalDate.of(2019, 12, 31));
        assertEquals(MemberStatus.FULL, attached.status());
        assertEquals(home, attached.organisationId());
        assertEquals(other, attached.attachedTo());
        Snapshot transferred = MemberLifecycle.asOf(history, LocalDate.of(2020, 6, 1));
        assertEquals(other, transferred.organisationId());
        assertNull(transferred.attachedTo(), "a transfer ends the temporary attachment");
    }

    @Test
    void fullMembershipComesOnlyAfterTwelveMonthsOfProbation() {
        Snapshot probationary = MemberLifecycle.asOf(history.subList(0, 1), LocalDate.MAX);
        assertTrue(MemberLifecycle.problem(probationary,
                new Step(LifecycleStep.MADE_FULL, admitted.plusMonths(12).minusDays(1), home, null))
                .orElseThrow().contains("12 tháng"));
        assertTrue(MemberLifecycle.problem(probationary,
                new Step(LifecycleStep.MADE_FULL, admitted.plusMonths(12), home, null)).isEmpty());
    }

    @Test
    void noStepAppliesToAMemberWhoHasLeft() {
        Snapshot current = MemberLifecycle.asOf(history, LocalDate.MAX);
        Step death = new Step(LifecycleStep.DECEASED, LocalDate.of(2024, 2, 1), other, null);
        assertTrue(MemberLifecycle.problem(current, death).isEmpty());
        Snapshot left = MemberLifecycle.apply(current, death);
        assertEquals(Standing.LEFT, left.standing());
        assertEquals(LifecycleStep.DECEASED, left.leftReason());
        for (LifecycleStep kind : List.of(LifecycleStep.EXEMPTED, LifecycleStep.TRANSFERRED, LifecycleStep.EXPELLED)) {
            assertTrue(MemberLifecycle.problem(left, new Step(kind, LocalDate.of(2024, 3, 1), home, null))
                    .orElseThrow().contains("đã ra khỏi danh sách (từ trần từ ngày 1/2/2024)"), kind.name());
        }
    }

    @Test
    void stepsMustFollowEachOtherInTimeAndMakeSense() {
        Snapshot current = MemberLifecycle.asOf(history, LocalDate.MAX);
        assertTrue(MemberLifecycle.problem(current, new Step(LifecycleStep.EXEMPTED, LocalDate.of(2020, 5, 31),
                other, null)).orElseThrow().contains("không được trước"));
        assertTrue(MemberLifecycle.problem(current, new Step(LifecycleStep.ATTACHMENT_ENDED, LocalDate.of(2021, 1, 1),
                other, null)).orElseThrow().contains("không sinh hoạt tạm thời"));
        assertTrue(MemberLifecycle.problem(current, new Step(LifecycleStep.TRANSFERRED, LocalDate.of(2021, 1, 1),
                other, null)).orElseThrow().contains("đang sinh hoạt tại chi bộ này"));
        Snapshot exempted = MemberLifecycle.apply(current, new Step(LifecycleStep.EXEMPTED, LocalDate.of(2021, 1, 1),
                other, null));
        assertTrue(exempted.exempted());
        assertTrue(MemberLifecycle.problem(exempted, new Step(LifecycleStep.EXEMPTED, LocalDate.of(2021, 2, 1),
                other, null)).isPresent());
        assertTrue(MemberLifecycle.problem(null, new Step(LifecycleStep.MADE_FULL, admitted, home, null)).isPresent());
    }
}
