package vn.dangbo.congress.congress;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CongressRepository implements PanacheRepositoryBase<Congress, UUID> {
}
