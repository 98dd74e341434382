package vn.dangbo.emulation.member;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * The members of the registry ({@code registry.members.v1}), kept in {@code known_member}: every member event carries
 * the member's state after the change and is applied as an upsert; an older version arriving late changes nothing.
 */
@ApplicationScoped
public class MemberDirectory {

    private static final Logger LOG = Logger.getLogger(MemberDirectory.class);
    static final String MEMBER_EVENT_PREFIX = "vn.dangbo.registry.member.";

    private final EntityManager entityManager;

    public MemberDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<KnownMember> find(UUID id) {
        return Optional.ofNullable(entityManager.find(KnownMember.class, id));
    }

    /** The active members who hold this role in this organisation now (its secretary, its deputies...). */
    public List<KnownMember> holding(UUID organisationId, String role) {
        return entityManager.createQuery("select m from KnownMember m join m.positions p where p.organisationId = :o "
                        + "and p.role = :role and m.state = :active", KnownMember.class)
                .setParameter("o", organisationId).setParameter("role", role)
                .setParameter("active", KnownMember.ACTIVE).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public KnownMember apply(IncomingEvent event) {
        if (!event.type().startsWith(MEMBER_EVENT_PREFIX)) {
            // forward compatible: a newer registry may publish types this version does not know
            LOG.debugf("member directory: ignoring event %s of type %s", event.id(), event.type());
            return null;
        }
        UUID id = uuid(event, event.required("/member/id").asText(), "/member/id");
        long version = event.required("/member/version").asLong();
        KnownMember member = entityManager.find(KnownMember.class, id);
        if (member != null && member.version >= version) {
            return member;
        }
        boolean isNew = member == null;
        if (isNew) {
            member = new KnownMember();
            member.id = id;
        }
        member.organisationId = uuid(event, event.required("/member/organisationId").asText(),
                "/member/organisationId");
        member.fullName = nfcStripped(event.required("/member/fullName").asText());
        member.sex = event.required("/member/sex").asText();
        member.status = event.required("/member/status").asText();
        JsonNode state = event.data().at("/member/state");
        member.state = state.isTextual() ? state.asText() : KnownMember.ACTIVE;
        member.version = version;
        member.positions.clear();
        for (JsonNode position : event.data().at("/member/positions")) {
            JsonNode endedOn = position.path("endedOn");
            if (endedOn.isMissingNode() || endedOn.isNull()) {
                member.positions.add(new MemberPosition(uuid(event, position.path("organisationId").asText(),
                        "/member/positions/organisationId"), position.path("role").asText()));
            }
        }
        if (isNew) {
            entityManager.persist(member);
        }
        return member;
    }

    private static UUID uuid(IncomingEvent event, String value, String pointer) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + ": " + pointer + " is not a UUID: " + value);
        }
    }
}
