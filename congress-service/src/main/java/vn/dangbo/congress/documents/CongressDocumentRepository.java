package vn.dangbo.congress.documents;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CongressDocumentRepository implements PanacheRepositoryBase<CongressDocument, CongressDocument.Key> {

    /** The congress' checklist in the plan's order. */
    public List<CongressDocument> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by position", congressId);
    }

    public Optional<CongressDocument> find(UUID congressId, String code) {
        return findByIdOptional(new CongressDocument.Key(congressId, code));
    }

    /** The item a docs-service document was submitted as, if any. */
    public Optional<CongressDocument> submittedAs(UUID documentId) {
        return find("documentId", documentId).firstResultOptional();
    }
}
