package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class MovementService {

    private final OrganisationDirectory directory;
    private final EligibleOrganisationRepository organisations;

    public MovementService(OrganisationDirectory directory, EligibleOrganisationRepository organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    /**
     * The grassroots organisations that may register for the movement of one bloc committee, or of every
     * known bloc committee when {@code blocId} is null, in Vietnamese alphabetical order.
     */
    public List<KnownOrganisation> eligibleOrganisations(UUID blocId) {
        List<KnownOrganisation> blocs = blocId == null ? organisations.blocs() : List.of(bloc(blocId));
        Comparator<KnownOrganisation> order = VietnameseText.byName(o -> o.name, o -> o.id);
        return blocs.stream()
                .flatMap(bloc -> organisations.activeGrassrootsBelow(bloc.path).stream()
                        .filter(o -> MovementEligibility.mayRegister(candidate(o), bloc.id)))
                .sorted(order)
                .toList();
    }

    public KnownOrganisation bloc(UUID blocId) {
        return directory.find(blocId)
                .filter(o -> OrganisationType.BLOC_COMMITTEE.name().equals(o.type))
                .orElseThrow(() -> ProblemException.notFound("Không có Đảng bộ Khối với mã " + blocId));
    }

    private static MovementEligibility.Candidate candidate(KnownOrganisation o) {
        return new MovementEligibility.Candidate(o.id, o.type, o.status, o.path);
    }
}
