package vn.dangbo.emulation.communication.journal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.plan.CodeLabel;
import vn.dangbo.emulation.communication.CommunicationEvents;
import vn.dangbo.emulation.communication.CommunicationText;
import vn.dangbo.emulation.communication.FileRecords.FileContent;
import vn.dangbo.emulation.communication.FileRecords.FileResponse;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.communication.StoredFile;
import vn.dangbo.emulation.communication.StoredFiles;
import vn.dangbo.emulation.communication.journal.JournalRecords.ArticleRequest;
import vn.dangbo.emulation.communication.journal.JournalRecords.ArticleResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.GroupResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.JournalResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.PublicationResponse;
import vn.dangbo.emulation.communication.journal.JournalRecords.PublishRequest;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/** The journal (tập san): its articles and photos by source group, then its publication against its due date. */
@ApplicationScoped
public class JournalService {

    private final EntityManager entityManager;
    private final OfficeDesk desk;
    private final StoredFiles files;
    private final ChangeRecorder changes;

    public JournalService(EntityManager entityManager, OfficeDesk desk, StoredFiles files, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.desk = desk;
        this.files = files;
        this.changes = changes;
    }

    @Transactional
    public ArticleResponse addArticle(UUID movementId, ArticleRequest request) {
        Movement movement = desk.write(movementId);
        JournalSettings settings = settings(movement);
        CodeLabel group = settings.group(request.sourceGroup().strip()).orElseThrow(() -> ProblemException.invalid(
                "sourceGroup", "nhóm nguồn bài " + request.sourceGroup() + " không có trong cài đặt ("
                        + String.join(", ", settings.sourceGroups().stream().map(CodeLabel::code).toList()) + ")"));
        JournalArticle article = new JournalArticle();
        article.id = UUID.randomUUID();
        article.movementId = movementId;
        article.title = request.title().strip();
        article.author = request.author().strip();
        article.sourceGroup = group.code();
        article.createdBy = desk.actor();
        entityManager.persist(article);
        ArticleResponse response = new ArticleResponse(article.id, article.title, article.author, group.code(),
                group.label(), List.of());
        changes.record(Change.of(article.id).audit("journal-article", "ADDED", null, () -> response));
        return response;
    }

    @Transactional
    public FileResponse addPhoto(UUID movementId, UUID articleId, String fileName, String contentType,
            InputStream content) {
        Movement movement = desk.write(movementId);
        JournalArticle article = entityManager.find(JournalArticle.class, articleId);
        if (article == null || !article.movementId.equals(movementId)) {
            throw ProblemException.notFound("Tập san không có bài với mã " + articleId);
        }
        FileResponse photo = files.store(movementId, StoredFile.JOURNAL_ARTICLE, articleId, fileName, contentType,
                content, settings(movement).maxPhotoBytes(), desk.actor());
        changes.record(Change.of(articleId).audit("journal-article", "PHOTO_ADDED", null, () -> photo));
        return photo;
    }

    @Transactional
    public FileContent photo(UUID movementId, UUID fileId) {
        desk.read(movementId);
        return files.content(movementId, fileId);
    }

    @Transactional
    public JournalResponse journal(UUID movementId) {
        Movement movement = desk.read(movementId);
        JournalSettings settings = settings(movement);
        List<ArticleResponse> articles = articles(movementId, settings);
        Map<String, Long> perGroup = new HashMap<>();
        Map<String, Long> photosPerGroup = new HashMap<>();
        articles.forEach(a -> {
            perGroup.merge(a.sourceGroup(), 1L, Long::sum);
            photosPerGroup.merge(a.sourceGroup(), (long) a.photos().size(), Long::sum);
        });
        List<GroupResponse> groups = settings.sourceGroups().stream().map(g -> new GroupResponse(g.code(),
                g.label(), perGroup.getOrDefault(g.code(), 0L), photosPerGroup.getOrDefault(g.code(), 0L))).toList();
        JournalPublication publication = entityManager.find(JournalPublication.class, movementId);
        List<String> warnings = new ArrayList<>(JournalRules.groupWarnings(settings.sourceGroups(), perGroup));
        if (publication != null) {
            warnings.addAll(JournalRules.publicationWarnings(publication.publishedOn, publication.copies,
                    publication.dueOn, settings.copies()));
        }
        return new JournalResponse(movementId, settings.title(), settings.copies(), due(movement, settings), groups,
                articles, publication == null ? null : new PublicationResponse(publication.publishedOn,
                        publication.copies, publication.dueOn, publication.late), warnings);
    }

    /**
     * @throws ProblemException 409 when already published, 422 while the anchor the due date hangs on has no date
     */
    @Transactional
    public JournalResponse publish(UUID movementId, PublishRequest request) {
        Movement movement = desk.write(movementId);
        JournalSettings settings = settings(movement);
        JournalPublication existing = entityManager.find(JournalPublication.class, movementId);
        if (existing != null) {
            throw ProblemException.conflict("Tập san đã được xuất bản ngày "
                    + CommunicationText.day(existing.publishedOn) + " (" + existing.copies + " cuốn)");
        }
        LocalDate due = due(movement, settings);
        if (due == null) {
            throw ProblemException.ruleViolated("Chưa xác định được thời hạn xuất bản tập san: mốc "
                    + settings.due().anchor() + " chưa có ngày", "publishedOn");
        }
        JournalPublication publication = new JournalPublication();
        publication.movementId = movementId;
        publication.publishedOn = request.publishedOn();
        publication.copies = request.copies();
        publication.dueOn = due;
        publication.late = JournalRules.late(publication.publishedOn, due);
        publication.createdBy = desk.actor();
        entityManager.persist(publication);
        JournalResponse response = journal(movementId);
        changes.record(Change.of(movementId)
                .event(CommunicationEvents.TOPIC, CommunicationEvents.JOURNAL_PUBLISHED,
                        () -> new CommunicationEvents.JournalPublished(desk.ref(movement), new CommunicationEvents.Journal(
                                settings.title(), publication.publishedOn, publication.copies, settings.copies(), due,
                                publication.late, response.groups().stream()
                                        .map(g -> new CommunicationEvents.SourceGroupCount(g.code(), g.label(),
                                                g.articles())).toList())))
                .audit("journal", "PUBLISHED", null, response::publication));
        return response;
    }

    private LocalDate due(Movement movement, JournalSettings settings) {
        return JournalRules.due(desk.anchorDate(movement.id, settings.due().anchor()), settings.due().offsetDays());
    }

    private List<ArticleResponse> articles(UUID movementId, JournalSettings settings) {
        Map<UUID, List<FileResponse>> photos = files.byOwner(movementId, StoredFile.JOURNAL_ARTICLE);
        return entityManager.createQuery("from JournalArticle a where a.movementId = :m order by a.createdAt, a.id",
                        JournalArticle.class)
                .setParameter("m", movementId).getResultList().stream()
                .map(a -> new ArticleResponse(a.id, a.title, a.author, a.sourceGroup,
                        settings.group(a.sourceGroup).map(CodeLabel::label).orElse(a.sourceGroup),
                        photos.getOrDefault(a.id, List.of())))
                .toList();
    }

    private JournalSettings settings(Movement movement) {
        return desk.section(movement, JournalSection.NAME, JournalSettings.class);
    }
}
