package vn.dangbo.emulation.communication.traditionroom;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.dangbo.emulation.plan.CodeLabel;

/**
 * Section {@code traditionRoom} (§II.4): the room is done by {@code dueBy}; its exhibits are of {@code exhibitKinds};
 * a photo of an exhibit is at most {@code maxPhotoBytes}.
 */
public record TraditionRoomSettings(String source, LocalDate dueBy, int maxPhotoBytes, List<CodeLabel> exhibitKinds) {

    public Optional<CodeLabel> kind(String code) {
        return exhibitKinds.stream().filter(k -> k.code().equals(code)).findFirst();
    }
}
