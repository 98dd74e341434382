package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * A JSON string holding U+0000: PostgreSQL cannot store it in a text column, so it is refused while the body is read,
 * with the field's path (before, the insert failed and the client got a 500).
 */
public class NulCharacterException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    public NulCharacterException(JsonParser parser) {
        super(parser, "a string holds the character U+0000");
    }
}
