package vn.dangbo.emulation.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** Works, their progress reports and evidence files. */
@ApplicationScoped
public class WorkRepository {

    private final EntityManager entityManager;

    public WorkRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 when the movement has no such work */
    public Work require(UUID movementId, UUID workId) {
        Work work = entityManager.find(Work.class, workId);
        if (work == null || !work.movementId.equals(movementId)) {
            throw ProblemException.notFound("Phong trào thi đua không có công trình, phần việc với mã " + workId);
        }
        return work;
    }

    /** The work, locked until the transaction ends: its reports take turns. */
    public Work lock(UUID movementId, UUID workId) {
        Work work = require(movementId, workId);
        entityManager.lock(work, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(work);
        return work;
    }

    /**
     * Makes the registrations of one organisation in one movement take turns until the transaction ends, so two at
     * once cannot both pass the limit (there is no row to lock before the first work exists).
     */
    public void serialiseRegistrations(UUID movementId, UUID organisationId) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", "work:" + movementId + ":" + organisationId).getSingleResult();
    }

    public List<Work> ofOrganisation(UUID movementId, UUID organisationId) {
        return entityManager.createQuery("from Work w where w.movementId = :m and w.organisationId = :o "
                + "order by w.createdAt, w.id", Work.class)
                .setParameter("m", movementId).setParameter("o", organisationId).getResultList();
    }

    /** The works of the organisations whose path starts with the prefix (a subtree). */
    public List<Work> under(UUID movementId, String pathPrefix) {
        return entityManager.createQuery("select w from Work w, KnownOrganisation o where o.id = w.organisationId "
                + "and w.movementId = :m and o.path like :prefix", Work.class)
                .setParameter("m", movementId).setParameter("prefix", pathPrefix).getResultList();
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public WorkProgress report(UUID workId, UUID reportId) {
        WorkProgress report = entityManager.find(WorkProgress.class, reportId);
        if (report == null || !report.workId.equals(workId)) {
            throw ProblemException.notFound("Công trình, phần việc không có báo cáo tiến độ với mã " + reportId);
        }
        return report;
    }

    public List<WorkProgress> reports(UUID workId) {
        return entityManager.createQuery("from WorkProgress p where p.workId = :w order by p.reportedOn, p.reportedAt",
                WorkProgress.class).setParameter("w", workId).getResultList();
    }

    public List<WorkRecords.EvidenceResponse> evidenceOf(UUID reportId) {
        return entityManager.createQuery("select e.id, e.fileName, e.contentType, e.size from WorkEvidence e "
                + "where e.reportId = :r order by e.uploadedAt, e.fileName", Object[].class)
                .setParameter("r", reportId).getResultList().stream()
                .map(r -> new WorkRecords.EvidenceResponse((UUID) r[0], (String) r[1], (String) r[2], (Long) r[3]))
                .toList();
    }

    public WorkEvidence evidence(UUID reportId, UUID fileId) {
        WorkEvidence file = entityManager.find(WorkEvidence.class, fileId);
        if (file == null || !file.reportId.equals(reportId)) {
            throw ProblemException.notFound("Báo cáo tiến độ không có tệp minh chứng với mã " + fileId);
        }
        return file;
    }
}
