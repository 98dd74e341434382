package vn.dangbo.docs.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IssuedDocumentRepository implements PanacheRepositoryBase<IssuedDocument, UUID> {

    static final int LIST_LIMIT = 500;

    public Optional<IssuedDocument> findBySourceEvent(String eventId) {
        return find("sourceEventId", eventId).firstResultOptional();
    }

    /** Documents matching the filters given (null = any), oldest first. */
    public List<IssuedDocument> search(String relatedTo, String type) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (relatedTo != null) {
            query.append(" and relatedTo = :relatedTo");
            parameters.and("relatedTo", relatedTo);
        }
        if (type != null) {
            query.append(" and type = :type");
            parameters.and("type", type);
        }
        query.append(" order by createdAt, number");
        return find(query.toString(), parameters).page(0, LIST_LIMIT).list();
    }
}
