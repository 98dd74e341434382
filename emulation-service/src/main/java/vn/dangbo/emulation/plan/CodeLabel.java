package vn.dangbo.emulation.plan;

/** An entry of a settings list (a press kind, a journal source group, an exhibit kind): a stable code, a label. */
public record CodeLabel(String code, String label) {
}
