package vn.dangbo.docs.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Numbers come from PostgreSQL in the issuing transaction: under concurrency no duplicate, after a rollback no gap. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class DocumentNumberingTest {

    private static final int ISSUERS = 40;

    @Inject
    DocumentNumbering numbering;

    @Test
    void fortyConcurrentTransactionsGetOneToFortyExactly() throws Exception {
        UUID issuer = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(ISSUERS);
        try {
            List<Future<Integer>> allocations = new ArrayList<>();
            for (int i = 0; i < ISSUERS; i++) {
                allocations.add(pool.submit(() -> {
                    start.await();
                    return QuarkusTransaction.requiringNew().call(() -> numbering.next(issuer, "TB", "2020-2025"));
                }));
            }
            start.countDown();
            List<Integer> numbers = new ArrayList<>();
            for (Future<Integer> allocation : allocations) {
                numbers.add(allocation.get(60, TimeUnit.SECONDS));
            }
            assertEquals(IntStream.rangeClosed(1, ISSUERS).boxed().collect(Collectors.toList()),
                    numbers.stream().sorted().collect(Collectors.toList()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIssueLeavesNoGapAndRunsAreSeparate() {
        UUID issuer = UUID.randomUUID();
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> numbering.next(issuer, "TB", "2020-2025")));
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(2, numbering.next(issuer, "TB", "2020-2025"));
            throw new IllegalStateException("the document could not be issued");
        }));
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> numbering.next(issuer, "TB", "2020-2025")));
        // another type, another term, another issuer: each its own run from 01
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> numbering.next(issuer, "KH", "2020-2025")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> numbering.next(issuer, "TB", "2025-2030")));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> numbering.next(UUID.randomUUID(), "TB", "2020-2025")));
    }
}
