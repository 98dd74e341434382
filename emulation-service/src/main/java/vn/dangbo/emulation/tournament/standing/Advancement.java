package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.standing.AdvancementRules.Kind;
import vn.dangbo.emulation.tournament.standing.AdvancementRules.Side;
import vn.dangbo.emulation.tournament.standing.StandingRecords.GroupStanding;
import vn.dangbo.kit.web.ProblemException;

/**
 * Moves the teams on after a result, in its transaction: every knockout side is set to what its source names now
 * (a complete group's places, a decided match's winner or loser). A side that would change under a match already
 * decided is refused (409): the later match is corrected first.
 */
@ApplicationScoped
public class Advancement {

    /** A match nobody (or only one side) can come to: the caller records it as a walkover or a double forfeit. */
    public record Walkover(TournamentMatch match, TournamentMatch.State state, UUID winnerId) {
    }

    /**
     * Sets the sides of the knockout from their sources.
     *
     * @return the pending matches that became walkovers, to be recorded (then call again: they feed others)
     */
    public List<Walkover> advance(Tournament tournament, List<Team> teams, List<TournamentMatch> matches) {
        Map<String, List<UUID>> completeGroups = new HashMap<>();
        for (GroupStanding group : Standings.tables(tournament, teams, matches)) {
            if (group.complete()) {
                completeGroups.put(group.code(), group.rows().stream().map(StandingsRules.Row::teamId).toList());
            }
        }
        Map<Integer, AdvancementRules.Match> byNumber = new HashMap<>();
        for (TournamentMatch m : matches) {
            byNumber.put(m.number, new AdvancementRules.Match(m.number, m.stage, m.homeTeamId, m.awayTeamId, m.state,
                    m.winnerTeamId));
        }
        List<Walkover> walkovers = new ArrayList<>();
        for (TournamentMatch m : matches) {
            if (m.homeSource == null && m.awaySource == null) {
                continue;
            }
            Side home = m.homeSource == null ? known(m.homeTeamId)
                    : AdvancementRules.resolve(m.homeSource, completeGroups, byNumber);
            Side away = m.awaySource == null ? known(m.awayTeamId)
                    : AdvancementRules.resolve(m.awaySource, completeGroups, byNumber);
            if (m.homeSource != null) {
                m.homeTeamId = settle(m, m.homeSource, m.homeTeamId, home.teamId());
            }
            if (m.awaySource != null) {
                m.awayTeamId = settle(m, m.awaySource, m.awayTeamId, away.teamId());
            }
            if (m.state == TournamentMatch.State.PENDING) {
                Optional<TournamentMatch.State> walkover = AdvancementRules.walkover(home, away);
                walkover.ifPresent(state -> walkovers.add(new Walkover(m, state,
                        home.kind() == Kind.KNOWN ? home.teamId() : away.teamId())));
            }
        }
        return walkovers;
    }

    private static Side known(UUID teamId) {
        return teamId == null ? new Side(Kind.PENDING, null) : new Side(Kind.KNOWN, teamId);
    }

    private static UUID settle(TournamentMatch m, String source, UUID current, UUID now) {
        if (Objects.equals(current, now)) {
            return current;
        }
        if (m.state != TournamentMatch.State.PENDING) {
            throw ProblemException.conflict("Kết quả này đổi đội \"" + AdvancementRules.label(source)
                    + "\" của trận số " + m.number + ", trận đã có kết quả: hãy sửa kết quả trận số " + m.number
                    + " trước");
        }
        return now;
    }
}
