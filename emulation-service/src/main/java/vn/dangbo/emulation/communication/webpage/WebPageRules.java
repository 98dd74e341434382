package vn.dangbo.emulation.communication.webpage;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangbo.emulation.communication.CommunicationText;

/** §II.2 "chuyên trang ... kể từ ngày 01/01/2024": a page live later is late; a post cannot precede the page. */
public final class WebPageRules {

    private WebPageRules() {
    }

    public static boolean late(LocalDate liveFrom, LocalDate plannedLiveFrom) {
        return liveFrom.isAfter(plannedLiveFrom);
    }

    public static Optional<String> lateWarning(LocalDate liveFrom, LocalDate plannedLiveFrom) {
        return late(liveFrom, plannedLiveFrom)
                ? Optional.of("Chuyên trang hoạt động từ ngày " + CommunicationText.day(liveFrom)
                        + ", muộn hơn kế hoạch (từ ngày " + CommunicationText.day(plannedLiveFrom) + ")")
                : Optional.empty();
    }

    /** @return why a post dated {@code publishedOn} is refused, or empty when the page was live that day */
    public static Optional<String> postRefusal(LocalDate publishedOn, LocalDate pageLiveFrom) {
        if (pageLiveFrom == null) {
            return Optional.of("Chưa có chuyên trang: khai báo chuyên trang (địa chỉ, ngày hoạt động) trước khi "
                    + "đăng bài");
        }
        return publishedOn.isBefore(pageLiveFrom)
                ? Optional.of("Ngày đăng " + CommunicationText.day(publishedOn) + " trước ngày chuyên trang hoạt động ("
                        + CommunicationText.day(pageLiveFrom) + ")")
                : Optional.empty();
    }
}
