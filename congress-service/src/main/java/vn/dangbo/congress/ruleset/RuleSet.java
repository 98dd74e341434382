package vn.dangbo.congress.ruleset;

import java.util.List;

/**
 * Every number the congress rules use, for one round's regulations. Read from
 * {@code rule-sets/<id>.json} (validated by {@code rule-sets/rule-set.schema.json}) because the next round
 * changes them: a new round's rules are a new file, not a code change. Each section names its source.
 *
 * @param label the short name of the documents (e.g. "244-QĐ/TW; 35-CT/TW (2020)"), shown with a structure
 */
public record RuleSet(String id, String title, String label, List<Document> documents,
        RetirementAges retirementAge, Candidacy candidacy, Bodies bodies, Congresses congresses, Surplus surplus,
        VoteBase voteBase, Elections elections) {

    public RuleSet {
        documents = List.copyOf(documents);
    }

    /** A regulation, directive or law the rule set implements. */
    public record Document(String code, String title) {
    }

    public record RetirementAges(String source, RetirementAge male, RetirementAge female) {

        public RetirementAge of(Sex sex) {
            return sex == Sex.MALE ? male : female;
        }
    }

    /**
     * The retirement age of one sex.
     *
     * @param months  the age in months (before the roadmap starts, or always when there is none)
     * @param roadmap a yearly rising age (Labour Code 2019 art. 169), or null for a fixed age
     */
    public record RetirementAge(int months, Roadmap roadmap) {
    }

    /**
     * From {@code fromYear} the age reached in a year is {@code startMonths}, then {@code stepMonthsPerYear}
     * more each year, never above {@code capMonths}.
     */
    public record Roadmap(int fromYear, int startMonths, int stepMonthsPerYear, int capMonths) {
    }

    /** Months of work a candidate must have left before retirement. */
    public record Candidacy(String source, int firstTimeMonthsOfWork, int reElectionMonthsOfWork) {

        public int monthsOfWork(boolean reElection) {
            return reElection ? reElectionMonthsOfWork : firstTimeMonthsOfWork;
        }
    }

    /** The sizes of the bodies a congress elects. */
    public record Bodies(String source, int cellCommitteeThreshold, int cellCommitteeMin, int cellCommitteeMax,
            int partyCommitteeMax, int standingCommitteeSize, int deputySecretaries, int inspectionCommissionSize,
            List<String> inspectionPositions) {

        public Bodies {
            inspectionPositions = List.copyOf(inspectionPositions);
        }
    }

    /**
     * @param delegateCongressFromMembers from this many members an organisation holds a delegate congress; fewer
     *                                    hold an all-member one (a cell always does)
     */
    public record Congresses(String source, int delegateCongressFromMembers, int cellMaxDays, int committeeMaxDays) {
    }

    /**
     * How far a list of candidates may exceed the seats.
     *
     * @param smallBody a tighter limit for small bodies, or null when the rule set has none
     */
    public record Surplus(String source, int maxPercent, int preparedMinPercent, int preparedMaxPercent,
            int floorNomineeAgreementAbovePercent, SmallBody smallBody) {
    }

    /** A body of {@code minSeats}..{@code maxSeats} seats has at most {@code maxExtra} names over them. */
    public record SmallBody(int minSeats, int maxSeats, int maxExtra) {
    }

    /** Who is left out of the base a candidate needs more than half of. */
    public record VoteBase(String source, int electedAbovePercentOfBase, List<Exclusion> allMemberExclusions,
            List<Exclusion> delegateExclusions) {

        public VoteBase {
            allMemberExclusions = List.copyOf(allMemberExclusions);
            delegateExclusions = List.copyOf(delegateExclusions);
        }
    }

    public record Exclusion(String code, String label) {
    }

    /**
     * How ballots are counted and results declared.
     *
     * @param secretaryMaxRounds  ballots for a secretary before the higher committee appoints one (chỉ định)
     * @param tellersPerBallot    independent entries of each ballot before it is final
     * @param spareBallotsPercent spare ballots printed over the voters, as a percentage (at least
     *                            {@code spareBallotsMin})
     * @param percentDecimals     decimals of a percentage of the base, rounded half up
     */
    public record Elections(String source, boolean invalidWhenMoreVotesThanSeats,
            boolean invalidWhenNoneKeptOnSurplusList, boolean agreeDisagreeBothOrNeitherGivesNoVote,
            int secretaryMaxRounds, int tellersPerBallot, int spareBallotsPercent, int spareBallotsMin,
            int percentDecimals) {
    }
}
