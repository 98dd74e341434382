package vn.dangbo.docs.rendering;

/** A block of the document body, rendered in order. */
public sealed interface Block permits Heading, Paragraph, Table, LargeText, QrCode {
}
