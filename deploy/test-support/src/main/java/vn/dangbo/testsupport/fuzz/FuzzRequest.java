package vn.dangbo.testsupport.fuzz;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * One malformed request: what it does wrong ({@code mutation}, and the body field it aims at, if any) and its bytes.
 * {@link #reproduce(String)} prints it as a {@code curl} command.
 */
public record FuzzRequest(long index, String operation, String mutation, String field, String method, String target,
        Map<String, String> headers, byte[] body) {

    /** A curl command sending the same request (the body as text when it is short UTF-8, else in base64). */
    public String reproduce(String baseUrl) {
        StringBuilder curl = new StringBuilder("curl -sS -i -X ").append(method).append(" '").append(baseUrl)
                .append(target).append('\'');
        headers.forEach((name, value) -> curl.append(" -H '").append(name).append(": ")
                .append(name.equalsIgnoreCase("Authorization") ? "Bearer $TOKEN" : value).append('\''));
        if (body != null) {
            String text = utf8(body);
            if (text != null && body.length <= 4096) {
                curl.append(" --data-binary '").append(text.replace("'", "'\\''")).append('\'');
            } else if (body.length <= 4096) {
                curl.append(" --data-binary @<(echo '").append(Base64.getEncoder().encodeToString(body))
                        .append("' | base64 -d)");
            } else {
                curl.append(" --data-binary @body  # ").append(body.length).append(" bytes, starting ")
                        .append(new String(body, 0, 200, StandardCharsets.UTF_8).replace("\n", " "));
            }
        }
        return curl.toString();
    }

    /** One line: the index, the operation, the mutation and the field. */
    public String describe() {
        return "#" + index + " " + operation + " [" + mutation + (field == null ? "" : " " + field) + "] " + method
                + " " + (target.length() > 200 ? target.substring(0, 200) + "…" : target);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
