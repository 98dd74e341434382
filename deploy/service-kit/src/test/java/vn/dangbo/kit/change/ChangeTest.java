package vn.dangbo.kit.change;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a change may say (what it writes is ChangeRecorderTest's, on a service's real database). */
class ChangeTest {

    @Test
    void aChangeLeavesOneSnapshotOrOneTombstoneNeverBoth() {
        Change change = Change.of(UUID.randomUUID()).snapshot("test.snapshot.v1", "test.snapshot", () -> "state");
        assertThrows(IllegalStateException.class, () -> change.tombstone("test.snapshot.v1", "test.snapshot"));
        Change left = Change.of(UUID.randomUUID()).tombstone("test.snapshot.v1", "test.snapshot");
        assertThrows(IllegalStateException.class, () -> left.snapshot("test.snapshot.v1", "test.snapshot", () -> "x"));
    }

    @Test
    void everyChangeNamesItsAggregateAndAnAuditEntryOnBehalfOfSomeoneNamesThem() {
        assertThrows(NullPointerException.class, () -> Change.of(null));
        Change change = Change.of(UUID.randomUUID());
        assertThrows(NullPointerException.class, () -> change.audit("member", "UPDATED", null, () -> "after", null));
    }

    @Test
    void aRestatementCarriesOnlyTheStateAsStored() {
        UUID id = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> Change.restatement(id).event("t.v1", "t", () -> "x"));
        assertThrows(IllegalStateException.class, () -> Change.restatement(id).audit("member", "A", null, () -> "x"));
        assertThrows(IllegalStateException.class,
                () -> Change.restatement(id).audit("member", "A", null, () -> "x", "importer"));
        assertFalse(Change.restatement(id).snapshot("t.snapshot.v1", "t", () -> "x").flushesFirst());
        assertTrue(Change.of(id).flushesFirst());
    }
}
