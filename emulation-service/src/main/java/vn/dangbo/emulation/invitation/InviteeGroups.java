package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.invitation.EventDesk.Desk;
import vn.dangbo.emulation.invitation.InvitationRecords.GroupCount;
import vn.dangbo.emulation.invitation.InvitationRecords.GroupsResponse;
import vn.dangbo.emulation.invitation.InviteeRules.Person;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.emulation.invitation.InviteeSettings.Source;
import vn.dangbo.emulation.movement.MovementService;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/** An event's invitee groups as they stand (counted live from their sources) and the cells the office chooses. */
@ApplicationScoped
public class InviteeGroups {

    private final EventDesk desks;
    private final InviteeSources sources;
    private final InvitationRepository repository;
    private final OrganisationDirectory organisations;
    private final MovementService participants;
    private final ChangeRecorder changes;

    public InviteeGroups(EventDesk desks, InviteeSources sources, InvitationRepository repository,
            OrganisationDirectory organisations, MovementService participants, ChangeRecorder changes) {
        this.desks = desks;
        this.sources = sources;
        this.repository = repository;
        this.organisations = organisations;
        this.participants = participants;
        this.changes = changes;
    }

    /** Each group with how many people it brings; the total counts each person once. */
    @Transactional
    public GroupsResponse groups(UUID movementId, UUID eventId) {
        return groups(desks.read(movementId, eventId));
    }

    private GroupsResponse groups(Desk desk) {
        List<Person> people = InviteeRules.merge(sources.candidates(desk), desk.groupOrder());
        List<GroupCount> counts = new ArrayList<>();
        for (Group g : desk.groups()) {
            int count = (int) people.stream().filter(p -> p.roles().stream()
                    .anyMatch(r -> r.groupCode().equals(g.code()))).count();
            List<UUID> cells = g.source() == Source.CHOSEN_CELL_SECRETARIES
                    ? repository.chosenCells(desk.gathering().id, g.code()).stream().sorted().toList() : null;
            counts.add(new GroupCount(g.code(), g.label(), g.source().name(), count, cells));
        }
        return new GroupsResponse(counts, people.size());
    }

    /** The cells whose secretaries are invited: each a cell (chi bộ trực thuộc) under one of the participants. */
    @Transactional
    public GroupsResponse chooseCells(UUID movementId, UUID eventId, String code, List<UUID> organisationIds) {
        Desk desk = desks.write(movementId, eventId);
        Group group = desk.group(code, "code");
        if (group.source() != Source.CHOSEN_CELL_SECRETARIES) {
            throw ProblemException.ruleViolated("Nhóm “" + group.label() + "” không phải nhóm các chi bộ được chọn",
                    "code");
        }
        List<KnownOrganisation> under = participants.eligibleOrganisations(desk.movement().blocId);
        List<UUID> chosen = new ArrayList<>(new LinkedHashSet<>(organisationIds));
        for (UUID id : chosen) {
            KnownOrganisation cell = organisations.find(id).orElseThrow(() -> ProblemException.ruleViolated(
                    "Không có tổ chức với mã " + id, "organisationIds"));
            if (!OrganisationType.CELL.name().equals(cell.type)) {
                throw ProblemException.ruleViolated(cell.name + " không phải chi bộ trực thuộc đảng bộ cơ sở",
                        "organisationIds");
            }
            if (under.stream().noneMatch(p -> organisations.contains(p.id, cell.id))) {
                throw ProblemException.ruleViolated(cell.name + " không thuộc đảng bộ cơ sở nào tham gia phong trào",
                        "organisationIds");
            }
        }
        List<UUID> before = repository.chosenCells(desk.gathering().id, code).stream().sorted().toList();
        repository.replaceChosenCells(desk.gathering().id, code, chosen);
        changes.record(Change.of(desk.gathering().id).audit("invitee-group-cells", "CHOSEN", before,
                () -> chosen.stream().sorted().toList()));
        return groups(desk);
    }
}
