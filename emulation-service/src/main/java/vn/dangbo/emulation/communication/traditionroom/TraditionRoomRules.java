package vn.dangbo.emulation.communication.traditionroom;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangbo.emulation.communication.CommunicationText;

/** §II.4 "hoàn thành trong tháng 4 năm 2024": completed after the due day is late (recorded, flagged). */
public final class TraditionRoomRules {

    private TraditionRoomRules() {
    }

    public static boolean late(LocalDate completedOn, LocalDate dueBy) {
        return completedOn.isAfter(dueBy);
    }

    public static Optional<String> lateWarning(LocalDate completedOn, LocalDate dueBy) {
        return late(completedOn, dueBy)
                ? Optional.of("Phòng truyền thống hoàn thành ngày " + CommunicationText.day(completedOn)
                        + ", sau thời hạn " + CommunicationText.day(dueBy))
                : Optional.empty();
    }
}
