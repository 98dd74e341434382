package vn.dangbo.kit.web;

import java.util.List;

/**
 * A refusal the user must read: the HTTP status, a Vietnamese title and detail, and the fields at fault.
 * Domain rules throw it (or a subclass); the mapper turns it into problem+json.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Không tìm thấy", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "conflict", "Xung đột dữ liệu", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Không có quyền", detail, List.of());
    }

    /** A request that is well-formed but breaks a rule (e.g. the 12-month probation). */
    public static ProblemException ruleViolated(String detail, String field) {
        return new ProblemException(422, "rule-violated", "Vi phạm quy định", detail,
                field == null ? List.of() : List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Dữ liệu không hợp lệ", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
