package vn.dangbo.docs.election;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.election.ElectionEventData.Candidate;
import vn.dangbo.docs.election.ElectionEventData.Convener;
import vn.dangbo.docs.election.ElectionEventData.ListApproved;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.template.DocumentType;

/**
 * The ballots (phiếu bầu) of an approved list, as the {@code ballot} template's values: one copy per ballot, as
 * many as the voters plus the spares, each with its serial (the prefix and the number, from the first serial).
 * Ballots carry no number of their own: they take the convener's ballot run (PB), never the congress run whose
 * numbers the minutes and the submission print. Plain Java.
 */
public final class BallotPapers {

    /** The most names an A5 ballot holds legibly; a longer list is printed on A4, one ballot a page. */
    static final int A5_MOST_NAMES = 20;

    private final String place;

    /** @param place the place of the register's date (not printed on a ballot) */
    public BallotPapers(String place) {
        this.place = place;
    }

    /** The ballots to issue: the document, and one addressee (its serial) per ballot. */
    public record Ballots(TemplateIssue issue, List<Map<String, Object>> copies) {
    }

    public Ballots ballots(ListApproved list, String sourceEventId, LocalDate date, String createdBy) {
        Convener holder = list.congress().holder(list.convener());
        String body = ElectionNames.body(list.election(), holder,
                list.congress().holderHigher(list.convener(), list.higherBody()));
        List<String> names = list.candidates().stream()
                .sorted(Comparator.comparingInt(Candidate::position))
                .map(Candidate::fullName)
                .toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("committee", body);
        data.put("term", list.congress().term());
        data.put("seats", list.election().seats());
        data.put("alternates", list.election().alternateSeats());
        data.put("candidates", names);
        data.put("kind", list.election().ballotKind());
        data.put("congress", ElectionNames.meeting(list.election(), holder));
        data.put("round", list.election().roundNo());
        data.put("paper", names.size() <= A5_MOST_NAMES ? "A5" : "A4");

        int count = list.voters() + list.spareBallots();
        List<Map<String, Object>> copies = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            copies.add(Map.of("serial", serial(list, i)));
        }
        String title = "Phiếu bầu " + body + " nhiệm kỳ " + list.congress().term()
                + (list.election().roundNo() > 1 ? ", bầu lần thứ " + list.election().roundNo() : "")
                + " (" + count + " phiếu, mã " + serial(list, 0) + " đến " + serial(list, count - 1) + ")";
        TemplateIssue issue = new TemplateIssue(DocumentType.BALLOT, ElectionNames.issuer(list.convener(),
                list.higherBody()), list.congress().term(), NumberRun.key(DocumentType.BALLOT.code(), null),
                list.congress().id().toString(), sourceEventId, date, place, title, data, createdBy);
        return new Ballots(issue, copies);
    }

    /** The i-th ballot's serial (from 0): the prefix and the number, exactly as the counting enters it. */
    static String serial(ListApproved list, int i) {
        return list.serialPrefix() + (list.firstSerial() + i);
    }
}
