package vn.dangbo.emulation.communication.traditionroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** The tradition room completed, with the due day it was judged against. */
@Entity
@Table(name = "tradition_room_completion")
public class TraditionRoomCompletion {

    @Id
    @Column(name = "movement_id")
    public UUID movementId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "due_by", nullable = false)
    public LocalDate dueBy;

    @Column(nullable = false)
    public boolean late;

    @Version
    @Column(nullable = false)
    public long version;
}
