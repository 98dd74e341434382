package vn.dangbo.testsupport.authz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The expected status of every cell, from what the code declares ({@link ResourceAnnotations}) and a short
 * reviewed table per service, never from what the service answers:
 * <ul>
 * <li>a broken credential (none, expired, wrong issuer, wrong signature, alg none) → 401 on every protected
 * operation;</li>
 * <li>a genuine token with a role outside the operation's {@code @RolesAllowed} (the unknown role, a viewer on a
 * write) → 403;</li>
 * <li>an officer on targets outside their subtree → 403 on every write (the house rule: writes call
 * {@code AccessGuard.requireWriteAccess}) unless listed as {@link Builder#writeNotBoundToSubtree}, and on the
 * reads listed as {@link Builder#readBoundToSubtree};</li>
 * <li>otherwise allowed: the operation's success status from the OpenAPI document, or the business status of
 * {@link Builder#allowedStatus} where the fixture cannot make it succeed (with the reason).</li>
 * </ul>
 * Public operations ({@code @PermitAll}) must be listed with {@link Builder#publicOperation}: a forgotten
 * annotation that opens an operation fails the matrix.
 */
public final class AuthorizationPolicy {

    /** The expected status of one cell and why. */
    public record Expectation(int status, String reason) {
    }

    private final Map<String, DeclaredAccess> declared;
    private final Map<String, String> publicOperations;
    private final Map<String, String> boundReads;
    private final Map<String, String> unboundWrites;
    private final Map<String, Map<TokenVariant, Integer>> allowedStatus;
    private final Map<String, String> allowedReasons;

    private AuthorizationPolicy(Builder b) {
        this.declared = Map.copyOf(b.declared);
        this.publicOperations = Map.copyOf(b.publicOperations);
        this.boundReads = Map.copyOf(b.boundReads);
        this.unboundWrites = Map.copyOf(b.unboundWrites);
        this.allowedStatus = Map.copyOf(b.allowedStatus);
        this.allowedReasons = Map.copyOf(b.allowedReasons);
    }

    public static Builder builder(Map<String, DeclaredAccess> declared) {
        return new Builder(declared);
    }

    public DeclaredAccess declared(ApiOperation operation) {
        DeclaredAccess access = declared.get(operation.key());
        if (access == null) {
            throw new IllegalStateException(operation.key() + " is in the OpenAPI document but no resource method "
                    + "declares it: " + new TreeMap<>(declared).keySet());
        }
        return access;
    }

    public Expectation expected(ApiOperation operation, TokenVariant variant) {
        DeclaredAccess access = declared(operation);
        String key = operation.key();
        if (access.kind() == DeclaredAccess.Kind.PUBLIC) {
            if (!publicOperations.containsKey(key)) {
                throw new IllegalStateException(key + " is @PermitAll (" + access.source()
                        + ") but not listed as a public operation of the service");
            }
            return allowed(operation, variant);
        }
        if (publicOperations.containsKey(key)) {
            throw new IllegalStateException(key + " is listed as public but declares " + access);
        }
        if (variant.kind() == TokenVariant.Kind.UNAUTHENTICATED) {
            return new Expectation(401, "credential refused");
        }
        if (!access.allows(variant.role())) {
            return new Expectation(403, "role not allowed");
        }
        if (variant.outsideSubtree() && boundToSubtree(operation)) {
            return new Expectation(403, "outside the officer's subtree");
        }
        return allowed(operation, variant);
    }

    /** Whether an officer may call the operation only on their subtree. */
    public boolean boundToSubtree(ApiOperation operation) {
        return operation.isRead() ? boundReads.containsKey(operation.key()) : !unboundWrites.containsKey(operation.key());
    }

    private Expectation allowed(ApiOperation operation, TokenVariant variant) {
        Map<TokenVariant, Integer> statuses = allowedStatus.get(operation.key());
        Integer status = statuses == null ? null : statuses.containsKey(variant) ? statuses.get(variant) : statuses.get(null);
        return status == null ? new Expectation(operation.declaredSuccess(), "allowed")
                : new Expectation(status, "allowed, " + allowedReasons.get(operation.key()));
    }

    /** The reviewed lines of the table, for the report: operation → note. */
    public Map<String, String> notes() {
        Map<String, String> notes = new TreeMap<>();
        publicOperations.forEach((k, v) -> notes.merge(k, "public: " + v, (a, b) -> a + "; " + b));
        boundReads.forEach((k, v) -> notes.merge(k, "read bound to the officer's subtree: " + v, (a, b) -> a + "; " + b));
        unboundWrites.forEach((k, v) -> notes.merge(k, "write not bound to the subtree: " + v, (a, b) -> a + "; " + b));
        allowedReasons.forEach((k, v) -> notes.merge(k, "allowed status: " + v, (a, b) -> a + "; " + b));
        return notes;
    }

    public static final class Builder {
        private final Map<String, DeclaredAccess> declared;
        private final Map<String, String> publicOperations = new LinkedHashMap<>();
        private final Map<String, String> boundReads = new LinkedHashMap<>();
        private final Map<String, String> unboundWrites = new LinkedHashMap<>();
        private final Map<String, Map<TokenVariant, Integer>> allowedStatus = new LinkedHashMap<>();
        private final Map<String, String> allowedReasons = new LinkedHashMap<>();

        private Builder(Map<String, DeclaredAccess> declared) {
            this.declared = declared;
        }

        public Builder publicOperation(String key, String why) {
            publicOperations.put(key, why);
            return this;
        }

        public Builder readBoundToSubtree(String key, String why) {
            boundReads.put(key, why);
            return this;
        }

        public Builder writeNotBoundToSubtree(String key, String why) {
            unboundWrites.put(key, why);
            return this;
        }

        /** The status an allowed caller gets where the fixture cannot make the operation succeed. */
        public Builder allowedStatus(String key, int status, String why) {
            allowedStatus.computeIfAbsent(key, k -> new java.util.HashMap<>()).put(null, status);
            allowedReasons.put(key, why);
            return this;
        }

        /**
         * The success status of operations whose OpenAPI document declares only the default 200 (a JAX-RS
         * {@code Response} hides the real one): 201 Created, 202 Accepted.
         */
        public Builder successStatus(int status, String why, String... keys) {
            for (String key : keys) {
                allowedStatus.computeIfAbsent(key, k -> new java.util.HashMap<>()).put(null, status);
                allowedReasons.put(key, why);
            }
            return this;
        }

        /** As {@link #allowedStatus(String, int, String)}, for some callers only. */
        public Builder allowedStatus(String key, Set<TokenVariant> variants, int status, String why) {
            for (TokenVariant variant : variants) {
                allowedStatus.computeIfAbsent(key, k -> new java.util.HashMap<>()).put(variant, status);
            }
            allowedReasons.put(key, why);
            return this;
        }

        public AuthorizationPolicy build() {
            return new AuthorizationPolicy(this);
        }
    }
}
