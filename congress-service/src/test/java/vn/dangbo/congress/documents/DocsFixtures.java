package vn.dangbo.congress.documents;

import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * docs-service's side of the contract, played by the tests: documents issued and voided as docs-service publishes
 * them, each checked against docs-service's own schema file before it goes to the real Kafka.
 */
final class DocsFixtures {

    static final String TOPIC = "docs.documents.v1";
    static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    static final String VOIDED = "vn.dangbo.docs.document.voided.v1";

    private DocsFixtures() {
    }

    /** A document issued for the congress; @return its CloudEvents id */
    static String issued(UUID documentId, String type, String symbol, String title, String relatedTo,
            LocalDate issuedOn) {
        return send(ISSUED, documentId, data(documentId, type, symbol, title, relatedTo, issuedOn, "ISSUED", null));
    }

    static String voided(UUID documentId, String type, String symbol, String title, String relatedTo,
            LocalDate issuedOn) {
        return send(VOIDED, documentId,
                data(documentId, type, symbol, title, relatedTo, issuedOn, "VOIDED", "Ban hành nhầm"));
    }

    /** Sends the same event again (a redelivery). */
    static void resend(CloudEvent event) {
        try (TopicWriter writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            writer.send(event);
        }
    }

    private static String send(String type, UUID documentId, String data) {
        EventSchemas.assertValid(EventSchemas.producerSchema("docs-service", type), data);
        CloudEvent event = CloudEvent.of("/dangbo/docs-service", type, documentId.toString(), data);
        try (TopicWriter writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC)) {
            writer.send(event);
        }
        return event.id();
    }

    private static String data(UUID id, String type, String symbol, String title, String relatedTo,
            LocalDate issuedOn, String status, String voidReason) {
        return """
                {"document": {"id": "%s", "type": "%s", "number": 5, "symbol": "%s", "title": "%s",
                 "issuerId": "%s", "issuerName": "Chi bộ II", "term": "2020-2022", "run": "%s",
                 "issuedOn": "%s", "relatedTo": %s, "status": "%s", "voidReason": %s, "version": %d,
                 "pdfSha256": null, "docxSha256": null, "copies": 1, "createdAt": "2020-04-01T08:00:00Z",
                 "contentUrl": "/documents/%s/content"}}
                """.formatted(id, type, symbol, title, UUID.randomUUID(), type, issuedOn,
                relatedTo == null ? "null" : "\"" + relatedTo + "\"", status,
                voidReason == null ? "null" : "\"" + voidReason + "\"", voidReason == null ? 0 : 1, id);
    }
}
