package vn.dangbo.congress.agenda;

/** One item of a congress' agenda, numbered from 1 in the order the congress takes it. */
public record AgendaItem(int number, String code, String text) {
}
