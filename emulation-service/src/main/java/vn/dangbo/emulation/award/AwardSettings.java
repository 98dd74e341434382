package vn.dangbo.emulation.award;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The {@code awards} section of a movement's settings: how many awards the bloc may decide, and the catalogue of
 * award forms (the forms are data: a new form is a settings change, not a code change). Plain Java.
 *
 * @param quota at most this many collectives and individuals together hold a form that counts toward it (85)
 */
public record AwardSettings(String source, int quota, List<Form> forms) {

    public AwardSettings {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    /**
     * One award form (hình thức khen thưởng).
     *
     * @param awardedBy        the body awarding it, printed on the certificate (Ban Thường vụ Đảng ủy Khối)
     * @param reservedTo       a higher body only it may award (Ban Thường vụ Tỉnh ủy): the bloc proposes, it decides
     * @param recipients       ORGANISATION and/or MEMBER
     * @param countsTowardQuota whether an award of this form takes a place of the quota
     * @param isDefault        the form of a nomination that names none
     */
    public record Form(String code, String name, String awardedBy, String reservedTo, List<String> recipients,
            boolean countsTowardQuota, @JsonProperty("default") boolean isDefault) {

        public Form {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }

        /** A form the bloc cannot decide: it goes to {@link #reservedTo} as a proposal (tờ trình). */
        public boolean reserved() {
            return reservedTo != null && !reservedTo.isBlank();
        }
    }

    public java.util.Optional<Form> form(String code) {
        return forms.stream().filter(f -> f.code().equals(code)).findFirst();
    }

    /** The form of an award decided earlier, even when the office has since removed it from the catalogue. */
    public Form formOf(String code) {
        return form(code).orElse(new Form(code, code, code, null, List.of(), false, false));
    }

    public java.util.Optional<Form> defaultForm() {
        return forms.stream().filter(Form::isDefault).findFirst();
    }
}
