package vn.dangbo.emulation.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** The provincial secretary's letter on the meeting's programme (§III.3), as the office names it. */
@Entity
@Table(name = "programme_letter")
public class ProgrammeLetter {

    @Id
    @Column(name = "gathering_id")
    public UUID gatheringId;

    /** Null: the plan's title. */
    public String title;

    public String reader;

    @Version
    @Column(nullable = false)
    public long version;
}
