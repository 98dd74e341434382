package vn.dangbo.emulation.communication.traditionroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.emulation.plan.CodeLabel;
import vn.dangbo.emulation.communication.FileRecords.FileContent;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.communication.StoredFile;
import vn.dangbo.emulation.communication.StoredFiles;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.CompleteRequest;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.CompletionResponse;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.ExhibitRequest;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.ExhibitResponse;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.KindCount;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomRecords.TraditionRoomResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/** The tradition room: its exhibits catalogued with their photos, then its completion against the due day. */
@ApplicationScoped
public class TraditionRoomService {

    private final EntityManager entityManager;
    private final OfficeDesk desk;
    private final StoredFiles files;
    private final ChangeRecorder changes;

    public TraditionRoomService(EntityManager entityManager, OfficeDesk desk, StoredFiles files,
            ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.desk = desk;
        this.files = files;
        this.changes = changes;
    }

    @Transactional
    public ExhibitResponse catalogue(UUID movementId, ExhibitRequest request) {
        Movement movement = desk.write(movementId);
        TraditionRoomSettings settings = settings(movement);
        CodeLabel kind = settings.kind(request.kind().strip()).orElseThrow(() -> ProblemException.invalid("kind",
                "loại hiện vật " + request.kind() + " không có trong cài đặt (" + String.join(", ",
                        settings.exhibitKinds().stream().map(CodeLabel::code).toList()) + ")"));
        TraditionExhibit exhibit = new TraditionExhibit();
        exhibit.id = UUID.randomUUID();
        exhibit.movementId = movementId;
        exhibit.title = request.title().strip();
        exhibit.kind = kind.code();
        exhibit.source = request.source().strip();
        exhibit.period = request.period().strip();
        exhibit.createdBy = desk.actor();
        entityManager.persist(exhibit);
        ExhibitResponse response = response(exhibit, settings, List.of());
        changes.record(Change.of(exhibit.id).audit("tradition-exhibit", "CATALOGUED", null, () -> response));
        return response;
    }

    @Transactional
    public FileResponse addPhoto(UUID movementId, UUID exhibitId, String fileName, String contentType,
            InputStream content) {
        Movement movement = desk.write(movementId);
        TraditionExhibit exhibit = entityManager.find(TraditionExhibit.class, exhibitId);
        if (exhibit == null || !exhibit.movementId.equals(movementId)) {
            throw ProblemException.notFound("Phòng truyền thống không có hiện vật với mã " + exhibitId);
        }
        FileResponse photo = files.store(movementId, StoredFile.TRADITION_EXHIBIT, exhibitId, fileName, contentType,
                content, settings(movement).maxPhotoBytes(), desk.actor());
        changes.record(Change.of(exhibitId).audit("tradition-exhibit", "PHOTO_ADDED", null, () -> photo));
        return photo;
    }

    @Transactional
    public FileContent photo(UUID movementId, UUID fileId) {
        desk.read(movementId);
        return files.content(movementId, fileId);
    }

    @Transactional
    public TraditionRoomResponse complete(UUID movementId, CompleteRequest request) {
        Movement movement = desk.write(movementId);
        TraditionRoomSettings settings = settings(movement);
        TraditionRoomCompletion completion = entityManager.find(TraditionRoomCompletion.class, movementId);
        CompletionResponse before = completion == null ? null : response(completion);
        boolean isNew = completion == null;
        if (isNew) {
            completion = new TraditionRoomCompletion();
            completion.movementId = movementId;
        }
        completion.completedOn = request.completedOn();
        completion.dueBy = settings.dueBy();
        completion.late = TraditionRoomRules.late(completion.completedOn, completion.dueBy);
        if (isNew) {
            // the insert takes the entity's state when persisted: fill it in first
            entityManager.persist(completion);
        }
        CompletionResponse after = response(completion);
        changes.record(Change.of(movementId).audit("tradition-room", "COMPLETED", before, () -> after));
        return room(movementId);
    }

    @Transactional
    public TraditionRoomResponse room(UUID movementId) {
        Movement movement = desk.read(movementId);
        TraditionRoomSettings settings = settings(movement);
        Map<UUID, List<FileResponse>> photos = files.byOwner(movementId, StoredFile.TRADITION_EXHIBIT);
        List<ExhibitResponse> exhibits = entityManager.createQuery(
                        "from TraditionExhibit e where e.movementId = :m order by e.createdAt, e.id",
                        TraditionExhibit.class)
                .setParameter("m", movementId).getResultList().stream()
                .map(e -> response(e, settings, photos.getOrDefault(e.id, List.of()))).toList();
        Map<String, Long> perKind = exhibits.stream().collect(Collectors.groupingBy(ExhibitResponse::kind,
                Collectors.counting()));
        List<KindCount> kinds = settings.exhibitKinds().stream()
                .map(k -> new KindCount(k.code(), k.label(), perKind.getOrDefault(k.code(), 0L))).toList();
        TraditionRoomCompletion completion = entityManager.find(TraditionRoomCompletion.class, movementId);
        List<String> warnings = completion == null ? List.of()
                : TraditionRoomRules.lateWarning(completion.completedOn, completion.dueBy).stream().toList();
        return new TraditionRoomResponse(movementId, settings.dueBy(), kinds, exhibits,
                completion == null ? null : response(completion), warnings);
    }

    private static ExhibitResponse response(TraditionExhibit e, TraditionRoomSettings settings,
            List<FileResponse> photos) {
        return new ExhibitResponse(e.id, e.title, e.kind, settings.kind(e.kind).map(CodeLabel::label).orElse(e.kind),
                e.source, e.period, photos);
    }

    private static CompletionResponse response(TraditionRoomCompletion c) {
        return new CompletionResponse(c.completedOn, c.dueBy, c.late);
    }

    private TraditionRoomSettings settings(Movement movement) {
        return desk.section(movement, TraditionRoomSection.NAME, TraditionRoomSettings.class);
    }
}
