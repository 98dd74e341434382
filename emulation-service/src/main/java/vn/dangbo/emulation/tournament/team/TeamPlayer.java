package vn.dangbo.emulation.tournament.team;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A player of a team's roster: a registry member (name and sex as registered) or a cadre of the team's organisations
 * the office attested ({@code attestedBy}, {@code attestedAt}, {@code attestationNote}).
 */
@Entity
@Table(name = "team_player")
public class TeamPlayer {

    @Id
    public UUID id;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(name = "tournament_id", nullable = false)
    public UUID tournamentId;

    /** MEMBER:&lt;id&gt; or CADRE:&lt;organisation&gt;:&lt;folded name&gt;: one team per person. */
    @Column(name = "person_key", nullable = false)
    public String personKey;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TeamRules.Sex sex;

    /** The roster's order, from 0. */
    @Column(nullable = false)
    public int position;

    @Column(name = "attested_by")
    public String attestedBy;

    @Column(name = "attested_at")
    public Instant attestedAt;

    @Column(name = "attestation_note")
    public String attestationNote;

    @Column(nullable = false)
    public boolean active;

    public boolean attested() {
        return attestedBy != null;
    }
}
