package vn.dangbo.emulation.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An arts item of the meeting's programme (tiết mục văn nghệ, §III.8): at most the plan's number. */
@Entity
@Table(name = "programme_arts_item")
public class ArtsItem {

    @Id
    public UUID id;

    @Column(name = "gathering_id", nullable = false)
    public UUID gatheringId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    /** Null: the plan's performer. */
    public String performer;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
