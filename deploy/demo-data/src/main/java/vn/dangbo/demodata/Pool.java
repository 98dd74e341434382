package vn.dangbo.demodata;

import java.util.Arrays;
import java.util.SplittableRandom;

/** A list of strings with integer weights. */
final class Pool {
    final String[] items;
    final int[] cumulative;

    Pool(Object... itemWeightPairs) {
        int n = itemWeightPairs.length / 2;
        items = new String[n];
        cumulative = new int[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            items[i] = (String) itemWeightPairs[2 * i];
            total += (Integer) itemWeightPairs[2 * i + 1];
            cumulative[i] = total;
        }
    }

    /** Equal weights. */
    static Pool uniform(String... items) {
        Object[] pairs = new Object[items.length * 2];
        for (int i = 0; i < items.length; i++) {
            pairs[2 * i] = items[i];
            pairs[2 * i + 1] = 1;
        }
        return new Pool(pairs);
    }

    String pick(SplittableRandom rnd) {
        int r = rnd.nextInt(cumulative[cumulative.length - 1]);
        int i = Arrays.binarySearch(cumulative, r + 1);
        if (i < 0) {
            i = -i - 1;
        }
        return items[i];
    }
}
