package vn.dangbo.congress.congress;

import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.congress.checklist.CongressLevel;

/**
 * A congress was scheduled or moved: a CDI event fired inside the transaction, so what hangs on its dates (the
 * deadlines of its documents) changes with it or not at all.
 */
public record CongressDatesSet(UUID congressId, UUID roundId, CongressLevel level, LocalDate startDate,
        LocalDate endDate) {

    static CongressDatesSet of(Congress congress, ScheduleRules.Role role) {
        return new CongressDatesSet(congress.id, congress.roundId,
                role == ScheduleRules.Role.COMMITTEE ? CongressLevel.COMMITTEE : CongressLevel.CELL,
                congress.startDate, congress.endDate());
    }
}
