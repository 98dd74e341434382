package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string holding U+0000: PostgreSQL cannot store it in a text column, so it is refused while the body is read,
 * with the field's path (before, the insert failed and the client got a 500). A MismatchedInputException because
 * Quarkus REST rethrows those as they are (other binding errors reach the mappers wrapped, without their path).
 */
public class NulCharacterException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;

    public NulCharacterException(JsonParser parser) {
        super(parser, "a string holds the character U+0000", String.class);
    }
}
