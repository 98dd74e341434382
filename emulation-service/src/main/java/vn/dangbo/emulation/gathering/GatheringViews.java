package vn.dangbo.emulation.gathering;

import java.util.List;
import vn.dangbo.emulation.gathering.GatheringEvents.EventData;
import vn.dangbo.emulation.gathering.GatheringEvents.Slot;
import vn.dangbo.emulation.gathering.GatheringRecords.EventResponse;

/** An event as the API answers it and as its events carry it. */
final class GatheringViews {

    private GatheringViews() {
    }

    static EventResponse response(Gathering g, List<String> warnings) {
        return new EventResponse(g.id, g.movementId, g.kind.name(), g.title, g.onDate,
                GatheringRules.time(g.startsAt), GatheringRules.time(g.endsAt),
                GatheringRules.hours(g.startsAt, g.endsAt), g.venue, g.organiser, g.plannedCount, g.state.name(),
                g.version, warnings);
    }

    static EventData data(Gathering g) {
        return new EventData(g.id, g.kind.name(), g.title, g.onDate, GatheringRules.time(g.startsAt),
                GatheringRules.time(g.endsAt), g.venue, g.organiser, g.plannedCount);
    }

    static Slot slot(Gathering g) {
        return new Slot(g.onDate, GatheringRules.time(g.startsAt), GatheringRules.time(g.endsAt), g.venue);
    }
}
