package vn.dangbo.kit.change;

import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
