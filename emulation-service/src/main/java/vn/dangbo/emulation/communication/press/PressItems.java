package vn.dangbo.emulation.communication.press;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.plan.CodeLabel;
import vn.dangbo.emulation.communication.CommunicationEvents;
import vn.dangbo.emulation.communication.CommunicationText;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.communication.press.PressCoverageRules.MonthCoverage;
import vn.dangbo.emulation.communication.press.PressRecords.MonthResponse;
import vn.dangbo.emulation.communication.press.PressRecords.MonthsResponse;
import vn.dangbo.emulation.communication.press.PressRecords.PressItemRequest;
import vn.dangbo.emulation.communication.press.PressRecords.PressItemResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/** The office records the press items about the movement; each month of the plan is counted. */
@ApplicationScoped
public class PressItems {

    private final EntityManager entityManager;
    private final OfficeDesk desk;
    private final ChangeRecorder changes;

    public PressItems(EntityManager entityManager, OfficeDesk desk, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.desk = desk;
        this.changes = changes;
    }

    @Transactional
    public PressItemResponse record(UUID movementId, PressItemRequest request) {
        Movement movement = desk.write(movementId);
        PressSettings settings = desk.section(movement, PressSection.NAME, PressSettings.class);
        CodeLabel kind = settings.kind(request.kind().strip()).orElseThrow(() -> ProblemException.invalid("kind",
                "loại tin bài " + request.kind() + " không có trong cài đặt (" + String.join(", ",
                        settings.kinds().stream().map(CodeLabel::code).toList()) + ")"));
        PressItem item = new PressItem();
        item.id = UUID.randomUUID();
        item.movementId = movementId;
        item.outlet = request.outlet().strip();
        item.kind = kind.code();
        item.publishedOn = request.publishedOn();
        item.title = request.title().strip();
        item.link = request.link() == null || request.link().isBlank() ? null : request.link().strip();
        item.createdBy = desk.actor();
        entityManager.persist(item);
        PressItemResponse response = response(item, settings);
        changes.record(Change.of(item.id)
                .event(CommunicationEvents.TOPIC, CommunicationEvents.PRESS_ITEM_RECORDED,
                        () -> new CommunicationEvents.PressItemRecorded(desk.ref(movement),
                                new CommunicationEvents.PressItem(item.id, item.outlet, item.kind, kind.label(),
                                        item.publishedOn, YearMonth.from(item.publishedOn).toString(), item.title,
                                        item.link, response.counts())))
                .audit("press-item", "RECORDED", null, () -> response));
        return response;
    }

    @Transactional
    public List<PressItemResponse> list(UUID movementId) {
        Movement movement = desk.read(movementId);
        PressSettings settings = desk.section(movement, PressSection.NAME, PressSettings.class);
        return entityManager.createQuery("from PressItem p where p.movementId = :m order by p.publishedOn, p.title",
                        PressItem.class)
                .setParameter("m", movementId).getResultList().stream().map(i -> response(i, settings)).toList();
    }

    @Transactional
    public MonthsResponse months(UUID movementId) {
        Movement movement = desk.read(movementId);
        PressSettings settings = desk.section(movement, PressSection.NAME, PressSettings.class);
        LocalDate today = desk.today(movement);
        List<MonthCoverage> months = PressCoverageRules.months(settings.monthlyFrom(), settings.monthlyUntil(),
                counts(movementId), today);
        List<String> warnings = months.stream().filter(MonthCoverage::missed)
                .map(m -> CommunicationText.month(m.month()) + " không có tin, bài nào về phong trào").toList();
        return new MonthsResponse(movementId, settings.monthlyFrom().toString(), settings.monthlyUntil().toString(),
                today, months.stream().map(m -> new MonthResponse(m.month().toString(), m.items(), m.ended(),
                        m.missed())).toList(), warnings);
    }

    /** Press items per month of publication. */
    Map<YearMonth, Long> counts(UUID movementId) {
        Map<YearMonth, Long> counts = new HashMap<>();
        entityManager.createQuery("select year(p.publishedOn), month(p.publishedOn), count(p) from PressItem p "
                        + "where p.movementId = :m group by year(p.publishedOn), month(p.publishedOn)", Object[].class)
                .setParameter("m", movementId).getResultList()
                .forEach(row -> counts.put(YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).longValue()));
        return counts;
    }

    private static PressItemResponse response(PressItem i, PressSettings settings) {
        return new PressItemResponse(i.id, i.movementId, i.outlet, i.kind,
                settings.kind(i.kind).map(CodeLabel::label).orElse(i.kind), i.publishedOn, i.title, i.link,
                PressCoverageRules.counts(i.publishedOn, settings.monthlyFrom(), settings.monthlyUntil()));
    }
}
