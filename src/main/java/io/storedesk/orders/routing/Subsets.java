package io.storedesk.orders.routing;

import java.util.Arrays;

/** Helpers both searches share: walking k-subsets of candidates, testing cover, and a greedy cover. */
final class Subsets {

    private Subsets() {
    }

    /** The first k-subset {0, 1, …, k-1}. */
    static void first(int[] subset, int k) {
        for (int j = 0; j < k; j++) {
            subset[j] = j;
        }
    }

    /** Advances to the next k-subset of 0..m-1 in lexicographic order; false after the last. */
    static boolean next(int[] subset, int k, int m) {
        int j = k - 1;
        while (j >= 0 && subset[j] == m - k + j) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        subset[j]++;
        for (int t = j + 1; t < k; t++) {
            subset[t] = subset[t - 1] + 1;
        }
        return true;
    }

    /** Whether the warehouses of the subset together hold every unit of every item. */
    static boolean covers(OrderProblem p, int[] subset, int k) {
        for (int i = 0; i < p.n; i++) {
            long units = 0;
            for (int j = 0; j < k && units < p.qty[i]; j++) {
                units += p.stock[i][subset[j]];
            }
            if (units < p.qty[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Repeatedly takes the warehouse holding the most still-missing units into alloc until every unit is
     * placed; returns the warehouses taken. Preflight made sure the candidates together hold every unit.
     */
    static int[] greedyCover(OrderProblem p, int[][] alloc) {
        int[] left = p.qty.clone();
        boolean[] taken = new boolean[p.m];
        int[] order = new int[p.m];
        int k = 0;
        while (k < p.m && missing(left)) {
            int best = -1;
            long bestUnits = 0;
            for (int c = 0; c < p.m; c++) {
                long units = 0;
                for (int i = 0; i < p.n && !taken[c]; i++) {
                    units += Math.min(p.stock[i][c], left[i]);
                }
                if (units > bestUnits) {
                    best = c;
                    bestUnits = units;
                }
            }
            if (best < 0) {
                break;
            }
            taken[best] = true;
            order[k++] = best;
            for (int i = 0; i < p.n; i++) {
                int units = Math.min(p.stock[i][best], left[i]);
                alloc[i][best] = units;
                left[i] -= units;
            }
        }
        return Arrays.copyOf(order, k);
    }

    private static boolean missing(int[] left) {
        for (int units : left) {
            if (units > 0) {
                return true;
            }
        }
        return false;
    }
}
