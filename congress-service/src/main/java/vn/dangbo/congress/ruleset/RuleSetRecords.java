package vn.dangbo.congress.ruleset;

import java.util.List;
import vn.dangbo.congress.ruleset.RuleSet.Document;

/** Responses of the rule-set API; one rule set in full is the {@link RuleSet} record itself. */
public final class RuleSetRecords {

    private RuleSetRecords() {
    }

    /** One line of the list: which round's rules, after which documents. */
    public record RuleSetSummary(String id, String title, String label, List<Document> documents) {

        static RuleSetSummary of(RuleSet ruleSet) {
            return new RuleSetSummary(ruleSet.id(), ruleSet.title(), ruleSet.label(), ruleSet.documents());
        }
    }
}
