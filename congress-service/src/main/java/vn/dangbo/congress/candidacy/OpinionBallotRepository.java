package vn.dangbo.congress.candidacy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class OpinionBallotRepository implements PanacheRepositoryBase<OpinionBallot, UUID> {
}
