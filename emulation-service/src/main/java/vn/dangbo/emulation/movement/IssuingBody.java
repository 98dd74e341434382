package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.plan.MovementPlan;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * The bloc committee running a movement as the body its documents are issued and numbered in (decisions,
 * certificates, invitations, programmes, schedules), and the body printed above it in their header: every event
 * docs-service prints from carries these two, built here once.
 */
@ApplicationScoped
public class IssuingBody {

    /** The issuing committee, its documents' symbol code and the term they are numbered in. */
    public record Issuer(UUID id, String name, String shortCode, String type, String term) {
    }

    public record Body(UUID id, String name) {
    }

    private final OrganisationDirectory organisations;
    private final MovementPlans plans;

    public IssuingBody(OrganisationDirectory organisations, MovementPlans plans) {
        this.organisations = organisations;
        this.plans = plans;
    }

    public Issuer issuer(Movement movement) {
        KnownOrganisation bloc = organisations.find(movement.blocId).orElseThrow(() -> new IllegalStateException(
                "movement " + movement.id + " runs under an unknown bloc " + movement.blocId));
        String term = plans.find(movement.planId).map(MovementPlan::issuerTerm).orElseThrow(
                () -> new IllegalStateException("movement " + movement.id + " has an unknown plan"));
        return new Issuer(bloc.id, bloc.name, bloc.shortCode, bloc.type, term);
    }

    /** The body above the bloc (printed above it in the header), when the directory knows it; else null. */
    public Body higherBody(Movement movement) {
        return organisations.find(movement.blocId)
                .flatMap(bloc -> bloc.parentId == null ? Optional.empty() : organisations.find(bloc.parentId))
                .map(parent -> new Body(parent.id, parent.name))
                .orElse(null);
    }
}
