package vn.dangbo.emulation.communication.press;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A press item about the movement (tin, bài viết, phóng sự) in an outlet. */
@Entity
@Table(name = "press_item")
public class PressItem {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public String outlet;

    @Column(nullable = false)
    public String kind;

    @Column(name = "published_on", nullable = false)
    public LocalDate publishedOn;

    @Column(nullable = false)
    public String title;

    public String link;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
