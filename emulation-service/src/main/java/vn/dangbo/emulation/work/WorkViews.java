package vn.dangbo.emulation.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementEligibility;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.work.WorkRecords.MissingOrganisation;
import vn.dangbo.emulation.work.WorkRecords.MissingPage;
import vn.dangbo.emulation.work.WorkRecords.WorkResponse;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.persistence.LikePatterns;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** The works as the API shows them, and the organisations taking part that lack one (or a summary report). */
@ApplicationScoped
@Transactional
public class WorkViews {

    private final EntityManager entityManager;
    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final WorkRepository works;
    private final OrganisationDirectory directory;

    public WorkViews(EntityManager entityManager, MovementRepository movements, MovementSettingsStore settings,
            WorkRepository works, OrganisationDirectory directory) {
        this.entityManager = entityManager;
        this.movements = movements;
        this.settings = settings;
        this.works = works;
        this.directory = directory;
    }

    public WorkResponse one(UUID movementId, UUID workId) {
        Movement movement = movements.require(movementId);
        return response(works.require(movementId, workId), settings(movement));
    }

    /** A work's progress reports with their evidence files, oldest first. */
    public List<WorkRecords.ProgressResponse> reports(UUID movementId, UUID workId) {
        Movement movement = movements.require(movementId);
        Work work = works.require(movementId, workId);
        WorkResponse current = response(work, settings(movement));
        return works.reports(workId).stream().map(r -> new WorkRecords.ProgressResponse(r.id, r.workId, r.reportedOn,
                r.percent, r.text, r.reportedBy, works.evidenceOf(r.id), current)).toList();
    }

    /** The works of one organisation, or of a subtree ({@code under}), or all; by organisation, Vietnamese order. */
    public List<WorkResponse> list(UUID movementId, UUID organisationId, UUID under) {
        Movement movement = movements.require(movementId);
        WorkSettings s = settings(movement);
        List<Work> found = organisationId != null ? works.ofOrganisation(movementId, organisationId)
                : works.under(movementId, LikePatterns.startingWith(subtree(movement, under).path));
        Map<UUID, String> names = names(found.stream().map(w -> w.organisationId).distinct().toList());
        Collator collator = VietnameseText.collator();
        return found.stream().map(w -> response(w, s, names.get(w.organisationId)))
                .sorted(Comparator.comparing(WorkResponse::organisationName, Comparator.nullsLast(collator))
                        .thenComparing(WorkResponse::registeredOn).thenComparing(WorkResponse::title, collator))
                .toList();
    }

    /** The organisations taking part with no work registered. */
    public MissingPage missingWorks(UUID movementId, UUID under, int page, int size) {
        return missing(movementId, under, page, size,
                "not exists (select 1 from work w where w.movement_id = :m and w.organisation_id = o.id)");
    }

    /**
     * The active grassroots organisations of the movement's bloc (within {@code under} when given) for which the
     * condition holds; the database filters (path index, anti-join on the movement's index), Java orders the few
     * that remain the Vietnamese way and cuts the page.
     *
     * @param condition SQL on {@code o} (known_organisation), may use {@code :m} (the movement id)
     */
    public MissingPage missing(UUID movementId, UUID under, int page, int size, String condition) {
        if (page < 0) {
            throw ProblemException.invalid("page", "phải từ 0 trở lên");
        }
        if (size < 1 || size > 1000) {
            throw ProblemException.invalid("size", "phải từ 1 đến 1000");
        }
        Movement movement = movements.require(movementId);
        KnownOrganisation root = subtree(movement, under);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select o.id, o.name, o.type, o.short_code "
                + "from known_organisation o where o.path like :prefix and o.id <> :bloc and o.type in (:types) "
                + "and o.status = :active and " + condition)
                .setParameter("prefix", LikePatterns.startingWith(root.path))
                .setParameter("bloc", movement.blocId)
                .setParameter("types", MovementEligibility.GRASSROOTS_TYPES)
                .setParameter("active", MovementEligibility.ACTIVE)
                .setParameter("m", movementId)
                .getResultList();
        Collator collator = VietnameseText.collator();
        List<MissingOrganisation> ordered = rows.stream()
                .map(r -> new MissingOrganisation((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .map(o -> Map.entry(collator.getCollationKey(o.name()), o))
                .sorted(Map.Entry.<CollationKey, MissingOrganisation>comparingByKey()
                        .thenComparing(e -> e.getValue().id()))
                .map(Map.Entry::getValue)
                .toList();
        int from = (int) Math.min((long) page * size, ordered.size());
        int to = Math.min(from + size, ordered.size());
        return new MissingPage(ordered.subList(from, to), page, size, ordered.size());
    }

    /** The bloc, or the organisation {@code under} inside it. */
    private KnownOrganisation subtree(Movement movement, UUID under) {
        KnownOrganisation bloc = directory.find(movement.blocId)
                .orElseThrow(() -> ProblemException.notFound("Không có Đảng bộ Khối với mã " + movement.blocId));
        if (under == null) {
            return bloc;
        }
        KnownOrganisation root = directory.find(under)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + under));
        if (!root.path.startsWith(bloc.path)) {
            throw ProblemException.ruleViolated("Tổ chức đảng " + root.name + " không trực thuộc " + bloc.name,
                    "under");
        }
        return root;
    }

    WorkSettings settings(Movement movement) {
        return settings.section(movement, WorkSettings.SECTION, WorkSettings.class);
    }

    WorkResponse response(Work w, WorkSettings s) {
        return response(w, s, directory.find(w.organisationId).map(o -> o.name).orElse(null));
    }

    static WorkResponse response(Work w, WorkSettings s, String organisationName) {
        String label = s.category(w.categoryCode).map(WorkSettings.Category::label).orElse(null);
        return new WorkResponse(w.id, w.movementId, w.organisationId, organisationName, w.title, w.categoryCode,
                label, w.description, w.targetDate, w.registeredOn, w.status, w.percent, w.lastReportedOn, w.flag,
                w.version);
    }

    private Map<UUID, String> names(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("from KnownOrganisation o where o.id in :ids", KnownOrganisation.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name, (a, b) -> a));
    }

}
