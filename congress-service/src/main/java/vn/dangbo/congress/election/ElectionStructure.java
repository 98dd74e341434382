package vn.dangbo.congress.election;

import java.util.List;

/**
 * What an organisation's congress elects, in ballot order.
 *
 * @param ruleSet the versioned rule set the structure comes from
 * @param kind    which of the plan's structures applies
 * @param ballots one per office, in the order they are held
 */
public record ElectionStructure(String ruleSet, Kind kind, List<Ballot> ballots) {

    public enum Kind {
        /** A cell with 9 or more full members: cell committee, then secretary, then one deputy. */
        CELL_WITH_COMMITTEE,
        /** A cell with fewer than 9 full members: a secretary, and one deputy only if needed. */
        CELL_SECRETARY_ONLY,
        /** A grassroots party committee (the office Party Committee of the plan). */
        PARTY_COMMITTEE
    }

    /** Who holds the ballot. */
    public enum Electorate {
        /** The congress itself. */
        CONGRESS,
        /** The newly elected committee at its first meeting. */
        NEW_COMMITTEE
    }

    /**
     * One ballot.
     *
     * @param minSeats  the fewest seats to fill; null when the plan sets only a maximum; 0 for an optional post
     * @param optional  true when the congress may decide not to hold this ballot at all
     * @param positions the posts within the elected body, when the plan names them
     */
    public record Ballot(int order, Office office, String title, Electorate electedBy, Integer minSeats,
            int maxSeats, boolean optional, List<String> positions) {
    }

    public ElectionStructure {
        ballots = List.copyOf(ballots);
    }

    public Ballot ballot(Office office) {
        return ballots.stream().filter(b -> b.office() == office).findFirst().orElse(null);
    }
}
