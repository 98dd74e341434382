package vn.dangbo.emulation.communication.webpage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A post on the movement's web page. */
@Entity
@Table(name = "web_post")
public class WebPost {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public String title;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    public String link;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
