package vn.dangbo.emulation.tournament.draw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawnGroup;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawnSide;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawnTeam;
import vn.dangbo.emulation.tournament.draw.DrawEvents.Ref;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Side;
import vn.dangbo.emulation.tournament.draw.DrawRecords.MatchResponse;

/** The tournament's matches and groups as the API and the events show them. */
public final class MatchViews {

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private MatchViews() {
    }

    public static MatchResponse match(TournamentMatch m, Map<UUID, Team> teams, ZoneId zone) {
        ZonedDateTime at = m.startsAt == null ? null : m.startsAt.atZone(zone);
        return new MatchResponse(m.id, m.number, m.stage.name(), m.groupCode, m.round,
                side(m.homeTeamId, m.homeSource, teams), side(m.awayTeamId, m.awaySource, teams), m.court,
                at == null ? null : at.toLocalDate(), at == null ? null : at.toLocalTime().format(TIME),
                at == null ? null : at.toOffsetDateTime(), m.state.name(), sets(m.sets), ref(m.winnerTeamId, teams));
    }

    public static DrawnSide side(UUID teamId, String source, Map<UUID, Team> teams) {
        Ref team = ref(teamId, teams);
        return new DrawnSide(team, source, team != null ? team.name() : BracketRules.label(source));
    }

    /** What a side prints as: its team's name, or its source's label while the team is not known. */
    public static String printed(UUID teamId, String source, Map<UUID, Team> teams) {
        return side(teamId, source, teams).label();
    }

    static Ref ref(UUID teamId, Map<UUID, Team> teams) {
        if (teamId == null) {
            return null;
        }
        Team team = teams.get(teamId);
        return new Ref(teamId, team == null ? null : team.name);
    }

    /** The groups with their teams: the seeded ones by seed, then those the lot placed, by name. */
    public static List<DrawnGroup> groups(List<Team> teams) {
        return teams.stream().filter(t -> t.groupCode != null && t.state == Team.State.REGISTERED)
                .map(t -> t.groupCode).distinct().sorted(java.util.Comparator.comparingInt(String::length)
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .map(code -> new DrawnGroup(code, teams.stream().filter(t -> code.equals(t.groupCode))
                        .sorted(java.util.Comparator.comparing((Team t) -> t.seed == null ? Integer.MAX_VALUE : t.seed)
                                .thenComparing(t -> t.name))
                        .map(t -> new DrawnTeam(t.id, t.name, t.seed)).toList()))
                .toList();
    }

    /** A stored match as the draw planned it (for the schedule). */
    public static PlannedMatch planned(TournamentMatch m) {
        return new PlannedMatch(m.number, DrawModel.Stage.valueOf(m.stage.name()), m.groupCode, m.round,
                new Side(m.homeTeamId, m.homeSource), new Side(m.awayTeamId, m.awaySource));
    }

    private static JsonNode sets(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MovementPlans.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sets of a match are not readable", e);
        }
    }
}
