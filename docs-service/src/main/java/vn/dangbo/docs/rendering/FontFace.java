package vn.dangbo.docs.rendering;

/** The four Liberation Serif faces, with their resource paths inside the openpdf-fonts-extra jar. */
enum FontFace {
    REGULAR("liberation/LiberationSerif-Regular.ttf"),
    BOLD("liberation/LiberationSerif-Bold.ttf"),
    ITALIC("liberation/LiberationSerif-Italic.ttf"),
    BOLD_ITALIC("liberation/LiberationSerif-BoldItalic.ttf");

    final String resource;

    FontFace(String resource) {
        this.resource = resource;
    }

    static FontFace of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }
}
