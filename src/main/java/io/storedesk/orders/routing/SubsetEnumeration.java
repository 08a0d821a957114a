package io.storedesk.orders.routing;

import java.util.Arrays;

/**
 * Tries every placement of the whole items over one subset's warehouses (items divided by quantity stay as
 * they are), for the plans where moving one item at a time gets stuck. Walks the placements like an odometer,
 * changing one item per step, and stops short of orders where k^n would exceed the limit.
 */
final class SubsetEnumeration {

    private SubsetEnumeration() {
    }

    /** Leaves the best placement found in alloc and its score in current (unchanged if nothing is better). */
    static void tryAll(OrderProblem p, int[][] alloc, int[] subset, int k, Score current, int limit) {
        int[] movable = new int[p.n];
        int[][] options = new int[p.n][];
        int[] original = new int[p.n];
        int count = 0;
        long combinations = 1;
        for (int i = 0; i < p.n; i++) {
            int at = wholeAt(p, alloc, i, subset, k);
            if (at < 0) {
                continue;
            }
            int[] where = new int[k];
            int w = 0;
            for (int j = 0; j < k; j++) {
                if (p.stock[i][subset[j]] >= p.qty[i]) {
                    where[w++] = subset[j];
                }
            }
            combinations *= w;
            if (combinations > limit || !p.canWork(combinations)) {
                return;
            }
            movable[count] = i;
            options[count] = Arrays.copyOf(where, w);
            for (int o = 0; o < w; o++) {
                original[count] = where[o] == at ? o : original[count];
            }
            count++;
        }
        int[] digit = new int[count];
        int[] best = original.clone();
        // Start from every item at its first option; the odometer then visits every combination.
        for (int d = 0; d < count; d++) {
            place(p, alloc, movable[d], options[d], 0);
        }
        Score trial = new Score();
        for (long step = 0; step < combinations; step++) {
            if (step > 0) {
                int d = 0;
                while (digit[d] == options[d].length - 1) {
                    digit[d] = 0;
                    place(p, alloc, movable[d], options[d], 0);
                    d++;
                }
                digit[d]++;
                place(p, alloc, movable[d], options[d], digit[d]);
            }
            p.evaluate(alloc, subset, k, false, trial);
            if (trial.betterThan(current)) {
                current.copyFrom(trial);
                System.arraycopy(digit, 0, best, 0, count);
            }
        }
        // The walk ends elsewhere: set the best placement, which is the caller's own if nothing beat it.
        for (int d = 0; d < count; d++) {
            place(p, alloc, movable[d], options[d], best[d]);
        }
    }

    private static void place(OrderProblem p, int[][] alloc, int item, int[] where, int choice) {
        for (int c : where) {
            alloc[item][c] = 0;
        }
        alloc[item][where[choice]] = p.qty[item];
    }

    private static int wholeAt(OrderProblem p, int[][] alloc, int i, int[] subset, int k) {
        for (int j = 0; j < k; j++) {
            int units = alloc[i][subset[j]];
            if (units > 0) {
                return units == p.qty[i] ? subset[j] : -1;
            }
        }
        return -1;
    }
}
