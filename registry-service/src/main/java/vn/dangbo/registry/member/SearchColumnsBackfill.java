package vn.dangbo.registry.member;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Fills the search and sort columns of members written before they existed (migration V3). Runs at start
 * in small transactions; a no-op once every row has them.
 */
@ApplicationScoped
public class SearchColumnsBackfill {

    private static final Logger LOG = Logger.getLogger(SearchColumnsBackfill.class);
    private static final int BATCH = 1_000;

    private final MemberRepository members;

    public SearchColumnsBackfill(MemberRepository members) {
        this.members = members;
    }

    void onStart(@Observes StartupEvent event) {
        int filled = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> {
                List<Object[]> rows = members.getEntityManager()
                        .createNativeQuery("select id, full_name from member where sort_key is null limit " + BATCH)
                        .getResultList();
                for (Object[] row : rows) {
                    String name = (String) row[1];
                    members.getEntityManager()
                            .createNativeQuery("update member set name_search = :search, sort_key = :sort where id = :id")
                            .setParameter("search", VietnameseText.fold(name))
                            .setParameter("sort", VietnameseText.sortKey(name))
                            .setParameter("id", row[0])
                            .executeUpdate();
                }
                return rows.size();
            });
            filled += done;
            if (done < BATCH) {
                break;
            }
        }
        if (filled > 0) {
            LOG.infof("Filled the search columns of %d members", filled);
        }
    }
}
