package vn.dangbo.testsupport.authz;

/**
 * The service-specific half of the matrix: real objects created through the API in the test's setup, and a
 * request per operation that an allowed caller would see succeed.
 */
public interface MatrixFixture {

    /** The organisation in the officers' tokens ({@code dangbo_org}): the root of their subtree. */
    String officerOrganisation();

    /**
     * A request for {@code operation} on targets inside the officer's subtree, or outside it when
     * {@code outside}; called once per cell, so a write gets fresh targets and never sees an earlier cell's change.
     */
    MatrixRequest prepare(ApiOperation operation, boolean outside);
}
