package vn.dangbo.emulation.tournament.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One publication of a tournament's schedule: docs-service prints it once (relatedTo = its id). */
@Entity
@Table(name = "schedule_publication")
public class SchedulePublication {

    @Id
    public UUID id;

    @Column(name = "tournament_id", nullable = false)
    public UUID tournamentId;

    /** SHA-256 of the matches as published: the same schedule is not published twice. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "match_count", nullable = false)
    public int matchCount;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
