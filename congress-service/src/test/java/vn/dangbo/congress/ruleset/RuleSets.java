package vn.dangbo.congress.ruleset;

import java.util.Map;

/** The shipped rule sets for unit tests, read the way the service reads them; and variants of one. */
public final class RuleSets {

    private static final Map<String, RuleSet> SHIPPED = RuleSetLoader.load(RuleSets.class.getClassLoader());

    private RuleSets() {
    }

    public static RuleSet shipped(String id) {
        RuleSet ruleSet = SHIPPED.get(id);
        if (ruleSet == null) {
            throw new IllegalArgumentException("no shipped rule set " + id + " (" + SHIPPED.keySet() + ")");
        }
        return ruleSet;
    }

    /** The rule set as a next round might change it: other congress lengths. */
    public static RuleSet withCongresses(RuleSet r, RuleSet.Congresses congresses) {
        return new RuleSet(r.id() + "-test", r.title(), r.label(), r.documents(), r.retirementAge(), r.candidacy(),
                r.bodies(), congresses, r.surplus(), r.voteBase(), r.elections());
    }

    /** The rule set as a next round might change it: other body sizes. */
    public static RuleSet withBodies(RuleSet r, RuleSet.Bodies bodies) {
        return new RuleSet(r.id() + "-test", r.title(), r.label(), r.documents(), r.retirementAge(), r.candidacy(),
                bodies, r.congresses(), r.surplus(), r.voteBase(), r.elections());
    }

    /** The rule set as a next round might change it: other counting rules. */
    public static RuleSet withElections(RuleSet r, RuleSet.Elections elections) {
        return new RuleSet(r.id() + "-test", r.title(), r.label(), r.documents(), r.retirementAge(), r.candidacy(),
                r.bodies(), r.congresses(), r.surplus(), r.voteBase(), elections);
    }

    /** The rule set as a next round might change it: other surplus limits. */
    public static RuleSet withSurplus(RuleSet r, RuleSet.Surplus surplus) {
        return new RuleSet(r.id() + "-test", r.title(), r.label(), r.documents(), r.retirementAge(), r.candidacy(),
                r.bodies(), r.congresses(), surplus, r.voteBase(), r.elections());
    }
}
