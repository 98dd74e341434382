package vn.dangbo.docs.numbering;

import java.util.Objects;
import java.util.UUID;

/**
 * Which run a document's number comes from. Every document type has its own run per issuing body and committee
 * term; the documents of one congress (political report, resolution, minutes, submissions...) share one run
 * whose key is the congress id, so they are numbered 01, 02, ... in the order the congress produces them.
 */
public final class NumberRun {

    private NumberRun() {
    }

    /** The run key: the congress id for a congress document, else the type code. */
    public static String key(String typeCode, UUID congressId) {
        Objects.requireNonNull(typeCode, "typeCode");
        return congressId == null ? typeCode : congressId.toString();
    }
}
