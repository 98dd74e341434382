package vn.dangbo.registry.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;

@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    public UUID id;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Ancestor ids from the root to this organisation, inclusive: {@code /root/.../id/}. */
    @Column(nullable = false)
    public String path;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationType type;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_code")
    public String shortCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrganisationStatus status;

    public String term;

    /** Set when the organisation was merged into another one (status MERGED); the row stays for history. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    @Version
    public long version;

    public List<UUID> pathIds() {
        List<UUID> ids = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                ids.add(UUID.fromString(part));
            }
        }
        return ids;
    }
}
