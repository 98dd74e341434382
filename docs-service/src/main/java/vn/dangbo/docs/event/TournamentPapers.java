package vn.dangbo.docs.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.event.EventData.Final;
import vn.dangbo.docs.event.EventData.Match;
import vn.dangbo.docs.event.EventData.Ranked;
import vn.dangbo.docs.event.EventData.SchedulePublished;
import vn.dangbo.docs.event.EventData.TournamentCompleted;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The tournament's documents as template values: the schedule (lịch thi đấu: every match by day, with its time,
 * court, stage and sides; a side not known yet by the label of where it comes from) and the result notice (thông báo
 * kết quả: the final and the final ranking), in the bloc committee's name. Plain Java.
 */
public final class TournamentPapers {

    private final Letterhead letterhead;

    public TournamentPapers(String place, String signerName) {
        this.letterhead = new Letterhead(place, signerName);
    }

    /** The schedule, one table per day, matches by time, court and number. */
    public TemplateIssue schedule(SchedulePublished published, String sourceEventId, LocalDate on, String createdBy) {
        int lastRound = published.matches().stream().filter(m -> "KNOCKOUT".equals(m.stage()))
                .mapToInt(Match::round).max().orElse(0);
        Map<String, List<Match>> byDay = published.matches().stream()
                .sorted(Comparator.comparing(Match::date).thenComparing(Match::time).thenComparing(Match::court)
                        .thenComparing(Match::number))
                .collect(Collectors.groupingBy(Match::date, LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> blocks = new ArrayList<>();
        for (Map.Entry<String, List<Match>> day : byDay.entrySet()) {
            LocalDate date = LocalDate.parse(day.getKey());
            blocks.add(Map.of("heading", "Ngày " + Letterhead.shortDate(date) + " ("
                    + Letterhead.weekday(date.getDayOfWeek()) + ")"));
            List<List<String>> rows = new ArrayList<>();
            for (Match m : day.getValue()) {
                rows.add(List.of(String.valueOf(m.number()), m.time(), String.valueOf(m.court()),
                        stage(m, lastRound), VietnameseText.nfcStripped(m.home()), VietnameseText.nfcStripped(m.away())));
            }
            blocks.add(Map.of("table", GatheringPapers.table(List.of("Trận", "Giờ", "Sân", "Bảng, vòng", "Đội",
                    "Đội"), List.of(2, 2, 2, 4, 5, 5), rows)));
        }
        String name = VietnameseText.nfcStripped(published.tournament().name());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", name);
        data.put("venue", VietnameseText.nfcStripped(published.tournament().venue()));
        data.put("blocks", blocks);
        data.put("signature", letterhead.signature(published.issuer(), null));
        return letterhead.issue(DocumentType.SCHEDULE, published.issuer(), published.higherBody(),
                published.publicationId().toString(), data, "Lịch thi đấu " + name + " ("
                        + published.matches().size() + " trận)", sourceEventId, on, createdBy);
    }

    /** The result notice: the final's score, then the ranking with each team's organisations. */
    public TemplateIssue resultNotice(TournamentCompleted completed, LocalDate on, String sourceEventId,
            String createdBy) {
        String name = VietnameseText.nfcStripped(completed.tournament().name());
        Final f = completed.finalMatch();
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("text", Letterhead.authority(completed.issuer()) + " thông báo kết quả " + name
                + ", tổ chức tại " + VietnameseText.nfcStripped(completed.tournament().venue()) + ", kết thúc "
                + vn.dangbo.docs.rendering.PartyDate.date(LocalDate.parse(completed.completedOn())) + ", như sau:"));
        blocks.add(Map.of("lead", "1. Trận chung kết: ", "text", VietnameseText.nfcStripped(f.home()) + " - "
                + VietnameseText.nfcStripped(f.away()) + ", tỷ số " + sets(f) + "; đội thắng: " + VietnameseText.nfcStripped(f.winner())
                + "."));
        blocks.add(Map.of("lead", "2. Xếp hạng chung cuộc:", "text", ""));
        List<List<String>> rows = new ArrayList<>();
        for (Ranked r : completed.ranking().stream().sorted(Comparator.comparingInt(Ranked::rank)).toList()) {
            List<String> orgs = r.team().organisations() == null ? List.of() : r.team().organisations();
            rows.add(List.of(rank(r.rank()), VietnameseText.nfcStripped(r.team().name()),
                    String.join("; ", orgs.stream().map(VietnameseText::nfcStripped).toList())));
        }
        blocks.add(Map.of("table", GatheringPapers.table(List.of("Xếp hạng", "Đội", "Đơn vị"), List.of(3, 5, 8),
                rows)));
        blocks.add(Map.of("text", "Chúc mừng các đội đạt giải và cảm ơn các đội đã tham gia giải./."));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Kết quả " + name);
        data.put("blocks", blocks);
        data.put("signature", letterhead.signature(completed.issuer(), null));
        data.put("recipients", List.of("Các tổ chức cơ sở đảng trực thuộc,", "Lưu Văn phòng."));
        return letterhead.issue(DocumentType.NOTICE, completed.issuer(), completed.higherBody(),
                completed.tournament().id().toString(), data, "Thông báo kết quả " + name, sourceEventId,
                on, createdBy);
    }

    /** "Bảng A", "Tứ kết", "Bán kết", "Chung kết", "Tranh hạng ba". */
    static String stage(Match m, int lastRound) {
        return switch (m.stage()) {
            case "GROUP" -> m.group() == null ? "Vòng bảng" : "Bảng " + m.group();
            case "THIRD_PLACE" -> "Tranh hạng ba";
            default -> switch (lastRound - m.round()) {
                case 0 -> "Chung kết";
                case 1 -> "Bán kết";
                case 2 -> "Tứ kết";
                default -> "Vòng " + m.round();
            };
        };
    }

    /** "Giải Nhất", "Giải Nhì", "Giải Ba" (two without a third-place match), then "Hạng 4". */
    static String rank(int rank) {
        return switch (rank) {
            case 1 -> "Giải Nhất";
            case 2 -> "Giải Nhì";
            case 3 -> "Giải Ba";
            default -> "Hạng " + rank;
        };
    }

    /** "2-1 (25-20, 23-25, 15-12)". */
    static String sets(Final f) {
        long home = f.sets().stream().filter(s -> s.home() > s.away()).count();
        long away = f.sets().stream().filter(s -> s.away() > s.home()).count();
        return home + "-" + away + " (" + f.sets().stream().map(s -> s.home() + "-" + s.away())
                .collect(Collectors.joining(", ")) + ")";
    }
}
