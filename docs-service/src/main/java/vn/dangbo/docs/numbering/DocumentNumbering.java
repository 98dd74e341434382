package vn.dangbo.docs.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Objects;
import java.util.UUID;

/**
 * Allocates document numbers: one run per issuing organisation, committee term and run key (the document type,
 * or the congress id for congress documents, see {@link NumberRun}), from 01 (Hướng dẫn 36-HD/VPTW). A voided
 * document keeps its number (the counter never goes back), so the next allocation continues after it.
 *
 * <p>One upsert in the caller's transaction: the counter row stays locked until that transaction ends, so
 * concurrent issuers of the same run wait for each other (no duplicate), and a rolled-back issue takes its
 * increment with it (no gap).
 */
@ApplicationScoped
public class DocumentNumbering {

    private final EntityManager entityManager;

    public DocumentNumbering(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return the next number of the run, starting at 1 */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(UUID issuerId, String runKey, String term) {
        Objects.requireNonNull(issuerId, "issuerId");
        Objects.requireNonNull(runKey, "runKey");
        Objects.requireNonNull(term, "term");
        Number number = (Number) entityManager.createNativeQuery(
                "insert into document_number_counter (issuer_id, run_key, term, last_number) "
                        + "values (:issuer, :run, :term, 1) "
                        + "on conflict (issuer_id, term, run_key) "
                        + "do update set last_number = document_number_counter.last_number + 1 "
                        + "returning last_number")
                .setParameter("issuer", issuerId)
                .setParameter("run", runKey)
                .setParameter("term", term)
                .getSingleResult();
        return number.intValue();
    }
}
