package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;

/**
 * How a change of a member is recorded, through the kit's {@link ChangeRecorder}: its event on
 * {@link MemberEvents#TOPIC}, its latest public state on {@link MemberEvents#SNAPSHOT_TOPIC}, and its audit entry.
 * The snapshot topic holds the members on the list: a member who left it (removed, expelled, deceased) gets a
 * tombstone instead, so a subscriber starting from the topic never sees them (the lifecycle event still carries
 * the final state).
 */
@ApplicationScoped
public class MemberChanges {

    /** The entity of a member's audit entries ({@code GET /audit?entity=member}). */
    public static final String AUDITED_AS = "member";

    private final ChangeRecorder recorder;

    public MemberChanges(ChangeRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @param data   the event data, read after the flush (it carries the new version)
     * @param before the member as they were (null: registered)
     * @param actor  who made the change: the signed-in user, or the one an import job works for
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Member member, String eventType, Supplier<?> data, String action, MemberResponse before,
            String actor) {
        recorder.record(published(member, eventType, data)
                .audit(AUDITED_AS, action, before, () -> MemberResponse.of(member, true), actor));
    }

    /** The latest state as stored (or the tombstone), restated for subscribers that start from scratch. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Member member) {
        recorder.record(withSnapshot(Change.restatement(member.id), member));
    }

    private static Change published(Member member, String eventType, Supplier<?> data) {
        return withSnapshot(Change.of(member.id).event(MemberEvents.TOPIC, eventType, data), member);
    }

    private static Change withSnapshot(Change change, Member member) {
        if (member.standing == Standing.LEFT) {
            return change.tombstone(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT);
        }
        return change.snapshot(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT,
                () -> new MemberEvents.Snapshot(MemberEvents.state(member)));
    }
}
