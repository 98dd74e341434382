package vn.dangbo.congress.candidacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WithdrawalRepository implements PanacheRepositoryBase<Withdrawal, UUID> {

    public List<Withdrawal> ofCandidate(UUID candidateId) {
        return list("candidateId = ?1 order by recordedAt", candidateId);
    }
}
