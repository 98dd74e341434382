package vn.dangbo.congress.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.congress.checklist.Checklist;
import vn.dangbo.congress.checklist.ChecklistCatalogue;
import vn.dangbo.congress.checklist.ChecklistItem;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.congress.congress.CongressDatesSet;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.round.CommitteeDraftsDueSet;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundService;

/**
 * Keeps each congress' checklist on its dates: written when the congress is scheduled, its due dates derived again
 * from the plan when the congress moves or the round sets the committee's date. Runs in the caller's transaction
 * (synchronous CDI events), so a congress is never saved without its deadlines.
 */
@ApplicationScoped
public class DocumentDeadlines {

    private final CongressDocumentRepository documents;
    private final ChecklistCatalogue checklists;
    private final RoundService rounds;
    private final CongressRepository congresses;

    public DocumentDeadlines(CongressDocumentRepository documents, ChecklistCatalogue checklists, RoundService rounds,
            CongressRepository congresses) {
        this.documents = documents;
        this.checklists = checklists;
        this.rounds = rounds;
        this.congresses = congresses;
    }

    void onDatesSet(@Observes CongressDatesSet congress) {
        CongressRound round = rounds.get(congress.roundId());
        List<ChecklistItem> items = ChecklistRules.itemsFor(plan(round), congress.level(), congress.startDate(),
                congress.endDate(), congress.level() == CongressLevel.COMMITTEE ? round.committeeDraftsDue : null);
        apply(congress, items);
    }

    void onCommitteeDraftsDue(@Observes CommitteeDraftsDueSet set) {
        CongressRound round = rounds.get(set.roundId());
        congresses.standingOf(round.id, round.conveningCommitteeId)
                .filter(c -> c.status != CongressStatus.HELD)
                .ifPresent(c -> onDatesSet(new CongressDatesSet(c.id, round.id, CongressLevel.COMMITTEE, c.startDate,
                        c.endDate())));
    }

    private void apply(CongressDatesSet congress, List<ChecklistItem> items) {
        Map<String, CongressDocument> existing = documents.ofCongress(congress.congressId()).stream()
                .collect(Collectors.toMap(d -> d.code, Function.identity()));
        int position = 0;
        for (ChecklistItem item : items) {
            position++;
            CongressDocument document = existing.get(item.code());
            if (document == null) {
                document = new CongressDocument();
                document.congressId = congress.congressId();
                document.code = item.code();
                document.position = position;
                document.kind = item.kind();
                document.name = item.name();
                document.body = item.body();
                document.dueDate = item.dueDate();
                document.status = DocumentStatus.DUE;
                documents.persist(document);
            } else if (!Objects.equals(document.dueDate, item.dueDate())) {
                document.dueDate = item.dueDate();
                document.sequence++;
            }
        }
    }

    private Checklist plan(CongressRound round) {
        return checklists.find(round.checklistId).orElseThrow(() -> new IllegalStateException(
                "round " + round.id + " follows checklist " + round.checklistId + ", which is not shipped"));
    }
}
