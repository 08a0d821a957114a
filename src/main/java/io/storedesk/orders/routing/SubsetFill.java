package io.storedesk.orders.routing;

import java.util.Arrays;

/**
 * Fills one subset of warehouses with an order's items and improves the fill: each item whole to the
 * warehouse that ships it alone best (divided by stock when none holds it all), then whole items moved one at
 * a time while that helps, and every placement tried when single moves may be stuck.
 */
final class SubsetFill {

    private static final int IMPROVEMENT_PASSES = 3;
    /** Whole-item placements tried in one subset when single moves may be stuck (k^n bounded). */
    private static final int EXACT_LIMIT = 1_024;

    private final OrderProblem p;
    private final int[][] work;
    private final Score current;
    private final Score trial = new Score();
    private boolean aloneLate;
    private long aloneCost;

    /** Fills work (items x candidates) and leaves its score in current. */
    SubsetFill(OrderProblem p, int[][] work, Score current) {
        this.p = p;
        this.work = work;
        this.current = current;
    }

    void fill(int[] subset, int k, int lateBound) {
        clear();
        for (int i = 0; i < p.n; i++) {
            int chosen = -1;
            boolean chosenLate = false;
            long chosenCost = 0;
            for (int j = 0; j < k; j++) {
                int c = subset[j];
                if (p.stock[i][c] < p.qty[i]) {
                    continue;
                }
                alone(i, c);
                if (chosen < 0 || (aloneLate != chosenLate ? !aloneLate : aloneCost < chosenCost)) {
                    chosen = c;
                    chosenLate = aloneLate;
                    chosenCost = aloneCost;
                }
            }
            if (chosen >= 0) {
                work[i][chosen] = p.qty[i];
            } else {
                splitByStock(i, subset, k);
            }
        }
        improve(subset, k, lateBound);
    }

    /** Improves a fill made elsewhere (the greedy cover) the same way. */
    void improve(int[] subset, int k, int lateBound) {
        p.evaluate(work, subset, k, false, current);
        moveSingleItems(subset, k);
        if (mayBeStuck(subset, k, lateBound)) {
            SubsetEnumeration.tryAll(p, work, subset, k, current, EXACT_LIMIT);
        }
    }

    // Cost of shipping item i alone from c; a part over every carrier's limit is priced as full parcels.
    private void alone(int i, int c) {
        long weight = p.qty[i] * p.unitWeight[i];
        long parcels = weight <= p.capacity[c] ? 1 : (weight + p.capacity[c] - 1) / p.capacity[c];
        long parcelWeight = parcels == 1 ? weight : p.capacity[c];
        Lane lane = p.lanes(c)[p.bestLane(c, parcelWeight, false)];
        aloneLate = p.late(lane);
        aloneCost = parcels * lane.price(parcelWeight);
    }

    /** Fewest pieces: the warehouses holding most of the item first. */
    private void splitByStock(int i, int[] subset, int k) {
        int left = p.qty[i];
        while (left > 0) {
            int most = -1;
            for (int j = 0; j < k; j++) {
                int c = subset[j];
                if (work[i][c] == 0 && p.stock[i][c] > 0 && (most < 0 || p.stock[i][c] > p.stock[i][most])) {
                    most = c;
                }
            }
            int units = Math.min(left, p.stock[i][most]);
            work[i][most] = units;
            left -= units;
        }
    }

    private void moveSingleItems(int[] subset, int k) {
        for (int pass = 0; pass < IMPROVEMENT_PASSES; pass++) {
            boolean changed = false;
            for (int i = 0; i < p.n && p.canWork(); i++) {
                int from = wholeAt(i, subset, k);
                for (int j = 0; j < k && from >= 0; j++) {
                    int to = subset[j];
                    if (to == from || p.stock[i][to] < p.qty[i]) {
                        continue;
                    }
                    work[i][from] = 0;
                    work[i][to] = p.qty[i];
                    p.evaluate(work, subset, k, false, trial);
                    if (trial.betterThan(current)) {
                        current.copyFrom(trial);
                        from = to;
                        changed = true;
                    } else {
                        work[i][to] = 0;
                        work[i][from] = p.qty[i];
                    }
                }
            }
            if (!changed) {
                return;
            }
        }
    }

    /**
     * Moving one item at a time cannot leave a plateau where it takes two moves to get a parcel under a
     * carrier's weight limit: an on-time carrier with a lower limit, or one parcel fewer. Suspect that when
     * the plan has more late parcels than its late-only warehouses (lateBound), or more parcels than warehouses.
     */
    private boolean mayBeStuck(int[] subset, int k, int lateBound) {
        int used = 0;
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < p.n; i++) {
                if (work[i][subset[j]] > 0) {
                    used++;
                    break;
                }
            }
        }
        return current.late > lateBound || current.shipments > used;
    }

    private int wholeAt(int i, int[] subset, int k) {
        for (int j = 0; j < k; j++) {
            int units = work[i][subset[j]];
            if (units > 0) {
                return units == p.qty[i] ? subset[j] : -1;
            }
        }
        return -1;
    }

    void clear() {
        for (int[] row : work) {
            Arrays.fill(row, 0);
        }
    }
}
