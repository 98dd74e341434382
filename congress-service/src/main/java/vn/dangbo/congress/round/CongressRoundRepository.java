package vn.dangbo.congress.round;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CongressRoundRepository implements PanacheRepositoryBase<CongressRound, UUID> {
}
