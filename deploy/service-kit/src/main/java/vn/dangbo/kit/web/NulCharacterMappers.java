package vn.dangbo.kit.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * U+0000 in a body field, a query or a path parameter is refused with 400 naming it: PostgreSQL cannot store or
 * compare it (it failed the statement, a 500, before). Found by the OpenAPI fuzzer (issue 16).
 */
public class NulCharacterMappers {

    static final String TITLE = "Dữ liệu không hợp lệ";
    static final String MESSAGE = "không được chứa ký tự NUL (\\u0000)";

    @ServerExceptionMapper
    public Response nulInBody(NulCharacterException e, UriInfo uri) {
        StringBuilder field = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() > 0 ? "." : "").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return refuse(field.toString(), uri);
    }

    /** Before the resource runs: a parameter holding U+0000. */
    @ServerRequestFilter
    public Response nulInParameters(UriInfo uri) {
        String parameter = holdingNul(uri.getPathParameters());
        if (parameter == null) {
            parameter = holdingNul(uri.getQueryParameters());
        }
        return parameter == null ? null : refuse(parameter, uri);
    }

    private static String holdingNul(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static Response refuse(String field, UriInfo uri) {
        return ProblemMappers.respond(400, "validation", TITLE, field + ": " + MESSAGE, uri,
                List.of(new Problem.FieldError(field, MESSAGE)));
    }
}
