package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import vn.dangbo.congress.congress.CongressEvents.CongressState;
import vn.dangbo.congress.congress.CongressEvents.Convener;
import vn.dangbo.congress.congress.CongressEvents.HigherBody;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/**
 * What every congress change publishes: the congress, the organisation convening it (its committee for a cell) and
 * that one's higher body, which head the documents a subscriber writes from the event.
 */
@ApplicationScoped
public class CongressPublication {

    /** The congress as published, with the organisation that convenes it and that one's higher body. */
    public record Parties(CongressState congress, Convener convener, HigherBody higherBody) {
    }

    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;

    public CongressPublication(OrganisationDirectory organisations, ChangeRecorder changes) {
        this.organisations = organisations;
        this.changes = changes;
    }

    /** Publishes the change on {@code congress.congresses.v1} in the caller's transaction (outbox). */
    public void record(Congress congress, KnownOrganisation organisation, String type,
            Function<Parties, Object> data) {
        OrganisationType organisationType = type(organisation);
        KnownOrganisation convener = CongressRules.convenedByParent(organisationType) ? parentOf(organisation)
                : organisation;
        KnownOrganisation higherBody = convener.parentId == null ? null : parentOf(convener);
        changes.record(Change.of(congress.id).event(CongressEvents.TOPIC, type, () -> data.apply(new Parties(
                new CongressState(congress.id, congress.roundId, organisation.id, organisation.name,
                        organisation.type, congress.kind.name(), congress.startDate, congress.endDate(),
                        congress.days, congress.pilot, congress.term, congress.version),
                new Convener(convener.id, convener.name, convener.shortCode, convener.type),
                higherBody == null ? null : new HigherBody(higherBody.id, higherBody.name)))));
    }

    public KnownOrganisation organisationOf(Congress congress) {
        return organisations.find(congress.organisationId).orElseThrow(() -> ProblemException.conflict(
                "Chưa có thông tin tổ chức đảng với mã " + congress.organisationId));
    }

    public static OrganisationType type(KnownOrganisation organisation) {
        return OrganisationType.parse(organisation.type).orElseThrow(
                () -> ProblemException.ruleViolated("Loại tổ chức " + organisation.type + " chưa được hỗ trợ",
                        "organisationId"));
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
