package vn.dangbo.registry.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.organisation.OrganisationRecords.CreateOrganisationRequest;

@ApplicationScoped
public class OrganisationService {

    private final OrganisationRepository organisations;
    private final Outbox outbox;
    private final AccessGuard access;

    public OrganisationService(OrganisationRepository organisations, Outbox outbox, AccessGuard access) {
        this.organisations = organisations;
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Organisation create(CreateOrganisationRequest request) {
        Organisation parent = null;
        if (request.parentId() != null) {
            parent = organisations.findByIdOptional(request.parentId())
                    .orElseThrow(() -> ProblemException.invalid("parentId", "không có tổ chức đảng với mã này"));
            if (parent.status != OrganisationStatus.ACTIVE) {
                throw ProblemException.ruleViolated("Tổ chức cấp trên đã giải thể hoặc hợp nhất", "parentId");
            }
        }
        access.requireWriteAccess(parent == null ? null : parent.id);
        if (!request.type().mayBeChildOf(parent == null ? null : parent.type)) {
            throw ProblemException.ruleViolated(parent == null
                    ? "Chỉ Đảng bộ Khối (BLOC_COMMITTEE) được là tổ chức cấp cao nhất"
                    : "Loại tổ chức " + request.type() + " không thể trực thuộc " + parent.type, "type");
        }
        return create(UUID.randomUUID(), parent, request.type(), request.name(), request.shortCode(), request.term());
    }

    /** Also used by the demo data loader, which runs with full rights. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organisation create(UUID id, Organisation parent, OrganisationType type, String name, String shortCode,
            String term) {
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.parentId = parent == null ? null : parent.id;
        organisation.path = (parent == null ? "/" : parent.path) + organisation.id + "/";
        organisation.type = type;
        organisation.name = nfc(name);
        organisation.shortCode = shortCode == null || shortCode.isBlank() ? null : nfc(shortCode);
        organisation.status = OrganisationStatus.ACTIVE;
        organisation.term = term;
        organisations.persist(organisation);
        outbox.publish(OrganisationEvents.TOPIC, OrganisationEvents.CREATED, organisation.id.toString(),
                new OrganisationEvents.Created(OrganisationEvents.state(organisation)));
        return organisation;
    }

    public Organisation get(UUID id) {
        return organisations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + id));
    }

    public List<Organisation> children(UUID id) {
        get(id);
        return organisations.children(id);
    }

    static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
