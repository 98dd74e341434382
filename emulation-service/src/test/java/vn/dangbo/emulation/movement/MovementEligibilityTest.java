package vn.dangbo.emulation.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.movement.MovementEligibility.Candidate;

class MovementEligibilityTest {

    private final UUID bloc = UUID.randomUUID();
    private final UUID otherBloc = UUID.randomUUID();

    @Test
    void anActiveGrassrootsCommitteeOfTheBlocMayRegister() {
        assertTrue(MovementEligibility.mayRegister(below(bloc, "GRASSROOTS_COMMITTEE", "ACTIVE"), bloc));
        assertEquals(Optional.empty(),
                MovementEligibility.registrationProblem(below(bloc, "GRASSROOTS_COMMITTEE", "ACTIVE"), bloc));
    }

    @Test
    void anActiveGrassrootsCellOfTheBlocMayRegister() {
        assertTrue(MovementEligibility.mayRegister(below(bloc, "GRASSROOTS_CELL", "ACTIVE"), bloc));
    }

    @Test
    void aCellUnderAGrassrootsCommitteeTakesPartThroughItsCommittee() {
        UUID committee = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        Candidate candidate = new Candidate(cell, "CELL", "ACTIVE", "/" + bloc + "/" + committee + "/" + cell + "/");
        assertFalse(MovementEligibility.mayRegister(candidate, bloc));
        assertTrue(MovementEligibility.registrationProblem(candidate, bloc).orElseThrow()
                .contains("Chi bộ trực thuộc không phải tổ chức cơ sở đảng"));
    }

    @Test
    void aPartialCommitteeIsNotAGrassrootsOrganisation() {
        UUID committee = UUID.randomUUID();
        UUID partial = UUID.randomUUID();
        Candidate candidate = new Candidate(partial, "PARTIAL_COMMITTEE", "ACTIVE",
                "/" + bloc + "/" + committee + "/" + partial + "/");
        assertFalse(MovementEligibility.mayRegister(candidate, bloc));
    }

    @Test
    void theBlocItselfDoesNotRegisterForItsOwnMovement() {
        Candidate candidate = new Candidate(bloc, "BLOC_COMMITTEE", "ACTIVE", "/" + bloc + "/");
        assertFalse(MovementEligibility.mayRegister(candidate, bloc));
        assertTrue(MovementEligibility.registrationProblem(candidate, bloc).orElseThrow()
                .startsWith("Chỉ tổ chức cơ sở đảng"));
    }

    @Test
    void dissolvedOrMergedOrganisationsMayNotRegister() {
        for (String status : new String[] {"DISSOLVED", "MERGED"}) {
            Candidate candidate = below(bloc, "GRASSROOTS_COMMITTEE", status);
            assertFalse(MovementEligibility.mayRegister(candidate, bloc), status);
            assertEquals("Tổ chức đảng đã giải thể hoặc hợp nhất không được đăng ký tham gia phong trào thi đua",
                    MovementEligibility.registrationProblem(candidate, bloc).orElseThrow());
        }
    }

    @Test
    void anOrganisationOfAnotherBlocMayNotRegister() {
        Candidate candidate = below(otherBloc, "GRASSROOTS_CELL", "ACTIVE");
        assertFalse(MovementEligibility.mayRegister(candidate, bloc));
        assertEquals("Tổ chức đảng không trực thuộc Đảng bộ Khối phát động phong trào thi đua",
                MovementEligibility.registrationProblem(candidate, bloc).orElseThrow());
        assertTrue(MovementEligibility.mayRegister(candidate, otherBloc));
    }

    @Test
    void theBlocMustBeAStrictAncestorNotOnlyMentionedInTheName() {
        UUID id = UUID.randomUUID();
        assertFalse(MovementEligibility.mayRegister(new Candidate(id, "GRASSROOTS_CELL", "ACTIVE", "/" + id + "/"),
                bloc), "a root organisation lies in no bloc");
        assertFalse(MovementEligibility.mayRegister(new Candidate(bloc, "GRASSROOTS_CELL", "ACTIVE", "/" + bloc + "/"),
                bloc), "an organisation is not inside itself");
        assertFalse(MovementEligibility.mayRegister(below(bloc, "GRASSROOTS_CELL", "ACTIVE"), null));
        assertFalse(MovementEligibility.mayRegister(new Candidate(id, "GRASSROOTS_CELL", "ACTIVE", null), bloc));
    }

    @Test
    void theTypeIsCheckedFirstThenTheStatusThenTheBloc() {
        Candidate everythingWrong = new Candidate(UUID.randomUUID(), "CELL", "DISSOLVED", "/" + otherBloc + "/x/");
        assertTrue(MovementEligibility.registrationProblem(everythingWrong, bloc).orElseThrow()
                .startsWith("Chỉ tổ chức cơ sở đảng"));
        Candidate dissolvedElsewhere = below(otherBloc, "GRASSROOTS_COMMITTEE", "DISSOLVED");
        assertTrue(MovementEligibility.registrationProblem(dissolvedElsewhere, bloc).orElseThrow()
                .contains("giải thể"));
    }

    private static Candidate below(UUID bloc, String type, String status) {
        UUID id = UUID.randomUUID();
        return new Candidate(id, type, status, "/" + bloc + "/" + id + "/");
    }
}
