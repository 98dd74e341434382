package vn.dangbo.emulation.tournament.team;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The teams' events on {@code emulation.tournaments.v1} (key = the tournament's id, so a tournament's events stay in
 * order); schemas in events/schemas. Players by name and sex only.
 */
public final class TeamEvents {

    public static final String TOPIC = "emulation.tournaments.v1";
    public static final String REGISTERED = "vn.dangbo.emulation.team.registered.v1";
    public static final String WITHDRAWN = "vn.dangbo.emulation.team.withdrawn.v1";

    private TeamEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record TournamentRef(UUID id, String name) {
    }

    public record OrganisationRef(UUID id, String name) {
    }

    public record Player(String name, TeamRules.Sex sex) {
    }

    public record TeamData(UUID id, String name, List<OrganisationRef> organisations, List<Player> players,
            long women, long men) {
    }

    public record Registered(MovementRef movement, TournamentRef tournament, TeamData team, Instant registeredAt) {
    }

    public record Withdrawn(MovementRef movement, TournamentRef tournament, TeamData team, String reason,
            Instant withdrawnAt) {
    }
}
