package vn.dangbo.registry.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.organisation.OrganisationType;

class TreeRulesTest {

    private final UUID bloc = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID partial = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final String committeePath = "/" + bloc + "/" + committee + "/";
    private final String partialPath = committeePath + partial + "/";
    private final String cellPath = partialPath + cell + "/";

    @Test
    void anOrganisationCannotMoveUnderItself() {
        assertEquals("Không thể chuyển một tổ chức đảng vào chính nó", TreeRules.moveProblem(partial, partialPath,
                OrganisationType.PARTIAL_COMMITTEE, partial, partialPath, OrganisationType.PARTIAL_COMMITTEE,
                OrganisationStatus.ACTIVE).orElseThrow());
    }

    @Test
    void anOrganisationCannotMoveUnderOneOfItsDescendants() {
        assertTrue(TreeRules.moveProblem(committee, committeePath, OrganisationType.GRASSROOTS_COMMITTEE, cell,
                cellPath, OrganisationType.CELL, OrganisationStatus.ACTIVE).orElseThrow().contains("trực thuộc của chính nó"));
    }

    @Test
    void aCellMayMoveToAnotherActiveCommitteeButNotUnderTheBlocNorADissolvedOne() {
        UUID other = UUID.randomUUID();
        String otherPath = "/" + bloc + "/" + other + "/";
        assertTrue(TreeRules.moveProblem(cell, cellPath, OrganisationType.CELL, other, otherPath,
                OrganisationType.GRASSROOTS_COMMITTEE, OrganisationStatus.ACTIVE).isEmpty());
        assertTrue(TreeRules.moveProblem(cell, cellPath, OrganisationType.CELL, bloc, "/" + bloc + "/",
                OrganisationType.BLOC_COMMITTEE, OrganisationStatus.ACTIVE).orElseThrow().contains("không thể trực thuộc"));
        assertTrue(TreeRules.moveProblem(cell, cellPath, OrganisationType.CELL, other, otherPath,
                OrganisationType.GRASSROOTS_COMMITTEE, OrganisationStatus.DISSOLVED).orElseThrow().contains("giải thể"));
    }

    @Test
    void aCellMergesOnlyIntoAnotherActiveCellOutsideItself() {
        Organisation source = org(cell, cellPath, OrganisationType.CELL, OrganisationStatus.ACTIVE);
        Organisation target = org(UUID.randomUUID(), partialPath + "x/", OrganisationType.CELL, OrganisationStatus.ACTIVE);
        assertTrue(TreeRules.mergeProblem(source, target).isEmpty());
        assertTrue(TreeRules.mergeProblem(source, source).isPresent());
        assertTrue(TreeRules.mergeProblem(source, org(partial, partialPath, OrganisationType.PARTIAL_COMMITTEE,
                OrganisationStatus.ACTIVE)).orElseThrow().contains("không phải là chi bộ"));
        target.status = OrganisationStatus.MERGED;
        assertTrue(TreeRules.mergeProblem(source, target).isPresent());
    }

    private static Organisation org(UUID id, String path, OrganisationType type, OrganisationStatus status) {
        Organisation o = new Organisation();
        o.id = id;
        o.path = path;
        o.type = type;
        o.status = status;
        o.name = "Chi bộ " + id.toString().substring(0, 4);
        return o;
    }
}
