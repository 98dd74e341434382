package vn.dangbo.docs.rendering;

/** The paper a document is printed on. */
public enum Paper {
    /** A party document: one page of A4 per page. */
    A4,
    /**
     * A ballot's size: A5 portrait, laid out two to an A4 landscape sheet (with a cutting line between them), so
     * the sheets are printed and cut in two. The layout is the A4 one reduced (see {@code PartyFormat.A5_SCALE}).
     */
    A5
}
