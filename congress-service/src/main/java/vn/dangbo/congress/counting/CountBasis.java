package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.ruleset.RuleSet;

/**
 * What a count is judged by, fixed when it opens and written as the first record of its log, so that a replay
 * judges every ballot as the count did without reading anything else.
 *
 * @param seats            the names a ballot may keep: the seats, plus the alternates elected on the same list
 * @param candidates       the printed list, in its order
 * @param tellersPerBallot entries that must agree before a ballot is final
 */
public record CountBasis(BallotKind ballotKind, int seats, List<UUID> candidates, int tellersPerBallot,
        boolean invalidWhenMoreVotesThanSeats, boolean invalidWhenNoneKeptOnSurplusList,
        boolean bothOrNeitherGivesNoVote) {

    public CountBasis {
        candidates = List.copyOf(candidates);
    }

    public static CountBasis of(BallotKind kind, int seats, List<UUID> candidates, int tellersPerBallot,
            RuleSet.Elections rules) {
        return new CountBasis(kind, seats, candidates, tellersPerBallot, rules.invalidWhenMoreVotesThanSeats(),
                rules.invalidWhenNoneKeptOnSurplusList(), rules.agreeDisagreeBothOrNeitherGivesNoVote());
    }

    /** A list longer than the seats: the voter strikes names out. */
    public boolean surplusList() {
        return candidates.size() > seats;
    }

    public Map<String, Object> payload() {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("ballotKind", ballotKind.name());
        payload.put("seats", seats);
        payload.put("candidates", candidates.stream().map(UUID::toString).toList());
        payload.put("tellersPerBallot", tellersPerBallot);
        payload.put("invalidWhenMoreVotesThanSeats", invalidWhenMoreVotesThanSeats);
        payload.put("invalidWhenNoneKeptOnSurplusList", invalidWhenNoneKeptOnSurplusList);
        payload.put("bothOrNeitherGivesNoVote", bothOrNeitherGivesNoVote);
        return payload;
    }

    public static CountBasis fromPayload(Map<String, Object> payload) {
        List<UUID> candidates = new ArrayList<>();
        for (Object id : (List<?>) payload.get("candidates")) {
            candidates.add(UUID.fromString(id.toString()));
        }
        return new CountBasis(BallotKind.valueOf((String) payload.get("ballotKind")),
                ((Number) payload.get("seats")).intValue(), candidates,
                ((Number) payload.get("tellersPerBallot")).intValue(),
                (Boolean) payload.get("invalidWhenMoreVotesThanSeats"),
                (Boolean) payload.get("invalidWhenNoneKeptOnSurplusList"),
                (Boolean) payload.get("bothOrNeitherGivesNoVote"));
    }
}
