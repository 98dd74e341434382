package vn.dangbo.emulation.nomination;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may be nominated, by whom, for which form: the nominee is an active organisation of the bloc's subtree or an
 * active member of one, inside the subtree of the organisation that proposes it; the form comes from the movement's
 * catalogue ({@code awards.forms}), the default one when none is named, and must be open to the nominee's kind.
 * Plain functions.
 */
public final class NominationRules {

    /** An award form as the catalogue lists it (the awards feature owns the section; this reads what it needs). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardForm(String code, String name, String awardedBy, String reservedTo, List<String> recipients,
            boolean countsTowardQuota, @JsonProperty("default") boolean isDefault) {
    }

    /** The forms of section {@code awards}; its other fields belong to the awards feature. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardForms(List<AwardForm> forms) {
    }

    private NominationRules() {
    }

    /**
     * @return the form named, or the default one when {@code code} is blank
     * @throws IllegalArgumentException with the Vietnamese reason when there is none, or it is not open to the kind
     */
    public static AwardForm form(AwardForms catalogue, String code, Nomination.NomineeKind kind) {
        List<AwardForm> forms = catalogue.forms() == null ? List.of() : catalogue.forms();
        Optional<AwardForm> chosen = code == null || code.isBlank()
                ? forms.stream().filter(AwardForm::isDefault).findFirst()
                : forms.stream().filter(f -> f.code().equals(code.strip())).findFirst();
        AwardForm form = chosen.orElseThrow(() -> new IllegalArgumentException(code == null || code.isBlank()
                ? "Phong trào chưa có hình thức khen thưởng mặc định; hãy chọn một trong: " + codes(forms)
                : "Không có hình thức khen thưởng \"" + code.strip() + "\"; các hình thức: " + codes(forms)));
        if (form.recipients() == null || !form.recipients().contains(kind.name())) {
            throw new IllegalArgumentException(form.name() + " của " + form.awardedBy() + " không dành cho "
                    + (kind == Nomination.NomineeKind.MEMBER ? "cá nhân" : "tập thể"));
        }
        return form;
    }

    /**
     * @param path the organisation's path of ancestor ids, inclusive: {@code /root/.../id/}
     * @return whether the organisation is {@code root} or lies below it
     */
    public static boolean within(String path, UUID organisationId, UUID root) {
        return root.equals(organisationId) || (path != null && path.contains("/" + root + "/"));
    }

    /** @return whether the organisation lies strictly below the bloc (the bloc itself is not nominated) */
    public static boolean insideBloc(String path, UUID organisationId, UUID blocId) {
        return !blocId.equals(organisationId) && within(path, organisationId, blocId);
    }

    private static String codes(List<AwardForm> forms) {
        return String.join(", ", forms.stream().map(AwardForm::code).toList());
    }
}
