package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressEvents.CongressState;
import vn.dangbo.congress.congress.CongressEvents.Convener;
import vn.dangbo.congress.congress.CongressEvents.HigherBody;
import vn.dangbo.congress.congress.CongressRecords.ScheduleCongressRequest;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class CongressService {

    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;
    private final AccessGuard access;
    private final RuleSetCatalogue ruleSets;

    public CongressService(CongressRepository congresses, OrganisationDirectory organisations, ChangeRecorder changes,
            AccessGuard access, RuleSetCatalogue ruleSets) {
        this.ruleSets = ruleSets;
        this.congresses = congresses;
        this.organisations = organisations;
        this.changes = changes;
        this.access = access;
    }

    /** Schedules the congress and, in the same transaction, publishes it on {@code congress.congresses.v1}. */
    @Transactional
    public Congress schedule(ScheduleCongressRequest request) {
        access.requireWriteAccess(request.organisationId());
        KnownOrganisation organisation = organisations.find(request.organisationId())
                .orElseThrow(() -> ProblemException.ruleViolated("Chưa có thông tin tổ chức đảng với mã "
                        + request.organisationId() + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)",
                        "organisationId"));
        CongressRules.organisationProblem(organisation.name, organisation.status).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "organisationId");
        });
        OrganisationType type = OrganisationType.parse(organisation.type).orElseThrow(
                () -> ProblemException.ruleViolated("Loại tổ chức " + organisation.type + " chưa được hỗ trợ",
                        "organisationId"));
        CongressRules.kindProblem(type, request.kind()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "kind");
        });
        CongressRules.durationProblem(ruleSets.current(), type, request.days()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "days");
        });
        CongressRules.termProblem(request.term()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "term");
        });
        KnownOrganisation convener = CongressRules.convenedByParent(type) ? parentOf(organisation) : organisation;
        KnownOrganisation higherBody = convener.parentId == null ? null : parentOf(convener);

        Congress congress = new Congress();
        congress.id = UUID.randomUUID();
        congress.organisationId = organisation.id;
        congress.kind = request.kind();
        congress.startDate = request.startDate();
        congress.days = request.days();
        congress.pilot = request.pilot();
        congress.term = request.term();
        congress.status = CongressStatus.SCHEDULED;
        congresses.persist(congress);
        changes.record(Change.of(congress.id).event(CongressEvents.TOPIC, CongressEvents.SCHEDULED,
                () -> new CongressEvents.Scheduled(
                        new CongressState(congress.id, organisation.id, organisation.name, organisation.type,
                                congress.kind.name(), congress.startDate, congress.endDate(), congress.days,
                                congress.pilot, congress.term, congress.version),
                        new Convener(convener.id, convener.name, convener.shortCode, convener.type),
                        higherBody == null ? null : new HigherBody(higherBody.id, higherBody.name))));
        return congress;
    }

    public Congress get(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }

    /** The name of the congress's organisation, as last published by the registry. */
    public String organisationName(Congress congress) {
        return organisations.find(congress.organisationId).map(o -> o.name).orElse(null);
    }

    private KnownOrganisation parentOf(KnownOrganisation organisation) {
        if (organisation.parentId == null) {
            throw ProblemException.ruleViolated(organisation.name + " không có tổ chức cấp trên", "organisationId");
        }
        return organisations.find(organisation.parentId).orElseThrow(() -> ProblemException.ruleViolated(
                "Chưa có thông tin tổ chức cấp trên của " + organisation.name
                        + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)", "organisationId"));
    }
}
