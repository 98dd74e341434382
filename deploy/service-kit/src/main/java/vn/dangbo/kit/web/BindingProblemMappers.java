package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A JSON value the binding cannot turn into its field's type, for the failures the specific mappers of
 * {@link ProblemMappers} do not cover (e.g. an array where a time is expected): 400 naming the field when Jackson
 * knows it, as for a wrong type; malformed JSON otherwise. Found by the OpenAPI fuzzer (issue 16): such a body was
 * answered "JSON không hợp lệ" without the field.
 */
public class BindingProblemMappers {

    static final String WRONG_TYPE = "giá trị không đúng kiểu dữ liệu";

    @ServerExceptionMapper
    public Response binding(JsonMappingException e, UriInfo uri) {
        return named(e, uri);
    }

    static Response named(JsonMappingException e, UriInfo uri) {
        String field = ProblemMappers.jsonPath(e);
        // a body cut short fails inside its last field too, but the fault is the document's, not the value's
        if (field.isEmpty() || cutShort(e)) {
            return new ProblemMappers().malformedJson(e, uri);
        }
        return ProblemMappers.respond(400, "validation", "Dữ liệu không hợp lệ", field + ": " + WRONG_TYPE, uri,
                List.of(new Problem.FieldError(field, WRONG_TYPE)));
    }

    private static boolean cutShort(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }
}
