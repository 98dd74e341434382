package vn.dangbo.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.dangbo.registry.support.RegistryApi.organisation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The kit's one way to record a change, on the registry's database: the event, the snapshot (or tombstone) and
 * the audit entry are written in the caller's transaction, after the change is flushed, or not at all.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ChangeRecorderTest {

    private static final String TOPIC = "registry.recorder-test.v1";
    private static final String SNAPSHOT_TOPIC = "registry.recorder-test.snapshot.v1";
    private static final String CHANGED = "vn.dangbo.registry.recorder-test.changed.v1";
    private static final String SNAPSHOT = "vn.dangbo.registry.recorder-test.snapshot.v1";

    /** Data in a fixed field order, as the event and audit JSON are compared as text. */
    record Term(String term, long version) {
    }

    record Left(boolean left) {
    }

    @Inject
    ChangeRecorder recorder;

    @Inject
    EntityManager entityManager;

    @Test
    void theEventTheSnapshotAndTheAuditEntryCommitWithTheChangeAndCarryItsNewVersion() {
        UUID id = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Kiểm thử", "ĐUK");
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation organisation = entityManager.find(Organisation.class, id);
            Term before = new Term(organisation.term, organisation.version);
            organisation.term = "2025-2030";
            recorder.record(Change.of(id)
                    .event(TOPIC, CHANGED, () -> new Term(organisation.term, organisation.version))
                    .snapshot(SNAPSHOT_TOPIC, SNAPSHOT, () -> new Term(organisation.term, organisation.version))
                    .audit("organisation", "TERM_CHANGED_BY_TEST", before,
                            () -> new Term(organisation.term, organisation.version), "importer"));
        });

        assertEquals(List.of(
                List.of(TOPIC, CHANGED, "{\"term\": \"2025-2030\", \"version\": 1}"),
                List.of(SNAPSHOT_TOPIC, SNAPSHOT, "{\"term\": \"2025-2030\", \"version\": 1}")), outbox(id));
        assertEquals(List.of(List.of("TERM_CHANGED_BY_TEST", "importer", "{\"term\": \"2020-2025\", \"version\": 0}",
                "{\"term\": \"2025-2030\", \"version\": 1}")), audit(id));
    }

    @Test
    void anAggregateThatLeftGetsATombstoneAndAnEntryNamingNoActorIsTheCurrentUsers() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> recorder.record(Change.of(id)
                .event(TOPIC, CHANGED, () -> new Left(true))
                .tombstone(SNAPSHOT_TOPIC, SNAPSHOT)
                .audit("member", "LEFT_BY_TEST", new Left(false), () -> new Left(true))));

        assertEquals(List.of(List.of(TOPIC, CHANGED, "{\"left\": true}"), List.of(SNAPSHOT_TOPIC, SNAPSHOT, "")),
                outbox(id));
        // no request, so no signed-in user: the access guard's name for nobody
        assertEquals(List.of(List.of("LEFT_BY_TEST", "anonymous", "{\"left\": false}", "{\"left\": true}")),
                audit(id));
    }

    @Test
    void aRolledBackChangeLeavesNoEventNoSnapshotAndNoAuditEntry() {
        UUID id = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Hoàn tác", "ĐUK");
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Organisation organisation = entityManager.find(Organisation.class, id);
            organisation.term = "2025-2030";
            recorder.record(Change.of(id)
                    .event(TOPIC, CHANGED, () -> new Term(organisation.term, organisation.version))
                    .snapshot(SNAPSHOT_TOPIC, SNAPSHOT, () -> new Term(organisation.term, organisation.version))
                    .audit("organisation", "TERM_CHANGED_BY_TEST", null,
                            () -> new Term(organisation.term, organisation.version)));
            throw new IllegalStateException("the caller's next step failed");
        }));

        assertEquals(List.of(), outbox(id));
        assertEquals(List.of(), audit(id));
        assertEquals("2020-2025", QuarkusTransaction.requiringNew()
                .call(() -> entityManager.find(Organisation.class, id).term));
    }

    @Test
    void aChangeIsRecordedOnlyInTheTransactionThatMakesIt() {
        UUID id = UUID.randomUUID();
        assertThrows(TransactionalException.class,
                () -> recorder.record(Change.of(id).event(TOPIC, CHANGED, () -> new Left(true))));
        assertEquals(List.of(), outbox(id));
    }

    /**
     * The test topics' rows of the aggregate, in the order written: topic, type, payload as jsonb prints it (""
     * for a tombstone).
     */
    private List<List<String>> outbox(UUID id) {
        return rows("select topic, event_type, coalesce(payload::jsonb::text, '') from outbox_event"
                + " where subject = ?1 and topic in ('" + TOPIC + "', '" + SNAPSHOT_TOPIC + "') order by id",
                id.toString());
    }

    private List<List<String>> audit(UUID id) {
        return rows("select action, actor, coalesce(before::text, ''), after::text from audit_entry"
                + " where entity_id = ?1 and action like '%_BY_TEST' order by id", id);
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows(String query, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) entityManager.createNativeQuery(query)
                .setParameter(1, parameter).getResultList()).stream()
                .map(row -> Arrays.stream(row).map(String::valueOf).toList()).toList());
    }
}
