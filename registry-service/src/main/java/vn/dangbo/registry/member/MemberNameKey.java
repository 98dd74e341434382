package vn.dangbo.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * One word of a member's folded name with the words after it ("van an" of "nguyen van an"): name search is a
 * prefix range on these keys. Written by the database (V10__member_name_keys), read by searches only.
 */
@Entity
@Table(name = "member_name_key")
@IdClass(MemberNameKey.Key.class)
public class MemberNameKey {

    @Id
    @Column(name = "name_key")
    public String nameKey;

    @Id
    @Column(name = "member_id")
    public UUID memberId;

    public static class Key implements Serializable {

        public String nameKey;
        public UUID memberId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(nameKey, k.nameKey) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nameKey, memberId);
        }
    }
}
