package vn.dangbo.demodata;

/**
 * One organisation of the demo tree.
 *
 * @param key       stable key ("org-000", "org-017", "org-017-cb03", "vp-ubnd", "vp-ubnd-cb1")
 * @param parentKey key of the parent; {@code null} for the bloc committee only
 * @param type      level in the tree, as the registry's organisation type name that its import reads:
 *                  BLOC_COMMITTEE (Đảng bộ Khối), GRASSROOTS_COMMITTEE (đảng bộ cơ sở, has cells),
 *                  GRASSROOTS_CELL (chi bộ cơ sở, members attach to it directly) or CELL (chi bộ under a
 *                  grassroots committee)
 * @param name      Vietnamese name, NFC ("Đảng bộ Sở Tài chính", "Chi bộ Thanh tra")
 * @param shortCode code used in document symbols ("ĐUK", "ĐU", "CB")
 * @param term      current term, e.g. "2020-2025" (cells under a grassroots committee: "2020-2022")
 */
public record DemoOrganisation(
        String key,
        String parentKey,
        String type,
        String name,
        String shortCode,
        String term) {
}
