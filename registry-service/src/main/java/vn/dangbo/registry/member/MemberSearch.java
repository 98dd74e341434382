package vn.dangbo.registry.member;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

/** The filters of a member search and its opaque keyset cursor. */
public final class MemberSearch {

    private MemberSearch() {
    }

    public record Filters(String name, UUID subtreeOf, MemberStatus status, Standing state, Sex sex,
            LocalDate bornFrom, LocalDate bornTo, String ethnicity) {
    }

    /** The position after the last member of a page: its sort key and id (ties broken by id). */
    public record Cursor(String sortKey, UUID id) {

        public String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((id + "|" + sortKey).getBytes(StandardCharsets.UTF_8));
        }

        /** @return the cursor, or null when the text is not one this service issued */
        public static Cursor decode(String text) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                int bar = raw.indexOf('|');
                return new Cursor(raw.substring(bar + 1), UUID.fromString(raw.substring(0, bar)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                return null;
            }
        }
    }
}
