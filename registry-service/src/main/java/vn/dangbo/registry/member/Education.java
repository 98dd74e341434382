package vn.dangbo.registry.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Trình độ as the member handbook keeps it, each part optional: general education (giáo dục phổ thông, e.g.
 * "12/12"), professional qualification (chuyên môn nghiệp vụ, e.g. "Thạc sĩ Kinh tế") and political theory
 * (lý luận chính trị). Stored as columns of the member.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Education(
        @Size(max = MAX_GENERAL, message = "tối đa " + MAX_GENERAL + " ký tự (ví dụ 12/12)") String generalEducation,
        @Size(max = MAX_PROFESSIONAL, message = "tối đa " + MAX_PROFESSIONAL + " ký tự") String professionalQualification,
        PoliticalTheory politicalTheory) {

    public static final int MAX_GENERAL = 30;
    public static final int MAX_PROFESSIONAL = 200;
    public static final Education NONE = new Education(null, null, null);

    /** Blank parts as null, text stripped and NFC (the form it is stored and compared in). */
    public Education normalised() {
        return new Education(text(generalEducation), text(professionalQualification), politicalTheory);
    }

    static Education of(Member m) {
        return new Education(m.generalEducation, m.professionalQualification, m.politicalTheory);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : VietnameseText.nfcStripped(value);
    }
}
