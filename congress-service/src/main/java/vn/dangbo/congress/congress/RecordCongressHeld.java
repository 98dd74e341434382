package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.web.ProblemException;

/** Records that a congress took place (one use case). */
@ApplicationScoped
public class RecordCongressHeld {

    private final CongressRepository congresses;
    private final CongressLookup lookup;
    private final CongressPublication publication;

    public RecordCongressHeld(CongressRepository congresses, CongressLookup lookup, CongressPublication publication) {
        this.congresses = congresses;
        this.lookup = lookup;
        this.publication = publication;
    }

    /** Records that the congress took place (from its first day on); publishes held.v1. */
    @Transactional
    public Congress held(UUID id, LocalDate today) {
        Congress congress = lookup.standing(id);
        KnownOrganisation organisation = publication.organisationOf(congress);
        CongressRules.heldProblem(congress.startDate, today).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, null);
        });
        congress.status = CongressStatus.HELD;
        congresses.flush();
        publication.record(congress, organisation, CongressEvents.HELD,
                state -> new CongressEvents.Held(state.congress(), state.convener(), state.higherBody()));
        return congress;
    }
}
