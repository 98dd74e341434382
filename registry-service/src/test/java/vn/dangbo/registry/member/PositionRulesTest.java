package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.registry.member.PositionRules.Body;
import vn.dangbo.registry.member.PositionRules.Held;
import vn.dangbo.registry.member.PositionRules.Holder;
import vn.dangbo.registry.member.PositionRules.Kind;
import vn.dangbo.registry.member.PositionRules.Refusal;

class PositionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 10);
    private static final Body CELL = new Body(UUID.randomUUID(), "Chi bộ I", OrganisationType.CELL, true);
    private static final Body COMMITTEE = new Body(UUID.randomUUID(), "Đảng bộ Văn phòng UBND tỉnh",
            OrganisationType.GRASSROOTS_COMMITTEE, true);
    private static final UUID MEMBER = UUID.randomUUID();

    private static MemberLifecycle.Snapshot state(MemberStatus status, Standing standing) {
        return new MemberLifecycle.Snapshot(UUID.randomUUID(), status, LocalDate.of(2010, 5, 19),
                status == MemberStatus.FULL ? LocalDate.of(2011, 5, 19) : null, standing, null, null, null, false,
                LocalDate.of(2011, 5, 19));
    }

    private static Holder fullMember() {
        return new Holder("Nguyễn Văn An", LocalDate.of(2010, 5, 19), state(MemberStatus.FULL, Standing.ACTIVE), true,
                Standing.ACTIVE, null);
    }

    private static Optional<Refusal> assign(PositionRole role, Body body, LocalDate from, LocalDate to, Holder holder,
            List<Held> own, List<Held> inBody) {
        return PositionRules.assignmentProblem(role, body, from, to, TODAY, holder, own, inBody);
    }

    @Test
    void periodsAreHalfOpenSoASuccessorMayStartOnTheDayThePredecessorEnded() {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        LocalDate jun = LocalDate.of(2020, 6, 1);
        assertFalse(PositionRules.overlaps(jun, null, jan, jun));
        assertTrue(PositionRules.overlaps(jun.minusDays(1), null, jan, jun));
        assertTrue(PositionRules.overlaps(jan, null, jun, null), "two open periods always overlap");
        assertTrue(PositionRules.overlaps(jan, jun, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1)));
    }

    @Test
    void aBodyHasOneSecretaryAtATimeAndTheRefusalNamesTheHolder() {
        Held current = new Held(UUID.randomUUID(), UUID.randomUUID(), "Trần Thị Bình", PositionRole.SECRETARY, CELL.id(),
                LocalDate.of(2020, 10, 15), null);
        Refusal refusal = assign(PositionRole.SECRETARY, CELL, LocalDate.of(2024, 1, 1), null, fullMember(), List.of(),
                List.of(current)).orElseThrow();
        assertEquals(Kind.CONFLICT, refusal.kind());
        assertTrue(refusal.message().contains("Chi bộ I đã có bí thư là đồng chí Trần Thị Bình từ ngày 15/10/2020"),
                refusal.message());

        Held ended = new Held(current.id(), current.memberId(), current.holderName(), PositionRole.SECRETARY, CELL.id(),
                current.startedOn(), LocalDate.of(2024, 1, 1));
        assertEquals(Optional.empty(), assign(PositionRole.SECRETARY, CELL, LocalDate.of(2024, 1, 1), null,
                fullMember(), List.of(), List.of(ended)), "the successor starts on the day the predecessor ended");
        // a deputy secretary is not limited to one
        assertEquals(Optional.empty(), assign(PositionRole.DEPUTY_SECRETARY, CELL, LocalDate.of(2024, 1, 1), null,
                fullMember(), List.of(), List.of(current)));
    }

    @Test
    void oneMemberNeverHoldsTheSameRoleInTheSameBodyTwiceAtATime() {
        Held own = new Held(UUID.randomUUID(), MEMBER, "Nguyễn Văn An", PositionRole.COMMITTEE_MEMBER, COMMITTEE.id(),
                LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 1));
        Refusal refusal = assign(PositionRole.COMMITTEE_MEMBER, COMMITTEE, LocalDate.of(2019, 1, 1), null,
                fullMember(), List.of(own), List.of()).orElseThrow();
        assertEquals(Kind.CONFLICT, refusal.kind());
        assertTrue(refusal.message().contains("từ ngày 1/10/2015 đến ngày 1/10/2020"), refusal.message());
        // the next term, another role, or another body are fine
        assertEquals(Optional.empty(), assign(PositionRole.COMMITTEE_MEMBER, COMMITTEE, LocalDate.of(2020, 10, 1), null,
                fullMember(), List.of(own), List.of()));
        assertEquals(Optional.empty(), assign(PositionRole.STANDING_COMMITTEE_MEMBER, COMMITTEE,
                LocalDate.of(2019, 1, 1), null, fullMember(), List.of(own), List.of()));
        assertEquals(Optional.empty(), assign(PositionRole.COMMITTEE_MEMBER, CELL, LocalDate.of(2019, 1, 1), null,
                fullMember(), List.of(own), List.of()));
    }

    @Test
    void datesEndNotBeforeTheStartNeitherInTheFutureNorBeforeTheAdmission() {
        assertEquals("endedOn", assign(PositionRole.SECRETARY, CELL, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1),
                fullMember(), List.of(), List.of()).orElseThrow().field());
        Refusal future = assign(PositionRole.SECRETARY, CELL, LocalDate.of(2020, 1, 1), TODAY.plusDays(1),
                fullMember(), List.of(), List.of()).orElseThrow();
        assertEquals(Kind.INVALID, future.kind());
        assertEquals("endedOn", future.field());
        assertEquals("startedOn", assign(PositionRole.SECRETARY, CELL, TODAY.plusDays(1), null, fullMember(), List.of(),
                List.of()).orElseThrow().field());
        Refusal early = assign(PositionRole.SECRETARY, CELL, LocalDate.of(2009, 1, 1), null, fullMember(), List.of(),
                List.of()).orElseThrow();
        assertEquals(Kind.RULE, early.kind());
        assertTrue(early.message().contains("trước ngày vào Đảng") && early.message().contains("19/5/2010"),
                early.message());
        assertEquals(Optional.empty(), assign(PositionRole.SECRETARY, CELL, LocalDate.of(2020, 1, 1), TODAY,
                fullMember(), List.of(), List.of()), "a past position ending today");
    }

    @Test
    void theHolderIsAFullMemberOfTheBodysOrganisationOnTheFirstDay() {
        Holder probationary = new Holder("Lê Văn Cường", LocalDate.of(2023, 6, 1),
                state(MemberStatus.PROBATIONARY, Standing.ACTIVE), true, Standing.ACTIVE, null);
        assertTrue(assign(PositionRole.COMMITTEE_MEMBER, CELL, LocalDate.of(2024, 1, 1), null, probationary, List.of(),
                List.of()).orElseThrow().message().contains("đảng viên dự bị"));
        Holder elsewhere = new Holder("Lê Văn Cường", LocalDate.of(2010, 5, 19), state(MemberStatus.FULL,
                Standing.ACTIVE), false, Standing.ACTIVE, null);
        Refusal outside = assign(PositionRole.SECRETARY, CELL, LocalDate.of(2024, 1, 1), null, elsewhere, List.of(),
                List.of()).orElseThrow();
        assertEquals("organisationId", outside.field());
        assertTrue(outside.message().contains("không sinh hoạt trong Chi bộ I"), outside.message());
        Holder left = new Holder("Lê Văn Cường", LocalDate.of(2010, 5, 19), state(MemberStatus.FULL, Standing.ACTIVE),
                true, Standing.LEFT, LocalDate.of(2022, 3, 1));
        assertTrue(assign(PositionRole.SECRETARY, CELL, LocalDate.of(2020, 1, 1), null, left, List.of(), List.of())
                .orElseThrow().message().contains("đã ra khỏi danh sách từ ngày 1/3/2022"));
        assertEquals(Optional.empty(), assign(PositionRole.SECRETARY, CELL, LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 3, 1), left, List.of(), List.of()), "a past position of a member who left");
    }

    @Test
    void standingAndInspectionPositionsExistOnlyInCommitteesAndEveryBodyMustBeActive() {
        Refusal refusal = assign(PositionRole.STANDING_COMMITTEE_MEMBER, CELL, LocalDate.of(2024, 1, 1), null,
                fullMember(), List.of(), List.of()).orElseThrow();
        assertEquals("role", refusal.field());
        assertTrue(refusal.message().contains("Chi bộ I không có ban thường vụ"), refusal.message());
        assertEquals(Optional.empty(), assign(PositionRole.INSPECTION_COMMISSION_MEMBER, COMMITTEE,
                LocalDate.of(2024, 1, 1), null, fullMember(), List.of(), List.of()));
        Body dissolved = new Body(UUID.randomUUID(), "Chi bộ cũ", OrganisationType.CELL, false);
        assertTrue(assign(PositionRole.SECRETARY, dissolved, LocalDate.of(2024, 1, 1), null, fullMember(), List.of(),
                List.of()).orElseThrow().message().contains("đã giải thể"));
    }

    @Test
    void onlyAPositionStillHeldEndsAndNotBeforeItStarted() {
        Held held = new Held(UUID.randomUUID(), MEMBER, "Nguyễn Văn An", PositionRole.DEPUTY_SECRETARY, CELL.id(),
                LocalDate.of(2020, 10, 15), null);
        assertEquals(Optional.empty(), PositionRules.endingProblem(held, LocalDate.of(2024, 5, 1), TODAY));
        assertEquals("endedOn", PositionRules.endingProblem(held, LocalDate.of(2020, 1, 1), TODAY).orElseThrow().field());
        Held ended = new Held(held.id(), MEMBER, held.holderName(), held.role(), CELL.id(), held.startedOn(),
                LocalDate.of(2024, 1, 1));
        Refusal again = PositionRules.endingProblem(ended, LocalDate.of(2024, 5, 1), TODAY).orElseThrow();
        assertEquals(Kind.CONFLICT, again.kind());
        assertTrue(again.message().contains("đã kết thúc từ ngày 1/1/2024"), again.message());
    }

    @Test
    void theInspectionChairSitsOnlyInACommitteeLikeItsCommission() {
        Refusal refusal = assign(PositionRole.INSPECTION_COMMISSION_CHAIR, CELL, LocalDate.of(2024, 1, 1), null,
                fullMember(), List.of(), List.of()).orElseThrow();
        assertEquals("role", refusal.field());
        assertTrue(refusal.message().contains("Chi bộ I không có ủy ban kiểm tra; chức vụ chủ nhiệm ủy ban kiểm tra"),
                refusal.message());
        assertEquals(Optional.empty(), assign(PositionRole.INSPECTION_COMMISSION_CHAIR, COMMITTEE,
                LocalDate.of(2024, 1, 1), null, fullMember(), List.of(), List.of()));
    }

    @Test
    void anApprovalEndsEveryPositionHeldInTheSeatsItFillsBegunBeforeItAndNoOther() {
        LocalDate approvedOn = LocalDate.of(2025, 7, 10);
        UUID other = UUID.randomUUID();
        Held secretary = new Held(UUID.randomUUID(), other, "Trần Thị Bình", PositionRole.SECRETARY, CELL.id(),
                LocalDate.of(2020, 10, 15), null);
        Held reElected = new Held(UUID.randomUUID(), MEMBER, "Nguyễn Văn An", PositionRole.DEPUTY_SECRETARY, CELL.id(),
                LocalDate.of(2020, 10, 15), null);
        Held pastTerm = new Held(UUID.randomUUID(), other, "Trần Thị Bình", PositionRole.DEPUTY_SECRETARY, CELL.id(),
                LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 15));
        Held otherBody = new Held(UUID.randomUUID(), other, "Trần Thị Bình", PositionRole.COMMITTEE_MEMBER,
                COMMITTEE.id(), LocalDate.of(2020, 10, 1), null);
        Held unfilledRole = new Held(UUID.randomUUID(), other, "Trần Thị Bình", PositionRole.COMMITTEE_MEMBER,
                CELL.id(), LocalDate.of(2020, 10, 15), null);
        Held newTerm = new Held(UUID.randomUUID(), MEMBER, "Nguyễn Văn An", PositionRole.SECRETARY, CELL.id(),
                approvedOn, null);
        java.util.Set<PositionRules.Seat> filled = java.util.Set.of(
                new PositionRules.Seat(CELL.id(), PositionRole.SECRETARY),
                new PositionRules.Seat(CELL.id(), PositionRole.DEPUTY_SECRETARY));

        assertEquals(List.of(secretary, reElected), PositionRules.endedByApproval(filled, approvedOn,
                List.of(secretary, reElected, pastTerm, otherBody, unfilledRole, newTerm)));
        // applied a second time: the new term's positions begin on the approval's day and stay
        assertTrue(PositionRules.heldFrom(new PositionRules.Seat(CELL.id(), PositionRole.SECRETARY), approvedOn,
                List.of(newTerm)));
        assertFalse(PositionRules.heldFrom(new PositionRules.Seat(CELL.id(), PositionRole.DEPUTY_SECRETARY),
                approvedOn, List.of(newTerm, reElected)), "the previous term's deputy is not the new term's");
    }
}
