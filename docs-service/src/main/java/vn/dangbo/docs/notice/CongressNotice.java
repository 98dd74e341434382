package vn.dangbo.docs.notice;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * What a congress notice says, taken from {@code vn.dangbo.congress.congress.scheduled.v1}. Names are kept in NFC.
 *
 * @param organisationType  the registry's type of the organisation holding the congress (e.g. CELL)
 * @param convenerType      the registry's type of the convener; null in events published before the producer
 *                          carried it (see {@link #convenerIsCell()})
 * @param convenerShortCode the issuer's code in document symbols (e.g. ĐU); null when the registry has none
 * @param higherBodyName    the convener's parent organisation; null at the top of the tree
 * @param issuedOn          the notice's date
 */
public record CongressNotice(UUID congressId, UUID organisationId, String organisationName, String organisationType,
        Kind kind, LocalDate startDate, LocalDate endDate, int days, boolean pilot, String term, UUID convenerId,
        String convenerName, String convenerType, String convenerShortCode, String higherBodyName, LocalDate issuedOn) {

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
        organisationName = VietnameseText.nfc(organisationName);
        convenerName = VietnameseText.nfc(convenerName);
        convenerShortCode = VietnameseText.nfc(convenerShortCode);
        higherBodyName = VietnameseText.nfc(higherBodyName);
    }

    /** The convener convenes its own congress (a committee or a grassroots cell), not a subordinate's. */
    public boolean ownCongress() {
        return convenerId.equals(organisationId);
    }

    /**
     * Whether the convener is a cell (chi bộ), which issues in its own name, rather than a committee, which issues
     * through its đảng ủy — by the registry's type, whatever the name says. An event without the convener's type
     * follows the schema's rule: the convener is the organisation itself, or the committee above a cell.
     */
    public boolean convenerIsCell() {
        String type = convenerType != null ? convenerType : ownCongress() ? organisationType : null;
        return OrganisationType.parse(type).map(OrganisationType::holdsMembers).orElse(false);
    }
}
