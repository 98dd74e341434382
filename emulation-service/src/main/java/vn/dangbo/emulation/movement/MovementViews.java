package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.MovementRecords.EligibleOrganisationResponse;
import vn.dangbo.emulation.movement.MovementRecords.SettingsResponse;
import vn.dangbo.emulation.movement.MovementRecords.AnchorResponse;
import vn.dangbo.emulation.movement.MovementRecords.MovementResponse;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/** A movement as the API shows it. */
@ApplicationScoped
@Transactional
public class MovementViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final MovementRepository movements;
    private final OrganisationDirectory organisations;
    private final MovementSettingsStore store;
    private final MovementService eligibility;

    public MovementViews(MovementRepository movements, OrganisationDirectory organisations,
            MovementSettingsStore store, MovementService eligibility) {
        this.movements = movements;
        this.organisations = organisations;
        this.store = store;
        this.eligibility = eligibility;
    }

    public MovementResponse one(UUID id) {
        return response(movements.require(id));
    }

    public List<MovementResponse> all() {
        return movements.all().stream().map(this::response).toList();
    }

    public SettingsResponse settings(UUID id) {
        return settings(movements.require(id));
    }

    public SettingsResponse settings(Movement movement) {
        return new SettingsResponse(movement.id, store.settings(movement).sections(), movement.version);
    }

    /** The organisations taking part: the active grassroots organisations of the movement's bloc. */
    public List<EligibleOrganisationResponse> participants(UUID id) {
        return eligibility.eligibleOrganisations(movements.require(id).blocId).stream()
                .map(EligibleOrganisationResponse::of).toList();
    }

    public MovementResponse response(Movement m) {
        String blocName = organisations.find(m.blocId).map(o -> o.name).orElse(null);
        return new MovementResponse(m.id, m.blocId, blocName, m.planId, m.name, m.startsOn, m.endsOn, m.zone,
                movements.anchors(m.id).stream().map(AnchorResponse::of).toList(), m.version);
    }

    /** A day as Vietnamese readers write it in a message: 19/4/2024. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

}
