package vn.dangbo.docs.document;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dangbo.docs.rendering.UnrenderableTextException;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.kit.web.ProblemMappers;

/**
 * A character that reached the renderer without a glyph (from a template, since request values are checked
 * first) is a 422 naming it, never a "#" or a blank in the file.
 */
public class RenderingProblems {

    private final ProblemMappers mappers = new ProblemMappers();

    @ServerExceptionMapper
    public Response unrenderable(UnrenderableTextException e, UriInfo uri) {
        String field = "template: " + e.location();
        return mappers.problem(new ProblemException(422, "rule-violated", "Vi phạm quy định",
                "Ký tự " + vn.dangbo.docs.rendering.FontCoverage.label(e.codePoint()) + " (" + e.location()
                        + ") không có trong phông chữ Liberation Serif nên không in được",
                List.of(new vn.dangbo.kit.web.Problem.FieldError(field, "ký tự không in được"))), uri);
    }
}
