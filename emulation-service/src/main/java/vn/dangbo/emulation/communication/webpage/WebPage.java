package vn.dangbo.emulation.communication.webpage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** The movement's page on the bloc's website (chuyên trang), one per movement. */
@Entity
@Table(name = "web_page")
public class WebPage {

    @Id
    @Column(name = "movement_id")
    public UUID movementId;

    @Column(nullable = false)
    public String url;

    @Column(name = "live_from", nullable = false)
    public LocalDate liveFrom;

    @Column(nullable = false)
    public boolean late;

    @Version
    @Column(nullable = false)
    public long version;
}
