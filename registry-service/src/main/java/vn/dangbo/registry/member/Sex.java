package vn.dangbo.registry.member;

public enum Sex {
    MALE, FEMALE
}
