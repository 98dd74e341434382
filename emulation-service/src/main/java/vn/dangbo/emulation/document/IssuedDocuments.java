package vn.dangbo.emulation.document;

import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * A feature that waits on what docs-service issued for it ({@code docs.documents.v1}): the awards (decision,
 * certificates, proposal), the invitations (each batch's number). One consumer reads the topic once and hands
 * every event to each feature, in the consumer's transaction; a feature ignores the documents that are not its own.
 */
public interface IssuedDocuments {

    void apply(IncomingEvent event);
}
