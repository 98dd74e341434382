package vn.dangbo.congress.counting;

public record CountClosed(java.util.UUID electionId) {}
