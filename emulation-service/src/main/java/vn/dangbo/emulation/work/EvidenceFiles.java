package vn.dangbo.emulation.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.work.WorkRecords.EvidenceResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.BoundedBody;
import vn.dangbo.kit.web.ProblemException;

/** Evidence files of progress reports, kept in the database up to the settings' size. */
@ApplicationScoped
public class EvidenceFiles {

    /** A file as it is downloaded. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    private final MovementRepository movements;
    private final WorkRepository works;
    private final WorkViews views;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public EvidenceFiles(MovementRepository movements, WorkRepository works, WorkViews views, AccessGuard access,
            ChangeRecorder changes) {
        this.movements = movements;
        this.works = works;
        this.views = views;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public EvidenceResponse attach(UUID movementId, UUID workId, UUID reportId, String fileName, String contentType,
            InputStream body) {
        Movement movement = movements.require(movementId);
        Work work = works.require(movementId, workId);
        access.requireWriteAccess(work.organisationId);
        works.report(workId, reportId);
        String name = VietnameseText.nfcStripped(fileName);
        if (name == null || name.isEmpty()) {
            throw ProblemException.invalid("fileName", "phải có tên tệp (tham số fileName hoặc tiêu đề X-File-Name)");
        }
        if (name.length() > 300) {
            throw ProblemException.invalid("fileName", "tên tệp dài quá 300 ký tự");
        }
        long limit = views.settings(movement).evidenceMaxBytes();
        byte[] content = BoundedBody.read(body, limit, size -> ProblemException.ruleViolated(
                "Tệp minh chứng vượt quá dung lượng cho phép (" + limit + " byte)", "file"));
        if (content.length == 0) {
            throw ProblemException.invalid("file", "tệp rỗng");
        }
        WorkEvidence file = new WorkEvidence();
        file.id = UUID.randomUUID();
        file.reportId = reportId;
        file.workId = workId;
        file.fileName = name;
        file.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        file.size = content.length;
        file.content = content;
        file.uploadedBy = access.actor();
        works.persist(file);
        EvidenceResponse response = new EvidenceResponse(file.id, file.fileName, file.contentType, file.size);
        changes.record(Change.of(file.id).audit("work-evidence", "ATTACHED", null, () -> response));
        return response;
    }

    @Transactional
    public Download download(UUID movementId, UUID workId, UUID reportId, UUID fileId) {
        works.require(movementId, workId);
        works.report(workId, reportId);
        WorkEvidence file = works.evidence(reportId, fileId);
        return new Download(file.fileName, file.contentType, file.content);
    }
}
