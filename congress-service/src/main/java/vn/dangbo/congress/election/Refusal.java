package vn.dangbo.congress.election;

/** Why a stated structure is refused: the request field at fault and a Vietnamese sentence naming the limit. */
public record Refusal(String field, String message) {
}
