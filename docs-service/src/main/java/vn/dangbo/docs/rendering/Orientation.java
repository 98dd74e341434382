package vn.dangbo.docs.rendering;

/** Page orientation. Party documents are A4 portrait; landscape is for certificates and wide tables. */
public enum Orientation {
    PORTRAIT,
    LANDSCAPE
}
