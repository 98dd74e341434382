package vn.dangbo.emulation.award;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules of deciding awards: the quota, and what a valid {@code awards} section is. Plain Java. */
public final class AwardRules {

    static final Set<String> RECIPIENT_KINDS = Set.of("ORGANISATION", "MEMBER");

    private AwardRules() {
    }

    /**
     * Judges a decision of {@code adding} awards when {@code standing} awards of the movement already count toward
     * the quota.
     */
    public static QuotaVerdict quota(int quota, int standing, int adding) {
        int after = standing + adding;
        if (after > quota) {
            return new QuotaVerdict(false, after, Optional.of("Vượt chỉ tiêu khen thưởng: tối đa " + quota
                    + " tập thể, cá nhân; đã khen " + standing + ", quyết định thêm " + adding + " thành " + after));
        }
        if (after < quota) {
            return new QuotaVerdict(true, after, Optional.of("Mới khen " + after + " trên chỉ tiêu " + quota
                    + " tập thể, cá nhân (còn " + (quota - after) + ")"));
        }
        return new QuotaVerdict(true, after, Optional.empty());
    }

    /**
     * @param allowed false when the decision would exceed the quota; then {@code message} says why
     * @param message the refusal, or the warning when fewer than the quota are awarded
     */
    public record QuotaVerdict(boolean allowed, int awardedAfter, Optional<String> message) {
    }

    /** What is wrong with a value of the {@code awards} section, each naming its field, in Vietnamese. */
    public static List<String> problems(AwardSettings settings) {
        List<String> problems = new ArrayList<>();
        if (settings.quota() < 1) {
            problems.add("quota: phải từ 1 trở lên");
        }
        if (settings.forms().isEmpty()) {
            problems.add("forms: phải có ít nhất một hình thức khen thưởng");
        }
        long defaults = settings.forms().stream().filter(AwardSettings.Form::isDefault).count();
        if (!settings.forms().isEmpty() && defaults != 1) {
            problems.add("forms: phải có đúng một hình thức mặc định (đang có " + defaults + ")");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < settings.forms().size(); i++) {
            AwardSettings.Form form = settings.forms().get(i);
            String at = "forms[" + i + "].";
            if (blank(form.code())) {
                problems.add(at + "code: không được để trống");
            } else if (!codes.add(form.code())) {
                problems.add(at + "code: mã " + form.code() + " bị trùng");
            }
            if (blank(form.name())) {
                problems.add(at + "name: không được để trống");
            }
            if (blank(form.awardedBy())) {
                problems.add(at + "awardedBy: không được để trống");
            }
            if (form.recipients().isEmpty() || !RECIPIENT_KINDS.containsAll(form.recipients())) {
                problems.add(at + "recipients: chỉ gồm ORGANISATION và/hoặc MEMBER, ít nhất một");
            }
            if (form.reserved() && form.countsTowardQuota()) {
                problems.add(at + "countsTowardQuota: hình thức do cấp trên quyết định không tính vào chỉ tiêu");
            }
        }
        return problems;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
