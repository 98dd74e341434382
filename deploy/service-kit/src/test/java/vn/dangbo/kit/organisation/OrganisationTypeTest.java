package vn.dangbo.kit.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrganisationTypeTest {

    @Test
    void theNamesOnTheEventTopicsAreTheContract() {
        // registry.organisations.v1 publishes these names; consumers compare them as strings
        assertEquals(List.of("BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL", "PARTIAL_COMMITTEE", "CELL"),
                Arrays.stream(OrganisationType.values()).map(Enum::name).toList());
        assertEquals(Optional.of(OrganisationType.GRASSROOTS_CELL), OrganisationType.parse("GRASSROOTS_CELL"));
        assertEquals(Optional.empty(), OrganisationType.parse("PROVINCIAL_COMMITTEE"), "a newer registry's type");
        assertEquals(Optional.empty(), OrganisationType.parse("cell"));
        assertEquals(Optional.empty(), OrganisationType.parse(null));
    }

    @Test
    void eachTypeHasTheVietnameseNamesAnOfficeUses() {
        assertEquals(List.of("Đảng bộ Khối", "Đảng ủy Khối"), OrganisationType.BLOC_COMMITTEE.vietnameseNames());
        assertEquals(List.of("Đảng bộ cơ sở"), OrganisationType.GRASSROOTS_COMMITTEE.vietnameseNames());
        assertEquals(List.of("Chi bộ cơ sở"), OrganisationType.GRASSROOTS_CELL.vietnameseNames());
        assertEquals(List.of("Đảng bộ bộ phận"), OrganisationType.PARTIAL_COMMITTEE.vietnameseNames());
        assertEquals(List.of("Chi bộ", "Chi bộ trực thuộc"), OrganisationType.CELL.vietnameseNames());
        assertEquals("Chi bộ trực thuộc", OrganisationType.CELL.fullName());
        assertEquals("Đảng bộ Khối", OrganisationType.BLOC_COMMITTEE.fullName());
    }

    @Test
    void membersAreKeptInCellsOfEitherKindAndGrassrootsMeansCommitteeOrCell() {
        assertEquals(List.of(OrganisationType.GRASSROOTS_CELL, OrganisationType.CELL),
                Arrays.stream(OrganisationType.values()).filter(OrganisationType::holdsMembers).toList());
        assertEquals(List.of(OrganisationType.GRASSROOTS_COMMITTEE, OrganisationType.GRASSROOTS_CELL),
                Arrays.stream(OrganisationType.values()).filter(OrganisationType::isGrassroots).toList());
    }

    @Test
    void theTreeGoesBlocGrassrootsPartialCell() {
        assertTrue(OrganisationType.BLOC_COMMITTEE.mayBeChildOf(null));
        assertTrue(OrganisationType.BLOC_COMMITTEE.mayBeChildOf(OrganisationType.BLOC_COMMITTEE));
        assertTrue(OrganisationType.GRASSROOTS_CELL.mayBeChildOf(OrganisationType.BLOC_COMMITTEE));
        assertTrue(OrganisationType.PARTIAL_COMMITTEE.mayBeChildOf(OrganisationType.GRASSROOTS_COMMITTEE));
        assertTrue(OrganisationType.CELL.mayBeChildOf(OrganisationType.PARTIAL_COMMITTEE));
        assertFalse(OrganisationType.CELL.mayBeChildOf(OrganisationType.BLOC_COMMITTEE));
        assertFalse(OrganisationType.CELL.mayBeChildOf(OrganisationType.GRASSROOTS_CELL));
        assertFalse(OrganisationType.GRASSROOTS_COMMITTEE.mayBeChildOf(null));
        assertFalse(OrganisationType.BLOC_COMMITTEE.mayBeChildOf(OrganisationType.GRASSROOTS_COMMITTEE));
    }
}
