package vn.dangbo.congress.counting;

import java.util.List;

/** When the tellers' independent entries of one ballot make it final. */
public final class EntryAgreementRules {

    private EntryAgreementRules() {
    }

    /**
     * @param tellersPerBallot entries needed
     * @param contents         the canonical contents entered so far, one per teller
     * @return FINAL when that many entries are alike, MISMATCH as soon as two differ, else PENDING
     */
    public static UnitStatus status(int tellersPerBallot, List<String> contents) {
        if (contents.stream().distinct().count() > 1) {
            return UnitStatus.MISMATCH;
        }
        return contents.size() >= tellersPerBallot ? UnitStatus.FINAL : UnitStatus.PENDING;
    }
}
