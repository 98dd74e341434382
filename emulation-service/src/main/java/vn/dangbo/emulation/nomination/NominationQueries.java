package vn.dangbo.emulation.nomination;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.nomination.NominationRecords.HistoryEntry;
import vn.dangbo.emulation.nomination.NominationRecords.NominationPage;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.kit.audit.AuditEntry;
import vn.dangbo.kit.audit.AuditTrail;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/** The nominations of a movement: the list (filtered and paged in SQL), one nomination, its history. */
@ApplicationScoped
public class NominationQueries {

    static final int MAX_PAGE_SIZE = 200;

    private final MovementRepository movements;
    private final NominationRepository nominations;
    private final OrganisationDirectory organisations;
    private final NominationViews views;
    private final AuditTrail audit;
    private final ObjectMapper json;

    public NominationQueries(MovementRepository movements, NominationRepository nominations,
            OrganisationDirectory organisations, NominationViews views, AuditTrail audit, ObjectMapper json) {
        this.movements = movements;
        this.nominations = nominations;
        this.organisations = organisations;
        this.views = views;
        this.audit = audit;
        this.json = json;
    }

    /**
     * @param under the root of a subtree (a province's committee, a grassroots organisation): nominees whose
     *              organisation lies in it
     */
    @Transactional
    public NominationPage list(UUID movementId, NominationState state, UUID nominatedBy, UUID under, int page,
            int size) {
        if (page < 0) {
            throw ProblemException.invalid("page", "phải từ 0 trở lên");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.invalid("size", "phải từ 1 đến " + MAX_PAGE_SIZE);
        }
        Movement movement = movements.require(movementId);
        String underPath = null;
        if (under != null) {
            underPath = organisations.find(under).map((KnownOrganisation o) -> o.path).orElseThrow(
                    () -> ProblemException.notFound("Không có tổ chức đảng với mã " + under));
            if (under.equals(movement.blocId)) {
                // every nominee lies in the bloc: no join to count the whole movement
                underPath = null;
            }
        }
        NominationRepository.Filter filter = new NominationRepository.Filter(state, nominatedBy, underPath);
        List<NominationResponse> items = views.responses(
                nominations.page(movementId, filter, Math.multiplyExact(page, size), size), movement);
        return new NominationPage(items, page, size, nominations.count(movementId, filter));
    }

    @Transactional
    public NominationResponse one(UUID movementId, UUID id) {
        Movement movement = movements.require(movementId);
        return views.response(nominations.require(movementId, id), movement);
    }

    /** Every transition, oldest first: who, when, from, to, why. */
    @Transactional
    public List<HistoryEntry> history(UUID movementId, UUID id) {
        nominations.require(movementId, id);
        return audit.of(NominationDrafting.AUDITED, id).stream().map(this::entry).toList();
    }

    // entries written by other features of the nomination (the award decision, a revocation) may carry the
    // nomination itself rather than a Transition: its state before and after are read from it
    private HistoryEntry entry(AuditEntry e) {
        JsonNode before = read(e.before);
        JsonNode after = read(e.after);
        NominationState from = state(after.path("from"));
        if (from == null && !after.has("from")) {
            from = state(before.path("state"));
        }
        NominationState to = state(after.path("to"));
        if (to == null) {
            to = state(after.path("state"));
        }
        String reason = text(after.path("reason"));
        if (reason == null) {
            reason = text(after.path("revokeReason"));
        }
        return new HistoryEntry(e.at, e.actor, e.action, from, to, reason);
    }

    private JsonNode read(String text) {
        if (text == null) {
            return json.missingNode();
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("audit entry is not JSON", ex);
        }
    }

    private static NominationState state(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return NominationState.valueOf(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
