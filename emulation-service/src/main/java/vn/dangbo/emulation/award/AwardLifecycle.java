package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.emulation.nomination.NominationState;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** After the decision: the award is presented (trao thưởng), or revoked with the reason (hủy khen thưởng). */
@ApplicationScoped
public class AwardLifecycle {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AwardRepository awards;
    private final AwardEvents events;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public AwardLifecycle(MovementRepository movements, MovementSettingsStore settings, AwardRepository awards,
            AwardEvents events, AccessGuard access, ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.settings = settings;
        this.awards = awards;
        this.events = events;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** Frees the award's place of the quota; docs-service is told, the certificate keeps its number. */
    @Transactional
    public AwardResponse revoke(UUID movementId, UUID awardId, String reason) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        Nomination n = awards.nomination(movementId, awardId);
        Award award = awards.award(awardId).orElseThrow(() -> ProblemException.conflict("Hồ sơ của "
                + n.nomineeName + " chưa có quyết định khen thưởng, không hủy được"));
        NominationState before = n.state;
        AwardResponse old = AwardViews.award(n, award);
        n.moveTo(NominationState.REVOKED);
        n.revokeReason = reason.strip();
        AwardSettings.Form form = settings.section(movement, AwardsSection.NAME, AwardSettings.class)
                .formOf(award.formCode);
        AwardDecision decision = award.decisionId == null ? null : awards.decision(award.decisionId).orElse(null);
        changes.record(Change.of(awardId)
                .event(AwardEvents.TOPIC, AwardEvents.REVOKED, () -> new AwardEvents.Revoked(events.movement(movement),
                        events.award(n, form, award, decision), before.name(), n.revokeReason, clock.instant()))
                .audit("nomination", "REVOKED", old, () -> AwardViews.award(n, award)));
        return AwardViews.award(n, award);
    }

    /** Only a certified award is presented: the certificate is what is handed over. */
    @Transactional
    public AwardResponse present(UUID movementId, UUID awardId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        Nomination n = awards.nomination(movementId, awardId);
        Award award = awards.award(awardId).orElseThrow(() -> ProblemException.conflict("Hồ sơ của "
                + n.nomineeName + " chưa có quyết định khen thưởng"));
        AwardResponse old = AwardViews.award(n, award);
        n.moveTo(NominationState.PRESENTED);
        award.presentedAt = clock.instant();
        changes.record(Change.of(awardId).audit("nomination", "PRESENTED", old, () -> AwardViews.award(n, award)));
        return AwardViews.award(n, award);
    }
}
