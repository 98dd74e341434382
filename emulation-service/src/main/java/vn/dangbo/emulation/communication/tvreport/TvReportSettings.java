package vn.dangbo.emulation.communication.tvreport;

/** Section {@code tvReport} (§III.3): the thematic report runs {@code minMinutes} to {@code maxMinutes} minutes. */
public record TvReportSettings(String source, int minMinutes, int maxMinutes) {
}
