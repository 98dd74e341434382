package vn.dangbo.emulation.communication.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The journal published: once per movement, with the due date it was judged against. */
@Entity
@Table(name = "journal_publication")
public class JournalPublication {

    @Id
    @Column(name = "movement_id")
    public UUID movementId;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(nullable = false)
    public int copies;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
