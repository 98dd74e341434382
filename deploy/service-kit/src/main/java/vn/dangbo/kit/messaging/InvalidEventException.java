package vn.dangbo.kit.messaging;

/** An event that can never be processed as it is: it goes to the dead-letter topic, with this message as the reason. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }
}
