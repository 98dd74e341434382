package vn.dangbo.testsupport.authz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the runner sends for one cell, apart from the token. */
public final class MatrixRequest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    final Map<String, String> pathParameters = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    String contentType;
    byte[] body;

    public static MatrixRequest create() {
        return new MatrixRequest();
    }

    public MatrixRequest path(String name, Object value) {
        pathParameters.put(name, String.valueOf(value));
        return this;
    }

    public MatrixRequest query(String name, Object value) {
        query.put(name, String.valueOf(value));
        return this;
    }

    public MatrixRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public MatrixRequest json(Object value) {
        try {
            return body("application/json", JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public MatrixRequest text(String contentType, String text) {
        return body(contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    public MatrixRequest body(String contentType, byte[] body) {
        this.contentType = contentType;
        this.body = body;
        return this;
    }
}
