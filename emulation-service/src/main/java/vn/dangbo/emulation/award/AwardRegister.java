package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.AwardResponse;
import vn.dangbo.emulation.award.AwardRecords.DecisionResponse;
import vn.dangbo.emulation.award.AwardRecords.FormResponse;
import vn.dangbo.emulation.award.AwardRecords.RecipientResponse;
import vn.dangbo.emulation.award.AwardRecords.RegisterRow;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.movement.MovementViews;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.emulation.nomination.NominationState;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** The award forms, the award register (sổ khen thưởng), the recipients, a decision or proposal as it stands. */
@ApplicationScoped
@Transactional
public class AwardRegister {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AwardRepository awards;
    private final OrganisationDirectory organisations;

    public AwardRegister(MovementRepository movements, MovementSettingsStore settings, AwardRepository awards,
            OrganisationDirectory organisations) {
        this.movements = movements;
        this.settings = settings;
        this.awards = awards;
        this.organisations = organisations;
    }

    public List<FormResponse> forms(UUID movementId) {
        return settings(movements.require(movementId)).forms().stream().map(FormResponse::of).toList();
    }

    /** Every award decided (standing or revoked): collectives, then individuals, each in Vietnamese order. */
    public List<RegisterRow> register(UUID movementId) {
        Movement movement = movements.require(movementId);
        AwardSettings s = settings(movement);
        return ordered(awards.entries(movementId).stream()
                .filter(e -> e.nomination().state.isAwarded() || e.nomination().state == NominationState.REVOKED))
                .map(e -> row(e, s.formOf(e.award().formCode))).toList();
    }

    /** The recipients of standing awards: the invitees of the anniversary meeting. */
    public List<RecipientResponse> recipients(UUID movementId) {
        Movement movement = movements.require(movementId);
        AwardSettings s = settings(movement);
        return ordered(awards.entries(movementId).stream().filter(e -> e.nomination().state.isAwarded()))
                .map(e -> {
                    Nomination n = e.nomination();
                    boolean member = n.nomineeKind == Nomination.NomineeKind.MEMBER;
                    return new RecipientResponse(n.id, n.nomineeKind.name(), n.nomineeName,
                            member ? n.nomineeId : null, n.organisationId, organisationName(n), e.award().formCode,
                            s.formOf(e.award().formCode).name(), n.state.name());
                }).toList();
    }

    public byte[] registerCsv(UUID movementId) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("STT,Tập thể/Cá nhân,Loại,Đơn vị,Hình thức,Cấp khen,Số quyết định,Ngày quyết định,"
                + "Số giấy khen,Thành tích,Trạng thái\r\n");
        int no = 1;
        for (RegisterRow r : register(movementId)) {
            csv.append(no++).append(',').append(cell(r.recipient())).append(',').append(cell(r.kindLabel()))
                    .append(',').append(cell(r.organisation())).append(',').append(cell(r.form())).append(',')
                    .append(cell(r.awardedBy())).append(',').append(cell(r.decisionSymbol())).append(',')
                    .append(cell(MovementViews.day(r.decidedOn()))).append(',').append(cell(r.certificateSymbol()))
                    .append(',').append(cell(r.achievement())).append(',').append(cell(r.stateLabel()))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public DecisionResponse decision(UUID movementId, UUID id) {
        Movement movement = movements.require(movementId);
        AwardSettings s = settings(movement);
        AwardDecision d = awards.decision(id).filter(x -> x.movementId.equals(movementId))
                .orElseThrow(() -> ProblemException.notFound("Không có quyết định khen thưởng với mã " + id));
        List<UUID> ids = awards.awardsOfDecision(id).stream().map(a -> a.id).sorted().toList();
        return AwardViews.decision(d, s.formOf(d.formCode), ids, awards.standingTowardQuota(movementId), s.quota(),
                List.of());
    }

    public DecisionResponse proposal(UUID movementId, UUID id) {
        Movement movement = movements.require(movementId);
        AwardSettings s = settings(movement);
        AwardProposal p = awards.proposal(id).filter(x -> x.movementId.equals(movementId))
                .orElseThrow(() -> ProblemException.notFound("Không có tờ trình khen thưởng với mã " + id));
        List<UUID> ids = awards.awardsOfProposal(id).stream().map(a -> a.id).sorted().toList();
        return AwardViews.proposal(p, s.formOf(p.formCode), ids, awards.standingTowardQuota(movementId), s.quota());
    }

    public AwardResponse award(UUID movementId, UUID id) {
        movements.require(movementId);
        Nomination n = awards.nomination(movementId, id);
        return AwardViews.award(n, awards.award(id).orElse(null));
    }

    private AwardSettings settings(Movement movement) {
        return settings.section(movement, AwardsSection.NAME, AwardSettings.class);
    }

    /** Collectives first, by name; then individuals by given name (Vietnamese order). */
    private static java.util.stream.Stream<AwardRepository.Entry> ordered(
            java.util.stream.Stream<AwardRepository.Entry> entries) {
        java.text.Collator collator = VietnameseText.collator();
        Comparator<AwardRepository.Entry> order = Comparator
                .comparing((AwardRepository.Entry e) -> e.nomination().nomineeKind == Nomination.NomineeKind.MEMBER)
                .thenComparing((a, b) -> collator.compare(key(a.nomination()), key(b.nomination())))
                .thenComparing(e -> e.nomination().id);
        return entries.sorted(order);
    }

    private static String key(Nomination n) {
        return n.nomineeKind == Nomination.NomineeKind.MEMBER ? VietnameseText.sortKey(n.nomineeName) : n.nomineeName;
    }

    private RegisterRow row(AwardRepository.Entry e, AwardSettings.Form form) {
        Nomination n = e.nomination();
        boolean member = n.nomineeKind == Nomination.NomineeKind.MEMBER;
        String symbol = null;
        LocalDate on = null;
        if (e.decision() != null) {
            symbol = e.decision().documentSymbol;
            on = e.decision().issuedOn != null ? e.decision().issuedOn : e.decision().decidedOn;
        } else if (e.proposal() != null) {
            symbol = e.proposal().outcomeNumber;
            on = e.proposal().outcomeDecidedOn;
        }
        return new RegisterRow(n.id, n.nomineeName, n.nomineeKind.name(), member ? "Cá nhân" : "Tập thể",
                n.organisationId, organisationName(n), form.code(), form.name(), form.awardedBy(), symbol, on,
                e.award().certificateSymbol, n.achievement, n.state.name(), n.state.label());
    }

    private String organisationName(Nomination n) {
        return organisations.find(n.organisationId).map(o -> o.name).orElse(n.nomineeName);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
