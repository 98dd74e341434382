package vn.dangbo.registry.demo;

/**
 * One organisation of the demo tree.
 *
 * @param key       stable key ("org-000", "org-017", "org-017-cb03", "vp-ubnd", "vp-ubnd-cb1")
 * @param parentKey key of the parent; {@code null} for the bloc committee only
 * @param type      level in the tree
 * @param name      Vietnamese name, NFC ("Đảng bộ Sở Tài chính", "Chi bộ Thanh tra")
 * @param shortCode code used in document symbols ("ĐUK", "ĐU", "CB")
 * @param term      current term, e.g. "2020-2025" (cells under a grassroots committee: "2020-2022")
 */
public record DemoOrganisation(
        String key,
        String parentKey,
        DemoOrgType type,
        String name,
        String shortCode,
        String term) {
}
