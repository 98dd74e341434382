package vn.dangbo.docs.document;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The bodies of {@code POST /documents} and {@code POST /documents/batch}. */
public final class IssueRequests {

    private IssueRequests() {
    }

    /**
     * @param type       template: plan, decision, ..., or its code KH, QĐ, ...
     * @param term       the issuer's committee term, e.g. 2020-2025: numbers run from 01 within it
     * @param congressId for congress documents: they share one number run per congress
     * @param date       the date printed; today (Vietnam time) when absent
     * @param place      the place printed before the date; the configured place when absent
     * @param title      the listed title; derived from the type and summary when absent
     * @param data       the template's values ({@code data.*} in the template)
     */
    public record IssueRequest(@NotBlank String type, @NotNull @Valid Issuer issuer, @NotBlank @Size(max = 20) String term,
            UUID congressId, @Size(max = 200) String relatedTo, LocalDate date, String place, @Size(max = 1000) String title,
            @NotNull Map<String, Object> data) {
    }

    /**
     * One template for many addressees (e.g. 350 invitations): one number, one document, one copy per addressee
     * ({@code addressee.*} in the template).
     */
    public record BatchRequest(@NotBlank String type, @NotNull @Valid Issuer issuer, @NotBlank @Size(max = 20) String term,
            UUID congressId, @Size(max = 200) String relatedTo, LocalDate date, String place, @Size(max = 1000) String title,
            @NotNull Map<String, Object> data, @NotEmpty @Size(max = 5000) List<Map<String, Object>> addressees) {

        IssueRequest common() {
            return new IssueRequest(type, issuer, term, congressId, relatedTo, date, place, title, data);
        }
    }

    /**
     * @param shortCode  the code in document symbols, e.g. ĐUK
     * @param higherBody the body above the issuer, printed above its name (e.g. ĐẢNG BỘ TỈNH LÀO CAI)
     */
    public record Issuer(@NotNull UUID id, @NotBlank String name, @NotBlank @Size(max = 20) String shortCode,
            String higherBody) {
    }
}
