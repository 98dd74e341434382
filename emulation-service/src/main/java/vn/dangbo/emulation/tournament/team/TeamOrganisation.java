package vn.dangbo.emulation.tournament.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** An organisation of a team; {@code active} until the team withdraws (then the organisation may register again). */
@Entity
@Table(name = "team_organisation")
@IdClass(TeamOrganisation.Key.class)
public class TeamOrganisation {

    public record Key(UUID teamId, UUID organisationId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "team_id")
    public UUID teamId;

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "tournament_id", nullable = false)
    public UUID tournamentId;

    @Column(nullable = false)
    public boolean active;
}
