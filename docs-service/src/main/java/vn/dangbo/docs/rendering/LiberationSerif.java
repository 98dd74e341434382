package vn.dangbo.docs.rendering;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The document font, loaded once from the classpath (the {@code liberation/} folder of
 * {@code com.github.librepdf:openpdf-fonts-extra}). Holds the raw TTF bytes (for embedding) and an
 * immutable code point → advance width table per face, used both to check glyph coverage and to
 * measure text. Immutable after construction, so shared freely between threads.
 */
final class LiberationSerif {

    static final String FAMILY = "Liberation Serif";

    private static final class Holder {
        static final LiberationSerif INSTANCE = new LiberationSerif();
    }

    static LiberationSerif get() {
        return Holder.INSTANCE;
    }

    private static final class Face {
        final String postScriptName;
        final byte[] bytes;
        /** {@link #bytes} with the GSUB table hidden, for embedding in PDF (see {@link #withoutGsub}). */
        final byte[] pdfBytes;
        /** Advance widths in 1/1000 em, rounded as PDFBox writes them into the PDF /W array; NaN = no glyph. */
        final float[] bmp = new float[0x10000];
        final Map<Integer, Float> supplementary = new HashMap<>();

        Face(String postScriptName, byte[] bytes) {
            this.postScriptName = postScriptName;
            this.bytes = bytes;
            this.pdfBytes = withoutGsub(bytes);
            Arrays.fill(bmp, Float.NaN);
        }

        float advance(int cp) {
            if (cp < 0x10000) {
                return bmp[cp];
            }
            Float w = supplementary.get(cp);
            return w == null ? Float.NaN : w;
        }
    }

    private final EnumMap<FontFace, Face> faces = new EnumMap<>(FontFace.class);

    private LiberationSerif() {
        for (FontFace f : FontFace.values()) {
            faces.put(f, load(f));
        }
    }

    private static Face load(FontFace f) {
        byte[] bytes;
        try (InputStream in = open(f.resource)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + f.resource, e);
        }
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            Face face = new Face(ttf.getName(), bytes);
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
            float scale = 1000f / ttf.getUnitsPerEm();
            int glyphs = ttf.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) { // gid 0 is .notdef: never "covered"
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes == null) {
                    continue;
                }
                float w = Math.round(hmtx.getAdvanceWidth(gid) * scale);
                for (int cp : codes) {
                    if (cp < 0x10000) {
                        face.bmp[cp] = w;
                    } else {
                        face.supplementary.put(cp, w);
                    }
                }
            }
            return face;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse font " + f.resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        ClassLoader[] loaders = {LiberationSerif.class.getClassLoader(), Thread.currentThread().getContextClassLoader()};
        for (ClassLoader cl : loaders) {
            if (cl != null) {
                InputStream in = cl.getResourceAsStream(resource);
                if (in != null) {
                    return in;
                }
            }
        }
        throw new IOException("Font resource " + resource
                + " not on the classpath (is com.github.librepdf:openpdf-fonts-extra a dependency?)");
    }

    boolean covers(FontFace face, int codePoint) {
        return !Float.isNaN(faces.get(face).advance(codePoint));
    }

    /** Width of the text in points at the given size. Every character must be covered. */
    float width(FontFace face, String text, float size) {
        Face f = faces.get(face);
        float sum = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = f.advance(cp);
            if (Float.isNaN(w)) {
                throw new UnrenderableTextException(cp, "\"" + text + "\"", displayName(face));
            }
            sum += w;
            i += Character.charCount(cp);
        }
        return sum * size / 1000f;
    }

    /** The TTF file; callers must not modify it. */
    byte[] bytes(FontFace face) {
        return faces.get(face).bytes;
    }

    /** The TTF file to embed in PDF (GSUB hidden); callers must not modify it. */
    byte[] pdfBytes(FontFace face) {
        return faces.get(face).pdfBytes;
    }

    /**
     * A copy of the font whose GSUB table is renamed in the table directory ("GSUB" to "GSUb"), so that
     * PDFBox does not run its glyph-substitution engine on every {@code showText} (it compiles regular
     * expressions per word, which dominated rendering time). Text is laid out by code point → glyph
     * through the cmap, which is what our width measurement assumes; Liberation Serif has no Latin
     * ligatures that PDFBox would apply anyway, and the subset written to the PDF never contains GSUB.
     */
    static byte[] withoutGsub(byte[] ttf) {
        byte[] copy = ttf.clone();
        int numTables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            if (copy[rec] == 'G' && copy[rec + 1] == 'S' && copy[rec + 2] == 'U' && copy[rec + 3] == 'B') {
                copy[rec + 3] = 'b'; // "GSUb" sorts where "GSUB" did, so the directory stays ordered
            }
        }
        return copy;
    }

    String postScriptName(FontFace face) {
        return faces.get(face).postScriptName;
    }

    static String displayName(FontFace face) {
        return switch (face) {
            case REGULAR -> FAMILY + " Regular";
            case BOLD -> FAMILY + " Bold";
            case ITALIC -> FAMILY + " Italic";
            case BOLD_ITALIC -> FAMILY + " Bold Italic";
        };
    }
}
