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

    /** @param type the type code, e.g. TB */
    public Optional<IssuedDocument> findBySourceEvent(String eventId, String type) {
        return find("sourceEventId = ?1 and type = ?2", eventId, type).firstResultOptional();
    }

    /** @param relatedTo what the document concerns (an award id); one event issues one per type and subject */
    public Optional<IssuedDocument> findBySourceEvent(String eventId, String type, String relatedTo) {
        return find("sourceEventId = ?1 and type = ?2 and relatedTo = ?3", eventId, type, relatedTo)
                .firstResultOptional();
    }

    /** Documents matching the filters given, oldest first. */
    public List<IssuedDocument> search(DocumentRecords.DocumentFilter filter) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (filter.relatedTo() != null) {
            query.append(" and relatedTo = :relatedTo");
            parameters.and("relatedTo", filter.relatedTo());
        }
        if (filter.type() != null) {
            query.append(" and type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.issuerId() != null) {
            query.append(" and issuerId = :issuerId");
            parameters.and("issuerId", filter.issuerId());
        }
        if (filter.from() != null) {
            query.append(" and issuedOn >= :from");
            parameters.and("from", filter.from());
        }
        if (filter.to() != null) {
            query.append(" and issuedOn <= :to");
            parameters.and("to", filter.to());
        }
        query.append(" order by createdAt, number");
        return find(query.toString(), parameters).page(0, LIST_LIMIT).list();
    }

    /** Every document numbered in one run, by number. */
    public List<IssuedDocument> register(UUID issuerId, String term, String run) {
        return list("issuerId = ?1 and term = ?2 and runKey = ?3 order by number", issuerId, term, run);
    }
}
