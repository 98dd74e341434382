package vn.dangbo.congress.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.documents.DocumentEvents.DocumentState;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/** Says once what a change of a checklist item publishes and audits, in the caller's transaction. */
@ApplicationScoped
public class DocumentChanges {

    private final ChangeRecorder changes;
    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;

    public DocumentChanges(ChangeRecorder changes, CongressRepository congresses,
            OrganisationDirectory organisations) {
        this.changes = changes;
        this.congresses = congresses;
        this.organisations = organisations;
    }

    /** A change an officer made over the API: published and in the audit trail under their name. */
    public void recordByOfficer(CongressDocument document, String type, String action, DocumentState before,
            Function<DocumentState, Object> data) {
        changes.record(Change.of(document.congressId)
                .event(DocumentEvents.TOPIC, type, () -> data.apply(state(document)))
                .audit("congress_document", action, before, () -> state(document)));
    }

    /** A change the service made itself (a document issued by docs-service, a deadline passing): published. */
    public void record(CongressDocument document, String type, Function<DocumentState, Object> data) {
        changes.record(Change.of(document.congressId)
                .event(DocumentEvents.TOPIC, type, () -> data.apply(state(document))));
    }

    DocumentState state(CongressDocument d) {
        Congress congress = congresses.findById(d.congressId);
        String organisationName = organisations.find(congress.organisationId).map(o -> o.name).orElse(null);
        return new DocumentState(d.congressId, congress.roundId, congress.organisationId, organisationName, d.code,
                d.kind.name(), d.name, d.body, d.dueDate, d.status.name(), d.submittedOn, d.documentId,
                d.documentSymbol, d.approvedOn, d.version);
    }
}
