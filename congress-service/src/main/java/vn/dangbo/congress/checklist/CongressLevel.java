package vn.dangbo.congress.checklist;

/** Whose congress: a cell's (chi bộ trực thuộc) or the party committee's (đảng bộ) that convenes the cells. */
public enum CongressLevel {
    CELL,
    COMMITTEE
}
