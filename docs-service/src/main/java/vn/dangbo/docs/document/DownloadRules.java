package vn.dangbo.docs.document;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.dangbo.kit.text.VietnameseText;

/** Which format a download asks for, and what the file is called. Plain functions. */
public final class DownloadRules {

    static final int MAX_TITLE_CHARS = 100;

    private DownloadRules() {
    }

    /**
     * The format named by the {@code format} parameter ({@code pdf} or {@code docx}, any case), else the first
     * supported media type of the Accept header, else PDF.
     *
     * @return empty when {@code format} is given but names no supported format
     */
    public static Optional<DocumentFormat> chooseFormat(String formatParameter, String acceptHeader) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            String wanted = formatParameter.strip().toLowerCase(Locale.ROOT);
            for (DocumentFormat f : DocumentFormat.values()) {
                if (f.extension().equals(wanted)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
        if (acceptHeader != null) {
            for (String range : acceptHeader.split(",")) {
                String mediaType = range.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
                for (DocumentFormat f : DocumentFormat.values()) {
                    if (f.mediaType().equals(mediaType)) {
                        return Optional.of(f);
                    }
                }
            }
        }
        return Optional.of(DocumentFormat.PDF);
    }

    /**
     * The file name, in Vietnamese: {@code TB-01-ĐU Thông báo về việc ....pdf} (symbol first, so files sort by
     * type and number; characters no file system accepts replaced).
     */
    public static String fileName(String type, int number, String symbol, String title, DocumentFormat format) {
        int slash = symbol.lastIndexOf('/');
        String issuerCode = slash < 0 ? "" : "-" + symbol.substring(slash + 1);
        String base = type + "-" + String.format("%02d", number) + issuerCode;
        String shortTitle = title == null ? "" : VietnameseText.nfcStripped(title);
        if (shortTitle.length() > MAX_TITLE_CHARS) {
            shortTitle = shortTitle.substring(0, MAX_TITLE_CHARS).strip();
        }
        String name = shortTitle.isEmpty() ? base : base + " " + shortTitle;
        name = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "-");
        return name + "." + format.extension();
    }

    /** The same name in ASCII for the plain {@code filename} parameter: {@code TB-01-DU-Thong-bao-ve-viec-....pdf}. */
    public static String asciiFileName(String fileName) {
        String ascii = Normalizer.normalize(fileName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("-{2,}", "-");
        return ascii.replace("-.", ".");
    }

    /**
     * {@code attachment; filename="<ascii>"; filename*=UTF-8''<percent-encoded>} (RFC 6266 with the RFC 5987
     * extended parameter, which browsers prefer).
     */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiFileName(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : VietnameseText.nfc(value).getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
