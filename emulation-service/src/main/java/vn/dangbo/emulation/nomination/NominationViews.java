package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.nomination.NominationEvents.FormRef;
import vn.dangbo.emulation.nomination.NominationEvents.MovementRef;
import vn.dangbo.emulation.nomination.NominationEvents.NominationRef;
import vn.dangbo.emulation.nomination.NominationEvents.OrganisationRef;
import vn.dangbo.emulation.nomination.NominationRecords.CouncilVote;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.emulation.nomination.NominationRules.AwardForm;
import vn.dangbo.emulation.nomination.NominationRules.AwardForms;
import vn.dangbo.kit.organisation.KnownOrganisation;

/** Nominations as the API and the events show them, with the names of their organisations and form. */
@ApplicationScoped
public class NominationViews {

    /** Return reasons are stored one a line. */
    static final String REASON_SEPARATOR = "\n";

    private final NominationRepository nominations;
    private final MovementSettingsStore settings;

    public NominationViews(NominationRepository nominations, MovementSettingsStore settings) {
        this.nominations = nominations;
        this.settings = settings;
    }

    public AwardForms forms(Movement movement) {
        return settings.section(movement, "awards", AwardForms.class);
    }

    public NominationResponse response(Nomination n, Movement movement) {
        return responses(List.of(n), movement).get(0);
    }

    public List<NominationResponse> responses(List<Nomination> page, Movement movement) {
        Set<UUID> ids = new HashSet<>();
        page.forEach(n -> {
            ids.add(n.organisationId);
            ids.add(n.nominatedBy);
        });
        Map<UUID, KnownOrganisation> organisations = nominations.organisations(ids);
        List<AwardForm> forms = forms(movement).forms();
        return page.stream().map(n -> new NominationResponse(n.id, n.movementId, n.nomineeKind, n.nomineeId,
                n.nomineeName, n.organisationId, name(organisations, n.organisationId), n.nominatedBy,
                name(organisations, n.nominatedBy), n.formCode, form(forms, n.formCode).map(AwardForm::name)
                        .orElse(n.formCode), n.achievement, n.state, n.state.label(), n.submittedAt, n.late,
                reasons(n.returnReason), vote(n), n.reviewedAt, n.revokeReason, n.version)).toList();
    }

    public static MovementRef movementRef(Movement movement) {
        return new MovementRef(movement.id, movement.name, movement.planId);
    }

    /** The nomination in an event: its response's names, so both tell the same. */
    public static NominationRef eventRef(NominationResponse n, Movement movement, AwardForms forms) {
        AwardForm form = form(forms.forms(), n.formCode()).orElse(null);
        return new NominationRef(n.id(), n.nomineeKind(), n.nomineeId(), n.nomineeName(),
                new OrganisationRef(n.organisationId(), n.organisationName()),
                new OrganisationRef(n.nominatedBy(), n.nominatedByName()),
                new FormRef(n.formCode(), n.formName(), form == null ? n.formName() : form.awardedBy()),
                n.achievement(), n.state(), n.version());
    }

    static List<String> reasons(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(REASON_SEPARATOR));
    }

    private static Optional<AwardForm> form(List<AwardForm> forms, String code) {
        return forms == null ? Optional.empty() : forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    private static CouncilVote vote(Nomination n) {
        return n.votesFor == null ? null
                : new CouncilVote(n.councilMembers, n.councilPresent, n.votesFor, n.votesAgainst);
    }

    private static String name(Map<UUID, KnownOrganisation> organisations, UUID id) {
        KnownOrganisation o = organisations.get(id);
        // the registry's organisation may not have arrived yet, or been removed since: the id tells which
        return o == null ? id.toString() : o.name;
    }
}
