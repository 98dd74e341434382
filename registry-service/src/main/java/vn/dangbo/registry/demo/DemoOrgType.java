package vn.dangbo.registry.demo;

/**
 * Level of an organisation in the demo tree.
 *
 * <ul>
 *   <li>{@link #BLOC_COMMITTEE} — Đảng bộ Khối (the top of a deployment);</li>
 *   <li>{@link #GRASSROOTS_COMMITTEE} — đảng bộ cơ sở, has cells under it;</li>
 *   <li>{@link #GRASSROOTS_CELL} — chi bộ cơ sở, has no cells, members attach to it directly;</li>
 *   <li>{@link #CELL} — chi bộ trực thuộc a grassroots committee.</li>
 * </ul>
 */
public enum DemoOrgType {
    BLOC_COMMITTEE,
    GRASSROOTS_COMMITTEE,
    GRASSROOTS_CELL,
    CELL
}
