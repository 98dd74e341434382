package vn.dangbo.emulation.tournament.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;

/** The teams API's requests and responses. */
public final class TeamRecords {

    private TeamRecords() {
    }

    /**
     * A player: a registry member by {@code memberId}, or a cadre who is not a member by {@code fullName}, {@code sex}
     * and {@code organisationId} (one of the team's), with the office's {@code attestation}.
     */
    public record PlayerRequest(UUID memberId, @Size(max = 200) String fullName, TeamRules.Sex sex,
            UUID organisationId, @Valid Attestation attestation) {
    }

    /** The office attests that a cadre who is not a party member works in the organisation (why, in the note). */
    public record Attestation(@NotBlank @Size(max = 2000) String note) {
    }

    public record RegisterTeamRequest(@Size(max = 500) String name, @NotEmpty List<@NotNull UUID> organisationIds,
            @NotNull List<@NotNull @Valid PlayerRequest> players) {
    }

    public record RosterRequest(@NotNull List<@NotNull @Valid PlayerRequest> players) {
    }

    public record WithdrawRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record OrganisationRef(UUID id, String name) {
    }

    public record AttestationResponse(String by, Instant at, String note) {
    }

    public record PlayerResponse(UUID id, UUID memberId, String fullName, TeamRules.Sex sex, UUID organisationId,
            boolean attested, AttestationResponse attestation) {
    }

    public record TeamResponse(UUID id, UUID tournamentId, String name, List<OrganisationRef> organisations,
            List<PlayerResponse> players, long women, long men, Team.State state, String withdrawReason,
            long version) {
    }
}
