package vn.dangbo.kit.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PersonalDataGrantTest {

    // province > committee > cell; another committee beside it
    private final UUID province = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID cell = UUID.randomUUID();
    private final UUID otherCommittee = UUID.randomUUID();
    private final Map<UUID, UUID> parents = new HashMap<>(Map.of(committee, province, cell, committee,
            otherCommittee, province));
    private final AtomicInteger questions = new AtomicInteger();
    private final OrganisationScope tree = (root, organisation) -> {
        questions.incrementAndGet();
        for (UUID o = organisation; o != null; o = parents.get(o)) {
            if (o.equals(root)) {
                return true;
            }
        }
        return false;
    };

    @Test
    void anAdminSeesEveryMembersPersonalData() {
        PersonalDataGrant admin = new PersonalDataGrant(true, Optional.empty(), tree);
        assertTrue(admin.maySee(otherCommittee));
        assertTrue(admin.maySee(cell));
        assertTrue(admin.maySeeAny());
    }

    @Test
    void anOfficerSeesOnlyTheMembersOfTheirSubtree() {
        PersonalDataGrant officer = new PersonalDataGrant(false, Optional.of(committee), tree);
        assertTrue(officer.maySee(committee), "their own organisation");
        assertTrue(officer.maySee(cell), "a cell under it");
        assertFalse(officer.maySee(otherCommittee), "a committee beside it");
        assertFalse(officer.maySee(province), "the organisation above it");
        assertFalse(officer.maySee(null));
    }

    @Test
    void anOfficerWithoutAnOrganisationAndAViewerSeeNobodys() {
        assertFalse(new PersonalDataGrant(false, Optional.empty(), tree).maySee(cell));
        assertFalse(new PersonalDataGrant(false, Optional.empty(), tree).maySeeAny());
        assertFalse(PersonalDataGrant.none().maySee(cell));
        assertFalse(PersonalDataGrant.none().maySeeAny());
    }

    @Test
    void theTreeIsAskedOncePerOrganisation() {
        PersonalDataGrant officer = new PersonalDataGrant(false, Optional.of(committee), tree);
        for (int i = 0; i < 500; i++) {
            officer.maySee(i % 2 == 0 ? cell : otherCommittee);
        }
        assertEquals(2, questions.get());
    }
}
