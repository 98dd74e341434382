package vn.dangbo.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.registry.organisation.OrganisationRecords.OrganisationResponse;

/**
 * How a change of an organisation is recorded, through the kit's {@link ChangeRecorder}: its event on
 * {@link OrganisationEvents#TOPIC}, its latest state on {@link OrganisationEvents#SNAPSHOT_TOPIC}, and its audit
 * entry. A dissolved or merged organisation keeps its snapshot (with its status), never a tombstone: members'
 * histories, congresses and documents still name it, and a subscriber must be able to show it.
 */
@ApplicationScoped
public class OrganisationChanges {

    /** The entity of an organisation's audit entries ({@code GET /audit?entity=organisation}). */
    public static final String AUDITED_AS = "organisation";

    private final ChangeRecorder recorder;

    public OrganisationChanges(ChangeRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * @param data   the event data, read after the flush (it carries the new version)
     * @param before the organisation as it was (null: created)
     * @param actor  who made the change: the signed-in user, or the one an import job works for
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void record(Organisation organisation, String eventType, Supplier<?> data, String action,
            OrganisationResponse before, String actor) {
        recorder.record(published(organisation, eventType, data)
                .audit(AUDITED_AS, action, before, () -> OrganisationResponse.of(organisation), actor));
    }

    /**
     * The latest state as stored, restated for subscribers that start from scratch: a republication, or a
     * descendant of a moved organisation read back after its path was rewritten in SQL (the snapshot topic keeps
     * each organisation on its own).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Organisation organisation) {
        recorder.record(withSnapshot(Change.restatement(organisation.id), organisation));
    }

    private static Change published(Organisation organisation, String eventType, Supplier<?> data) {
        return withSnapshot(Change.of(organisation.id).event(OrganisationEvents.TOPIC, eventType, data), organisation);
    }

    private static Change withSnapshot(Change change, Organisation organisation) {
        return change.snapshot(OrganisationEvents.SNAPSHOT_TOPIC, OrganisationEvents.SNAPSHOT,
                () -> new OrganisationEvents.Snapshot(OrganisationEvents.state(organisation)));
    }
}
