package vn.dangbo.emulation.communication.tvreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** The thematic TV report about the bloc committee (phóng sự chuyên đề), one per movement. */
@Entity
@Table(name = "tv_report")
public class TvReport {

    @Id
    @Column(name = "movement_id")
    public UUID movementId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String station;

    @Column(nullable = false)
    public int minutes;

    @Column(name = "aired_on")
    public LocalDate airedOn;

    @Version
    @Column(nullable = false)
    public long version;
}
