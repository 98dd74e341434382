package vn.dangbo.registry.web;

import java.util.List;
import vn.dangbo.kit.web.ProblemException;

/**
 * Optimistic locking over HTTP: a GET gives the version as ETag, a write names the version it was based on
 * in If-Match. Without it two editors would silently overwrite each other.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** @return the version named by an If-Match header ({@code "3"}, {@code W/"3"} or {@code 3}) */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Thiếu điều kiện tiên quyết",
                    "Hãy gửi tiêu đề If-Match với phiên bản (ETag) đã đọc để tránh ghi đè thay đổi của người khác",
                    List.of(new vn.dangbo.kit.web.Problem.FieldError("If-Match", "bắt buộc")));
        }
        return parse(ifMatch);
    }

    /** @return the version named by If-Match, or null when the client sent none (writes where it is optional) */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    /** Refuses a write based on an older (or any other) version than the stored one. */
    public static void requireCurrent(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw stale(actual);
        }
    }

    public static ProblemException stale(long actual) {
        return new ProblemException(412, "precondition-failed", "Điều kiện tiên quyết không thỏa mãn",
                "Bản ghi đã được thay đổi (phiên bản hiện tại " + actual + "); hãy tải lại rồi thực hiện lại",
                List.of(new vn.dangbo.kit.web.Problem.FieldError("If-Match", "phiên bản đã cũ")));
    }

    private static long parse(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // "*" (any version) would defeat the lock, and other tags were never issued by this service
            throw new ProblemException(412, "precondition-failed", "Điều kiện tiên quyết không thỏa mãn",
                    "If-Match phải là ETag đã đọc từ bản ghi (ví dụ \"3\")",
                    List.of(new vn.dangbo.kit.web.Problem.FieldError("If-Match", "không phải ETag của bản ghi")));
        }
    }
}
