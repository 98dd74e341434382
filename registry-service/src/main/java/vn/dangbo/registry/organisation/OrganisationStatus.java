package vn.dangbo.registry.organisation;

public enum OrganisationStatus {
    ACTIVE, DISSOLVED, MERGED
}
