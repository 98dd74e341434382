package vn.dangbo.docs.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * What a congress notice says, taken from {@code vn.dangbo.congress.congress.scheduled.v1}.
 *
 * @param convenerShortCode the issuer's code in document symbols (e.g. ĐU); null when the registry has none
 * @param higherBodyName    the convener's parent organisation; null at the top of the tree
 * @param issuedOn          the notice's date
 */
public record CongressNotice(UUID congressId, UUID organisationId, String organisationName, Kind kind,
        LocalDate startDate, LocalDate endDate, int days, boolean pilot, String term, UUID convenerId,
        String convenerName, String convenerShortCode, String higherBodyName, LocalDate issuedOn) {

    /** Đại hội toàn thể đảng viên / đại hội đại biểu. */
    public enum Kind {
        ALL_MEMBER,
        DELEGATE
    }

    public CongressNotice {
        Objects.requireNonNull(congressId, "congressId");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(convenerId, "convenerId");
        Objects.requireNonNull(convenerName, "convenerName");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (endDate == null) {
            endDate = startDate.plusDays(Math.max(days, 1) - 1L);
        }
    }

    /** The convener convenes its own congress (a committee or a grassroots cell), not a subordinate's. */
    public boolean ownCongress() {
        return convenerId.equals(organisationId);
    }
}
