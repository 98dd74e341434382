package vn.dangbo.kit.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An organisation as the registry publishes it, kept by a consuming service. */
@Entity
@Table(name = "known_organisation")
public class KnownOrganisation {

    @Id
    public UUID id;

    @Column(name = "parent_id")
    public UUID parentId;

    /** Ancestor ids from the root to this organisation, inclusive: {@code /root/.../id/}. */
    @Column(nullable = false)
    public String path;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_code")
    public String shortCode;

    @Column(nullable = false)
    public String status;

    /** The registry's version of this organisation; older events than the stored one are ignored. */
    @Column(nullable = false)
    public long version;
}
