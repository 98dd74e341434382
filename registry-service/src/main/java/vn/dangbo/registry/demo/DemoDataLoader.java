package vn.dangbo.registry.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.member.MemberService;
import vn.dangbo.registry.member.MembershipRules;
import vn.dangbo.registry.member.Sex;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationRepository;
import vn.dangbo.registry.organisation.OrganisationService;

/**
 * Loads the local stack's demo bloc into an empty registry through the same services as the API, so the
 * other services receive it as ordinary events. A registry that already has organisations is left as it
 * is: a second start reuses the data.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final int MEMBERS_PER_TRANSACTION = 500;

    private final boolean enabled;
    private final long seed;
    private final LocalDate referenceDate;
    private final OrganisationRepository organisations;
    private final OrganisationService organisationService;
    private final MemberService memberService;
    private volatile boolean loading;

    public DemoDataLoader(@ConfigProperty(name = "dangbo.demo-data.enabled") boolean enabled,
            @ConfigProperty(name = "dangbo.demo-data.seed") long seed,
            @ConfigProperty(name = "dangbo.demo-data.reference-date") LocalDate referenceDate,
            OrganisationRepository organisations, OrganisationService organisationService,
            MemberService memberService) {
        this.enabled = enabled;
        this.seed = seed;
        this.referenceDate = referenceDate;
        this.organisations = organisations;
        this.organisationService = organisationService;
        this.memberService = memberService;
        this.loading = enabled; // from the first readiness probe on, which may come before onStart
    }

    /** The demo id of a dataset key; the local stack computes the same ids to print officer tokens. */
    public static UUID idOf(String key) {
        return UUID.nameUUIDFromBytes(("dangbo-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        try {
            if (QuarkusTransaction.requiringNew().call(organisations::anyExists)) {
                LOG.info("Demo data: the registry already holds organisations; nothing loaded");
                return;
            }
            load();
        } finally {
            loading = false;
        }
    }

    /** The HTTP server answers while startup observers still run, so readiness waits for the data. */
    public boolean isLoading() {
        return loading;
    }

    private void load() {
        long started = System.nanoTime();
        DemoDataset dataset = DemoDataGenerator.generate(seed, referenceDate);
        QuarkusTransaction.requiringNew().run(() -> loadOrganisations(dataset.organisations()));
        List<DemoMember> members = dataset.members();
        for (int from = 0; from < members.size(); from += MEMBERS_PER_TRANSACTION) {
            List<DemoMember> batch = members.subList(from, Math.min(members.size(), from + MEMBERS_PER_TRANSACTION));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::loadMember));
        }
        LOG.infof("Demo data: %d organisations and %d members loaded in %d ms", dataset.organisations().size(),
                members.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private void loadOrganisations(List<DemoOrganisation> list) {
        Map<String, Organisation> byKey = new HashMap<>();
        for (DemoOrganisation o : list) {
            Organisation parent = o.parentKey() == null ? null : byKey.get(o.parentKey());
            byKey.put(o.key(), organisationService.create(idOf(o.key()), parent, OrganisationType.valueOf(o.type().name()),
                    o.name(), o.shortCode(), o.term()));
        }
    }

    private void loadMember(DemoMember m) {
        LocalDate fullMemberOn = m.fullMemberOn();
        LocalDate earliest = MembershipRules.probationEnds(m.admittedOn());
        if (fullMemberOn != null && fullMemberOn.isBefore(earliest)) {
            fullMemberOn = earliest;
        }
        memberService.register(idOf(m.key()), new RegisterMemberRequest(idOf(m.organisationKey()), m.fullName(),
                m.birthDate().toString(), Sex.valueOf(m.sex()), m.ethnicity(), m.religion(), m.nationalId(), m.phone(),
                m.partyCardNumber(), m.admittedOn(), fullMemberOn, m.jobTitle(), m.workplace(), null), false);
    }
}
