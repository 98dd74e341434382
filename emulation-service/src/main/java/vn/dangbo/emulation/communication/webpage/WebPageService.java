package vn.dangbo.emulation.communication.webpage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.communication.OfficeDesk;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.PostRequest;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.PostResponse;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.WebPageRequest;
import vn.dangbo.emulation.communication.webpage.WebPageRecords.WebPageResponse;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/** The office declares the movement's web page and records its posts. */
@ApplicationScoped
public class WebPageService {

    private final EntityManager entityManager;
    private final OfficeDesk desk;
    private final ChangeRecorder changes;

    public WebPageService(EntityManager entityManager, OfficeDesk desk, ChangeRecorder changes) {
        this.entityManager = entityManager;
        this.desk = desk;
        this.changes = changes;
    }

    @Transactional
    public WebPageResponse declare(UUID movementId, WebPageRequest request) {
        Movement movement = desk.write(movementId);
        WebPageSettings settings = desk.section(movement, WebPageSection.NAME, WebPageSettings.class);
        WebPage page = entityManager.find(WebPage.class, movementId);
        WebPageResponse before = page == null ? null : response(movementId, settings, page);
        boolean isNew = page == null;
        if (isNew) {
            page = new WebPage();
            page.movementId = movementId;
        }
        page.url = request.url().strip();
        page.liveFrom = request.liveFrom();
        page.late = WebPageRules.late(page.liveFrom, settings.liveFrom());
        if (isNew) {
            // the insert takes the entity's state when persisted: fill it in first
            entityManager.persist(page);
        }
        WebPage declared = page;
        changes.record(Change.of(movementId).audit("web-page", "DECLARED", before,
                () -> response(movementId, settings, declared)));
        return response(movementId, settings, page);
    }

    @Transactional
    public PostResponse post(UUID movementId, PostRequest request) {
        Movement movement = desk.write(movementId);
        WebPage page = entityManager.find(WebPage.class, movement.id);
        WebPageRules.postRefusal(request.publishedOn(), page == null ? null : page.liveFrom).ifPresent(reason -> {
            throw ProblemException.ruleViolated(reason, "publishedOn");
        });
        WebPost post = new WebPost();
        post.id = UUID.randomUUID();
        post.movementId = movementId;
        post.title = request.title().strip();
        post.publishedOn = request.publishedOn();
        post.link = request.link() == null || request.link().isBlank() ? null : request.link().strip();
        post.createdBy = desk.actor();
        entityManager.persist(post);
        PostResponse response = response(post);
        changes.record(Change.of(post.id).audit("web-post", "POSTED", null, () -> response));
        return response;
    }

    @Transactional
    public WebPageResponse page(UUID movementId) {
        Movement movement = desk.read(movementId);
        return response(movementId, desk.section(movement, WebPageSection.NAME, WebPageSettings.class),
                entityManager.find(WebPage.class, movementId));
    }

    private WebPageResponse response(UUID movementId, WebPageSettings settings, WebPage page) {
        List<PostResponse> posts = entityManager.createQuery(
                        "from WebPost p where p.movementId = :m order by p.publishedOn, p.title", WebPost.class)
                .setParameter("m", movementId).getResultList().stream().map(WebPageService::response).toList();
        if (page == null) {
            return new WebPageResponse(movementId, null, null, settings.liveFrom(), false, posts,
                    List.of("Chưa khai báo chuyên trang của phong trào"));
        }
        return new WebPageResponse(movementId, page.url, page.liveFrom, settings.liveFrom(), page.late, posts,
                WebPageRules.lateWarning(page.liveFrom, settings.liveFrom()).stream().toList());
    }

    private static PostResponse response(WebPost p) {
        return new PostResponse(p.id, p.title, p.publishedOn, p.link);
    }
}
