package vn.dangbo.emulation.communication.webpage;

import java.time.LocalDate;

/** Section {@code webPage} (§II.2): the movement's page on the bloc's website is live from {@code liveFrom}. */
public record WebPageSettings(String source, LocalDate liveFrom) {
}
