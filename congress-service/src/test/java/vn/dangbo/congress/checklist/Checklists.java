package vn.dangbo.congress.checklist;

/** The shipped checklist for unit tests, read the way the service will read it. */
public final class Checklists {

    private static final Checklist OFFICE_2020 = ChecklistLoader.load(Checklists.class.getClassLoader())
            .get("2020-office");

    private Checklists() {
    }

    public static Checklist shipped() {
        return OFFICE_2020;
    }
}
