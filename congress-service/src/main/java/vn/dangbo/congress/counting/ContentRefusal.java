package vn.dangbo.congress.counting;

/** An entry whose content cannot be a ballot of this list (the field at fault, a Vietnamese reason). */
public class ContentRefusal extends RuntimeException {

    private final String field;

    public ContentRefusal(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
