package vn.dangbo.emulation.tournament.standing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody.Body;
import vn.dangbo.emulation.movement.IssuingBody.Issuer;

/**
 * {@code vn.dangbo.emulation.tournament.completed.v1} on {@code emulation.tournaments.v1} (key = tournament id),
 * shaped as its schema: docs-service prints the result notice (thông báo kết quả) from it alone.
 */
public record TournamentCompletedEvent(MovementRef movement, Issuer issuer, Body higherBody,
        TournamentRef tournament, LocalDate completedOn, List<Placed> ranking,
        @JsonProperty("final") Final finalMatch) {

    public static final String TOPIC = "emulation.tournaments.v1";
    public static final String TYPE = "vn.dangbo.emulation.tournament.completed.v1";

    public record MovementRef(UUID id, String name) {
    }

    public record TournamentRef(UUID id, String name, String venue) {
    }

    public record TeamRef(UUID id, String name, List<String> organisations) {
    }

    public record Placed(int rank, TeamRef team) {
    }

    public record Final(String home, String away, List<SetScore> sets, String winner) {
    }
}
