package vn.dangbo.docs.rendering;

/**
 * Layout constants of the party document format (Hướng dẫn 36-HD/VPTW), shared by the DOCX and PDF
 * renderers so both produce the same layout. Sizes in points, lengths in millimetres.
 */
final class PartyFormat {

    private PartyFormat() {
    }

    static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String STAR = "*";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";

    static final double PAGE_WIDTH_MM = 210;
    static final double PAGE_HEIGHT_MM = 297;
    static final double MARGIN_TOP_MM = 20;
    static final double MARGIN_BOTTOM_MM = 20;
    static final double MARGIN_LEFT_MM = 30;
    static final double MARGIN_RIGHT_MM = 15;

    /**
     * A5 (a ballot): the A4 layout, sizes and all, drawn at this scale in one half of an A4 landscape sheet, so
     * the type stays large enough to read (14 pt prints at 11.9 pt) and every part keeps its place.
     */
    static final float A5_SCALE = 0.85f;
    /** A5 margins as printed (the sheet is cut in two, so no binding margin). */
    /** A framed page (a certificate): the frame's outer line from the paper's edge, and the text inside it. */
    static final double FRAME_MM = 10;
    static final double FRAMED_MARGIN_MM = 24;
    static final double A5_MARGIN_TOP_MM = 10;
    static final double A5_MARGIN_BOTTOM_MM = 8;
    static final double A5_MARGIN_SIDE_MM = 11;

    /** Share of the text width taken by the left header column (issuer) and the left closing column (Nơi nhận). */
    static final double LEFT_COLUMN_FRACTION = 0.45;

    static final float HIGHER_BODY_SIZE = 14;
    static final float ISSUING_BODY_SIZE = 14;
    static final float PARTY_NAME_SIZE = 15;
    static final float NUMBER_SIZE = 14;
    static final float DATE_SIZE = 14;
    static final float TYPE_NAME_SIZE = 16;
    /** A certificate's "KHEN" and the recipient's name. */
    static final float LARGE_SIZE = 28;
    static final float SUMMARY_SIZE = 14;
    static final float BODY_SIZE = 14;
    static final float TABLE_SIZE = 13;
    static final float SIGNATURE_SIZE = 14;
    static final float RECIPIENTS_LABEL_SIZE = 12;
    static final float RECIPIENT_SIZE = 12;

    /** First-line indent of body paragraphs and headings (36-HD: 1 cm to 1.27 cm). */
    static final double FIRST_LINE_INDENT_MM = 12.7;
    /** Space after each body paragraph (36-HD: at least 6 pt). */
    static final float PARAGRAPH_SPACING_AFTER = 6;
    /** Blank lines (body size) left for the handwritten signature and seal. */
    static final int SIGNATURE_BLANK_LINES = 4;
    /** Width of the rule below the summary as a share of the text width. */
    static final double SUMMARY_RULE_FRACTION = 0.2;

    static float mmToPt(double mm) {
        return (float) (mm * 72.0 / 25.4);
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440.0 / 25.4);
    }

    static int ptToTwips(double pt) {
        return (int) Math.round(pt * 20);
    }
}
