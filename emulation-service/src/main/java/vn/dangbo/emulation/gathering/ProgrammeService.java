package vn.dangbo.emulation.gathering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.award.AwardRecords.RecipientResponse;
import vn.dangbo.emulation.award.AwardRegister;
import vn.dangbo.emulation.gathering.GatheringEvents.MovementRef;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ArtsItemRequest;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ArtsItemResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ItemResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.LetterRequest;
import vn.dangbo.emulation.gathering.ProgrammeRecords.LetterResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.ProgrammeResponse;
import vn.dangbo.emulation.gathering.ProgrammeRecords.PublicationResponse;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The meeting's programme: the plan's parts in order, the award ceremony read live from the award register, the
 * arts items (the plan's number at most) and the letter the office enters; published for docs-service to print.
 */
@ApplicationScoped
public class ProgrammeService {

    private static final String ARTS_ORDER = "from ArtsItem a where a.gatheringId = :g order by a.position";

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final GatheringRepository gatherings;
    private final AwardRegister awards;
    private final IssuingBody issuingBody;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public ProgrammeService(MovementRepository movements, MovementSettingsStore settings,
            GatheringRepository gatherings, AwardRegister awards, IssuingBody issuingBody, AccessGuard access,
            ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.settings = settings;
        this.gatherings = gatherings;
        this.awards = awards;
        this.issuingBody = issuingBody;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public ProgrammeResponse programme(UUID movementId, UUID eventId) {
        Movement movement = movements.require(movementId);
        return view(movement, meeting(gatherings.require(movementId, eventId)));
    }

    /** @throws ProblemException 422 naming the plan's maximum when the programme has as many arts items already */
    @Transactional
    public ArtsItemResponse addArtsItem(UUID movementId, UUID eventId, ArtsItemRequest request) {
        Movement movement = write(movementId);
        Gathering g = open(meeting(gatherings.lock(movementId, eventId)));
        List<ArtsItem> items = arts(g.id);
        int max = programmeSettings(movement).artsItems().max();
        ProgrammeRules.artsItemRefusal(items.size(), max).ifPresent(reason -> {
            throw ProblemException.ruleViolated(reason, "artsItems");
        });
        ArtsItem item = new ArtsItem();
        item.id = UUID.randomUUID();
        item.gatheringId = g.id;
        item.position = items.stream().mapToInt(a -> a.position).max().orElse(0) + 1;
        item.title = request.title().strip();
        item.performer = request.performer() == null || request.performer().isBlank() ? null
                : request.performer().strip();
        item.createdBy = access.actor();
        gatherings.persist(item);
        ArtsItemResponse response = artsItem(item, programmeSettings(movement).artsItems().performer());
        changes.record(Change.of(g.id).audit("programme-arts-item", "ADDED", null, () -> response));
        return response;
    }

    @Transactional
    public void removeArtsItem(UUID movementId, UUID eventId, UUID itemId) {
        Movement movement = write(movementId);
        Gathering g = open(meeting(gatherings.lock(movementId, eventId)));
        ArtsItem item = gatherings.find(ArtsItem.class, itemId).filter(a -> a.gatheringId.equals(g.id))
                .orElseThrow(() -> ProblemException.notFound("Chương trình không có tiết mục văn nghệ với mã "
                        + itemId));
        ArtsItemResponse before = artsItem(item, programmeSettings(movement).artsItems().performer());
        gatherings.remove(item);
        changes.record(Change.of(g.id).audit("programme-arts-item", "REMOVED", before, () -> null));
    }

    @Transactional
    public ProgrammeResponse letter(UUID movementId, UUID eventId, LetterRequest request) {
        Movement movement = write(movementId);
        Gathering g = open(meeting(gatherings.lock(movementId, eventId)));
        ProgrammeLetter letter = gatherings.find(ProgrammeLetter.class, g.id).orElse(null);
        LetterResponse before = letterOf(letter, programmeSettings(movement));
        if (letter == null) {
            letter = new ProgrammeLetter();
            letter.gatheringId = g.id;
            fill(letter, request);
            gatherings.persist(letter);
        } else {
            fill(letter, request);
        }
        LetterResponse after = letterOf(letter, programmeSettings(movement));
        changes.record(Change.of(g.id).audit("programme-letter", "SET", before, () -> after));
        return view(movement, g);
    }

    /** One programme.published.v1 per publish, under a new publication id: docs-service prints one CTr for it. */
    @Transactional
    public PublicationResponse publish(UUID movementId, UUID eventId) {
        Movement movement = write(movementId);
        Gathering g = meeting(gatherings.lock(movementId, eventId));
        ProgrammeResponse programme = view(movement, g);
        ProgrammePublication publication = new ProgrammePublication();
        publication.id = UUID.randomUUID();
        publication.gatheringId = g.id;
        publication.publishedAt = clock.instant();
        publication.publishedBy = access.actor();
        publication.itemCount = programme.items().size();
        gatherings.persist(publication);
        List<GatheringEvents.Item> items = programme.items().stream().map(i -> new GatheringEvents.Item(i.order(),
                i.kind(), i.title(), i.performer(), i.lines())).toList();
        PublicationResponse response = publication(publication, programme.warnings());
        changes.record(Change.of(g.id)
                .event(GatheringEvents.TOPIC, GatheringEvents.PROGRAMME_PUBLISHED,
                        () -> new GatheringEvents.ProgrammePublished(publication.id,
                                new MovementRef(movement.id, movement.name), issuingBody.issuer(movement),
                                issuingBody.higherBody(movement), GatheringViews.data(g), items))
                .audit("programme", "PUBLISHED", null, () -> response));
        return response;
    }

    private ProgrammeResponse view(Movement movement, Gathering g) {
        GatheringSettings.Programme p = programmeSettings(movement);
        String performer = p.artsItems().performer();
        List<ArtsItem> arts = arts(g.id);
        ProgrammeLetter letter = gatherings.find(ProgrammeLetter.class, g.id).orElse(null);
        LetterResponse l = letterOf(letter, p);
        List<RecipientResponse> recipients = awards.recipients(movement.id);
        List<ProgrammeRules.Item> items = ProgrammeRules.items(
                p.parts().stream().map(x -> new ProgrammeRules.Part(x.kind(), x.title())).toList(),
                arts.stream().map(a -> new ProgrammeRules.ArtsEntry(a.title, a.performer)).toList(), performer,
                l.title(), l.reader(),
                recipients.stream().map(r -> ProgrammeRules.recipientLine(r.name(), "MEMBER".equals(r.kind()),
                        r.organisationName())).toList());
        return new ProgrammeResponse(g.id, g.movementId,
                items.stream().map(i -> new ItemResponse(i.order(), i.kind(), i.title(), i.performer(), i.lines()))
                        .toList(),
                arts.stream().map(a -> artsItem(a, performer)).toList(), p.artsItems().max(), l,
                gatherings.list("from ProgrammePublication p where p.gatheringId = :g order by p.publishedAt",
                        ProgrammePublication.class, g.id).stream().map(x -> publication(x, List.of())).toList(),
                ProgrammeRules.warnings(arts.size(), p.artsItems().max(), recipients.size()));
    }

    private Movement write(UUID movementId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        return movement;
    }

    private static Gathering meeting(Gathering g) {
        if (g.kind != Gathering.Kind.MEETING) {
            throw ProblemException.notFound("Chỉ buổi gặp mặt kỷ niệm có chương trình (sự kiện " + g.id
                    + " là hội thảo)");
        }
        return g;
    }

    private static Gathering open(Gathering g) {
        if (g.state == Gathering.State.CLOSED) {
            throw ProblemException.conflict("Buổi gặp mặt kỷ niệm đã kết thúc: chương trình không thay đổi được nữa");
        }
        return g;
    }

    private List<ArtsItem> arts(UUID gatheringId) {
        return gatherings.list(ARTS_ORDER, ArtsItem.class, gatheringId);
    }

    private GatheringSettings.Programme programmeSettings(Movement movement) {
        return settings.section(movement, GatheringsSection.NAME, GatheringSettings.class).programme();
    }

    private static void fill(ProgrammeLetter letter, LetterRequest request) {
        letter.title = request.title() == null || request.title().isBlank() ? null : request.title().strip();
        letter.reader = request.reader() == null || request.reader().isBlank() ? null : request.reader().strip();
    }

    private static LetterResponse letterOf(ProgrammeLetter letter, GatheringSettings.Programme p) {
        return letter == null ? new LetterResponse(p.letter().title(), null)
                : new LetterResponse(letter.title != null ? letter.title : p.letter().title(), letter.reader);
    }

    private static ArtsItemResponse artsItem(ArtsItem a, String defaultPerformer) {
        return new ArtsItemResponse(a.id, a.position, a.title, a.performer != null ? a.performer : defaultPerformer);
    }

    private static PublicationResponse publication(ProgrammePublication p, List<String> warnings) {
        return new PublicationResponse(p.id, p.publishedAt, p.publishedBy, p.itemCount, p.documentId,
                p.documentNumber, p.documentSymbol, p.issuedOn, p.contentUrl, warnings);
    }
}
