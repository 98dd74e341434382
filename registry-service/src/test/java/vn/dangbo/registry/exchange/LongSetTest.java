package vn.dangbo.registry.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongSetTest {

    @Test
    void aNationalIdIsRecognisedTheSecondTimeAcrossGrowth() {
        LongSet set = new LongSet();
        for (long id = 1_000_000_000L; id < 1_000_100_000L; id++) {
            assertTrue(set.add(id));
        }
        assertFalse(set.add(1_000_000_000L));
        assertFalse(set.add(1_000_099_999L));
        assertTrue(set.add(999_999_999L));
        assertEquals(100_001, set.size());
    }

    @Test
    void itAgreesWithAHashSetOnRandomValuesIncludingTheEmptyMarker() {
        Random random = new Random(42);
        LongSet set = new LongSet();
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 50_000; i++) {
            long v = i % 1000 == 0 ? Long.MIN_VALUE : random.nextInt(20_000);
            assertEquals(expected.add(v), set.add(v), "value " + v);
        }
        assertEquals(expected.size(), set.size());
    }
}
