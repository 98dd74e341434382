package vn.dangbo.emulation.communication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.communication.FileRecords.FileContent;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.kit.web.BoundedBody;
import vn.dangbo.kit.web.ProblemException;

/** Photos and files of the journal and the tradition room, in PostgreSQL, each within its section's size limit. */
@ApplicationScoped
public class StoredFiles {

    private final EntityManager entityManager;

    public StoredFiles(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * @throws ProblemException 400 when the file is empty or unnamed, 422 when it is larger than {@code maxBytes}
     */
    public FileResponse store(UUID movementId, String ownerKind, UUID ownerId, String fileName, String contentType,
            InputStream body, int maxBytes, String actor) {
        if (SectionReading.blank(fileName)) {
            throw ProblemException.invalid("fileName", "phải có tên tệp");
        }
        byte[] content = BoundedBody.read(body, maxBytes, size -> ProblemException.ruleViolated("Tệp "
                + fileName.strip() + " có dung lượng " + size + " byte, vượt giới hạn " + maxBytes
                + " byte của phong trào", "file"));
        if (content.length == 0) {
            throw ProblemException.invalid("file", "tệp rỗng");
        }
        StoredFile file = new StoredFile();
        file.id = UUID.randomUUID();
        file.movementId = movementId;
        file.ownerKind = ownerKind;
        file.ownerId = ownerId;
        file.fileName = fileName.strip();
        file.contentType = SectionReading.blank(contentType) ? "application/octet-stream" : contentType;
        file.sizeBytes = content.length;
        file.content = content;
        file.createdBy = actor;
        entityManager.persist(file);
        return response(file);
    }

    /** @throws ProblemException 404 when the movement has no such file */
    public FileContent content(UUID movementId, UUID fileId) {
        StoredFile file = entityManager.find(StoredFile.class, fileId);
        if (file == null || !file.movementId.equals(movementId)) {
            throw ProblemException.notFound("Không có tệp với mã " + fileId);
        }
        return new FileContent(file.fileName, file.contentType, file.content);
    }

    /** The files of each owner, oldest first, without their content. */
    public Map<UUID, List<FileResponse>> byOwner(UUID movementId, String ownerKind) {
        return entityManager.createQuery("select f.id, f.fileName, f.contentType, f.sizeBytes, f.ownerId "
                        + "from StoredFile f where f.movementId = :m and f.ownerKind = :k order by f.createdAt, f.id",
                        Object[].class)
                .setParameter("m", movementId).setParameter("k", ownerKind).getResultList().stream()
                .collect(Collectors.groupingBy(row -> (UUID) row[4], Collectors.mapping(row -> new FileResponse(
                        (UUID) row[0], (String) row[1], (String) row[2], (Integer) row[3]), Collectors.toList())));
    }

    public static FileResponse response(StoredFile f) {
        return new FileResponse(f.id, f.fileName, f.contentType, f.sizeBytes);
    }
}
