package io.storedesk.orders.routing;

import java.util.Arrays;

/**
 * The baseline's choice of warehouses: the fewest warehouses that hold the order; among subsets of that
 * size the one closest to the customer (sum of capital-to-capital distances), then preferred warehouses;
 * each item from the nearest warehouse of the subset that has all its units.
 */
final class NearestSearch {

    private static final int ENUMERATION_BUDGET = 5_000;

    private final OrderProblem p;
    final double[] distanceKm;

    NearestSearch(OrderProblem p) {
        this.p = p;
        distanceKm = new double[p.m];
        for (int c = 0; c < p.m; c++) {
            distanceKm[c] = ProvinceCapitals.distanceKm(p.net.sites[p.site[c]].province(), p.order.province());
        }
    }

    int[][] run() {
        int[] subset = new int[p.m];
        int[] best = null;
        double bestDistance = 0;
        long bestPriority = 0;
        int enumerated = 0;
        for (int k = 1; k <= p.m && best == null && enumerated < ENUMERATION_BUDGET; k++) {
            Subsets.first(subset, k);
            do {
                if (++enumerated > ENUMERATION_BUDGET) {
                    break;
                }
                if (!Subsets.covers(p, subset, k)) {
                    continue;
                }
                double distance = 0;
                long priority = 0;
                for (int j = 0; j < k; j++) {
                    distance += distanceKm[subset[j]];
                    priority += p.net.sites[p.site[subset[j]]].priority();
                }
                if (best == null || distance < bestDistance || (distance == bestDistance && priority < bestPriority)) {
                    best = Arrays.copyOf(subset, k);
                    bestDistance = distance;
                    bestPriority = priority;
                }
            } while (Subsets.next(subset, k, p.m));
        }
        int[][] alloc = new int[p.n][p.m];
        if (best == null) {
            Subsets.greedyCover(p, alloc);
            return alloc;
        }
        assignNearest(best, alloc);
        return alloc;
    }

    private void assignNearest(int[] subset, int[][] alloc) {
        Integer[] byDistance = new Integer[subset.length];
        for (int j = 0; j < subset.length; j++) {
            byDistance[j] = subset[j];
        }
        Arrays.sort(byDistance, (a, b) -> Double.compare(distanceKm[a], distanceKm[b]));
        for (int i = 0; i < p.n; i++) {
            int whole = -1;
            for (int c : byDistance) {
                if (p.stock[i][c] >= p.qty[i]) {
                    whole = c;
                    break;
                }
            }
            if (whole >= 0) {
                alloc[i][whole] = p.qty[i];
                continue;
            }
            int left = p.qty[i];
            for (int c : byDistance) {
                int units = Math.min(left, p.stock[i][c]);
                alloc[i][c] = units;
                left -= units;
            }
        }
    }
}
