package vn.dangbo.congress.checklist;

import java.util.List;
import java.util.Optional;

/** One plan's list of congress documents, per congress level, as read from {@code checklists/<id>.json}. */
public record Checklist(String id, String title, String source, List<Level> levels) {

    public Checklist {
        levels = List.copyOf(levels);
    }

    public Optional<Level> level(CongressLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst();
    }

    /** The documents of one congress level, who approves the drafts, who receives the after-report, and when. */
    public record Level(CongressLevel level, String approvingBody, String reportTo, Deadline draftDeadline,
            Deadline afterReportDeadline, List<Document> documents) {

        public Level {
            documents = List.copyOf(documents);
        }

        public Deadline deadline(DocumentKind kind) {
            return kind == DocumentKind.DRAFT ? draftDeadline : afterReportDeadline;
        }
    }

    public record Document(String code, DocumentKind kind, String name, IssuedAs issuedAs) {
    }

    /**
     * How docs-service issues the document: its type code (BC, NQ, TTr...) and the words its title holds, accents
     * and case aside.
     */
    public record IssuedAs(String type, List<String> titleWords) {

        public IssuedAs {
            titleWords = List.copyOf(titleWords);
        }
    }

    /** A due date as days from an anchor: the congress' first day, its last day, or the date the round sets. */
    public record Deadline(Anchor anchor, int offsetDays, String source) {
    }

    public enum Anchor {
        START,
        END,
        ROUND_SET
    }
}
