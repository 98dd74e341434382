package vn.dangbo.demodata;

import java.util.List;

/**
 * The generated demo data: organisations (every parent listed before its children) and members
 * (grouped by organisation, in organisation order).
 */
public record DemoDataset(List<DemoOrganisation> organisations, List<DemoMember> members) {

    public DemoDataset {
        organisations = List.copyOf(organisations);
        members = List.copyOf(members);
    }
}
