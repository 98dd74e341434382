package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every 4xx and 5xx leaves as application/problem+json with a Vietnamese title; a stack trace never
 * does. Unexpected failures are logged with an id the user can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_PREFIX = "urn:dangbo:problem:";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.slug(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "validation", "Dữ liệu không hợp lệ", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "validation", "Dữ liệu không hợp lệ", "Trường không được hỗ trợ: " + field, uri,
                List.of(new Problem.FieldError(field, "trường không được hỗ trợ")));
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(400, "validation", "Dữ liệu không hợp lệ",
                field + ": giá trị \"" + e.getValue() + "\" không đúng kiểu dữ liệu", uri,
                List.of(new Problem.FieldError(field, "giá trị không đúng kiểu dữ liệu")));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(400, "malformed-json", "JSON không hợp lệ", "Nội dung gửi lên không đúng cấu trúc JSON mong đợi",
                    uri, List.of());
        }
        return respond(400, "validation", "Dữ liệu không hợp lệ", field + ": giá trị không đúng kiểu dữ liệu", uri,
                List.of(new Problem.FieldError(field, "giá trị không đúng kiểu dữ liệu")));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(400, "malformed-json", "JSON không hợp lệ",
                "Nội dung gửi lên không phải JSON hợp lệ (dòng " + line(e) + ")", uri, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return respond(409, "conflict", "Xung đột dữ liệu",
                "Bản ghi vừa được người khác thay đổi; hãy tải lại và thử lại", uri, List.of());
    }

    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        if (e.getKind() == ConstraintKind.UNIQUE) {
            return respond(409, "conflict", "Xung đột dữ liệu",
                    "Dữ liệu trùng với một bản ghi đã có (" + e.getConstraintName() + ")", uri, List.of());
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(Exception e, UriInfo uri) {
        return Response.fromResponse(respond(401, "unauthorized", "Chưa xác thực",
                "Cần mã truy cập (Bearer JWT) hợp lệ", uri, List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "forbidden", "Không có quyền", "Vai trò của bạn không được phép thực hiện thao tác này",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            // Quarkus REST wraps the binding's failures but for MismatchedInputException: name the field all the same
            return BindingProblemMappers.named(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return malformedJson(json, uri);
        }
        return respond(status, "http-" + status, titleFor(status), detailFor(status), uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(500, "internal", "Lỗi hệ thống",
                "Đã xảy ra lỗi không mong muốn; mã lỗi " + errorId + " (hãy báo mã này cho quản trị viên)", uri,
                List.of());
    }

    static Response respond(int status, String slug, String title, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        String type = slug.startsWith("http-") ? "about:blank" : TYPE_PREFIX + slug;
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.request.fullName" -> "fullName": below a body parameter the field alone names the error;
        // a path or query parameter is named by itself.
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        int first = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            first = 1;
        }
        if (nodes.size() > first + 1 && nodes.get(first).getKind() == ElementKind.PARAMETER) {
            first++;
        }
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes.subList(first, nodes.size())) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        return field.length() == 0 ? String.valueOf(violation.getPropertyPath()) : field.toString();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String line(JsonProcessingException e) {
        return e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
    }

    private static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Yêu cầu không hợp lệ";
            case 401 -> "Chưa xác thực";
            case 403 -> "Không có quyền";
            case 404 -> "Không tìm thấy";
            case 405 -> "Phương thức không được hỗ trợ";
            case 406 -> "Định dạng phản hồi không được hỗ trợ";
            case 409 -> "Xung đột dữ liệu";
            case 412 -> "Điều kiện tiên quyết không thỏa mãn";
            case 415 -> "Kiểu nội dung không được hỗ trợ";
            case 428 -> "Thiếu điều kiện tiên quyết";
            default -> "Yêu cầu không được chấp nhận";
        };
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "Không có tài nguyên tại địa chỉ này";
            case 405 -> "Địa chỉ này không hỗ trợ phương thức HTTP đã dùng";
            case 406 -> "Không thể trả về định dạng được yêu cầu trong tiêu đề Accept";
            case 415 -> "Hãy gửi nội dung với Content-Type: application/json";
            default -> titleFor(status);
        };
    }
}
