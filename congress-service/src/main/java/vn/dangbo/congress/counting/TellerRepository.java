package vn.dangbo.congress.counting;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TellerRepository implements PanacheRepositoryBase<Teller, UUID> {

    public List<Teller> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by position", congressId);
    }

    public Optional<Teller> byCode(UUID congressId, String code) {
        return find("congressId = ?1 and code = ?2", congressId, code).firstResultOptional();
    }
}
