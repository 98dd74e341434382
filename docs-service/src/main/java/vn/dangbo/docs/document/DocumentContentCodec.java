package vn.dangbo.docs.document;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.LargeText;
import vn.dangbo.docs.rendering.QrCode;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Table;

/**
 * A {@link PartyDocument} as stored JSON and back, losslessly, so a stored document renders again exactly as
 * issued. Its own mapper: the stored form must not change with the HTTP API's Jackson settings.
 */
public final class DocumentContentCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .addMixIn(Block.class, BlockMixin.class)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private DocumentContentCodec() {
    }

    public static String toJson(PartyDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document content cannot be serialised", e);
        }
    }

    /** The copies of a batch (one document per addressee), as a JSON array. */
    public static String toJsonList(java.util.List<PartyDocument> documents) {
        try {
            return MAPPER.writerFor(new com.fasterxml.jackson.core.type.TypeReference<java.util.List<PartyDocument>>() { })
                    .writeValueAsString(documents);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("document content cannot be serialised", e);
        }
    }

    public static PartyDocument fromJson(String json) {
        try {
            return MAPPER.readValue(json, PartyDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document content cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "block")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = LargeText.class, name = "large"),
        @JsonSubTypes.Type(value = QrCode.class, name = "qr")})
    interface BlockMixin {
    }
}
