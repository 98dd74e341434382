package vn.dangbo.emulation.communication.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An article of the journal, from one of the plan's source groups. */
@Entity
@Table(name = "journal_article")
public class JournalArticle {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String author;

    @Column(name = "source_group", nullable = false)
    public String sourceGroup;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
