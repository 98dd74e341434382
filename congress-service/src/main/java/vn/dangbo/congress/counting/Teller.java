package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A member of a congress' counting committee; entries name the teller by code. */
@Entity
@Table(name = "counting_teller")
public class Teller {

    @Id
    public UUID id;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Column(nullable = false)
    public String code;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TellerRole role;

    @Column(nullable = false)
    public int position;
}
