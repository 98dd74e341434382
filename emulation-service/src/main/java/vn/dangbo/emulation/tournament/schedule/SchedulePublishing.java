package vn.dangbo.emulation.tournament.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.draw.MatchViews;
import vn.dangbo.emulation.tournament.draw.TournamentDesk;
import vn.dangbo.emulation.tournament.schedule.ScheduleEvents.ScheduledMatch;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.PublicationResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/**
 * Publishes the schedule for docs-service to print (the lịch thi đấu, once per publication):
 * {@code schedule.published.v1} with a new publication id. Publishing again an unchanged schedule (the same days,
 * times, courts and sides) publishes nothing and answers the previous publication: a retry never prints twice; a
 * schedule changed since (rescheduled, sides now known) is a new publication.
 */
@ApplicationScoped
public class SchedulePublishing {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final TournamentDesk desk;
    private final IssuingBody issuingBody;
    private final EntityManager entityManager;
    private final ChangeRecorder changes;
    private final Clock clock;

    public SchedulePublishing(TournamentDesk desk, IssuingBody issuingBody, EntityManager entityManager,
            ChangeRecorder changes, Clock clock) {
        this.desk = desk;
        this.issuingBody = issuingBody;
        this.entityManager = entityManager;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public PublicationResponse publish(UUID movementId, UUID tournamentId) {
        TournamentDesk.Desk d = desk.write(movementId, tournamentId);
        Tournament tournament = d.tournament();
        if (tournament.state == Tournament.State.REGISTRATION || tournament.state == Tournament.State.DRAWN) {
            throw ProblemException.conflict("Giải chưa xếp lịch thi đấu: chưa công bố lịch được");
        }
        List<ScheduledMatch> matches = scheduled(d.movement(), tournament);
        String hash = hash(matches);
        SchedulePublication last = entityManager.createQuery("from SchedulePublication p where p.tournamentId = :t"
                + " order by p.publishedAt desc", SchedulePublication.class).setParameter("t", tournament.id)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        if (last != null && last.contentHash.equals(hash)) {
            return new PublicationResponse(last.id, last.publishedAt, last.matchCount, false);
        }
        SchedulePublication publication = new SchedulePublication();
        publication.id = UUID.randomUUID();
        publication.tournamentId = tournament.id;
        publication.contentHash = hash;
        publication.matchCount = matches.size();
        publication.publishedAt = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        publication.publishedBy = desk.actor();
        entityManager.persist(publication);
        PublicationResponse response = new PublicationResponse(publication.id, publication.publishedAt,
                matches.size(), true);
        Movement movement = d.movement();
        changes.record(Change.of(tournament.id)
                .event(ScheduleEvents.TOPIC, ScheduleEvents.SCHEDULE_PUBLISHED,
                        () -> new ScheduleEvents.SchedulePublished(publication.id,
                                new ScheduleEvents.MovementRef(movement.id, movement.name),
                                issuingBody.issuer(movement), issuingBody.higherBody(movement),
                                new ScheduleEvents.TournamentRef(tournament.id, tournament.name, tournament.venue),
                                matches))
                .audit("tournament", "SCHEDULE_PUBLISHED", null, () -> response));
        return response;
    }

    /** The matches in the order they are played (day, time, court), each side a team or its source's label. */
    private List<ScheduledMatch> scheduled(Movement movement, Tournament tournament) {
        Map<UUID, Team> teams = desk.teamsById(tournament.id);
        return desk.matches(tournament.id).stream()
                .filter(m -> m.startsAt != null)
                .sorted(Comparator.comparing((TournamentMatch m) -> m.startsAt)
                        .thenComparing(m -> m.court).thenComparingInt(m -> m.number))
                .map(m -> {
                    ZonedDateTime at = m.startsAt.atZone(movement.zoneId());
                    return new ScheduledMatch(m.number, m.stage.name(), m.groupCode, m.round, at.toLocalDate(),
                            at.format(TIME), m.court, MatchViews.printed(m.homeTeamId, m.homeSource, teams),
                            MatchViews.printed(m.awayTeamId, m.awaySource, teams));
                }).toList();
    }

    private static String hash(List<ScheduledMatch> matches) {
        try {
            byte[] content = MovementPlans.JSON.writeValueAsBytes(matches);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
