package vn.dangbo.kit.change;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One change of an aggregate as the world learns it, recorded by {@link ChangeRecorder} in the transaction
 * that made it: the event on the aggregate's topic, its latest state on the log-compacted snapshot topic (or
 * a tombstone once the aggregate is gone from it), and the audit entry. Each part is optional; the data of
 * the event, the snapshot and the audit entry's state after are suppliers, read after the change is flushed,
 * so they carry the version the change gave the aggregate.
 *
 * <pre>{@code
 * recorder.record(Change.of(member.id)
 *         .event(MemberEvents.TOPIC, MemberEvents.UPDATED, () -> new Updated(state(member), fields))
 *         .snapshot(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT, () -> new Snapshot(state(member)))
 *         .audit("member", "UPDATED", before, () -> MemberResponse.of(member, true)));
 * }</pre>
 */
public final class Change {

    /** A record on a topic: {@code data} null for a tombstone. */
    record Publication(String topic, String type, Supplier<?> data) {
    }

    /** {@code actor} null: the signed-in user. */
    record Audit(String entity, String action, Object before, Supplier<?> after, String actor) {
    }

    private final UUID aggregateId;
    private final boolean restatement;
    private Publication event;
    private Publication snapshot;
    private Audit audit;

    private Change(UUID aggregateId, boolean restatement) {
        this.aggregateId = Objects.requireNonNull(aggregateId, "aggregateId");
        this.restatement = restatement;
    }

    /** A change of the aggregate with this id: the key of its records and the id of its audit entry. */
    public static Change of(UUID aggregateId) {
        return new Change(aggregateId, false);
    }

    /**
     * The aggregate's state as stored, told again on its snapshot topic: a republication of every snapshot, or a
     * row that a statement changed in the database and the caller read back. Nothing of it waits in the session,
     * so the recorder does not flush: a republication restates thousands of aggregates in one transaction, and a
     * flush each would check every entity the session holds each time. It carries a snapshot or a tombstone only.
     */
    public static Change restatement(UUID aggregateId) {
        return new Change(aggregateId, true);
    }

    /** The event on the aggregate's topic, e.g. {@code registry.members.v1}. */
    public Change event(String topic, String type, Supplier<?> data) {
        requireChange("an event");
        this.event = new Publication(topic, type, Objects.requireNonNull(data, "data"));
        return this;
    }

    /** The aggregate's latest state on its log-compacted snapshot topic, after the event. */
    public Change snapshot(String topic, String type, Supplier<?> data) {
        requireNoSnapshot();
        this.snapshot = new Publication(topic, type, Objects.requireNonNull(data, "data"));
        return this;
    }

    /** Instead of a snapshot: the aggregate left the snapshot topic, whose subscribers forget it. */
    public Change tombstone(String topic, String type) {
        requireNoSnapshot();
        this.snapshot = new Publication(topic, type, null);
        return this;
    }

    /**
     * The audit entry, written by the signed-in user.
     *
     * @param entity what changed, as the service's audit API names it (e.g. {@code member})
     * @param before the state before the change (null for a creation): a record, not an entity
     * @param after  the state after the change, read after the flush
     */
    public Change audit(String entity, String action, Object before, Supplier<?> after) {
        requireChange("an audit entry");
        this.audit = new Audit(entity, action, before, Objects.requireNonNull(after, "after"), null);
        return this;
    }

    /** As {@link #audit(String, String, Object, Supplier)}, for work done on behalf of {@code actor} (an import job). */
    public Change audit(String entity, String action, Object before, Supplier<?> after, String actor) {
        requireChange("an audit entry");
        this.audit = new Audit(entity, action, before, Objects.requireNonNull(after, "after"),
                Objects.requireNonNull(actor, "actor"));
        return this;
    }

    UUID aggregateId() {
        return aggregateId;
    }

    /** Whether the session may hold the change unwritten, so the records must wait for a flush. */
    boolean flushesFirst() {
        return !restatement;
    }

    Publication event() {
        return event;
    }

    Publication snapshot() {
        return snapshot;
    }

    Audit auditEntry() {
        return audit;
    }

    private void requireChange(String what) {
        if (restatement) {
            throw new IllegalStateException("a restatement changes nothing, so it has no " + what.substring(
                    what.indexOf(' ') + 1) + ": record a change with Change.of");
        }
    }

    private void requireNoSnapshot() {
        if (snapshot != null) {
            throw new IllegalStateException("a change publishes one snapshot or one tombstone");
        }
    }
}
