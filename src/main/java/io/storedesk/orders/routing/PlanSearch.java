package io.storedesk.orders.routing;

/**
 * The engine's search for one order: every single warehouse that holds everything; then warehouse subsets of
 * size 2, 3, … while a larger subset could still beat the best plan (fewer late parcels, or as few parcels),
 * each filled and improved by SubsetFill; a greedy cover if nothing fits the budget. Records the
 * single-warehouse scores for the explanation.
 */
final class PlanSearch {

    /** Subsets fully filled per order, and subsets looked at: keeps one order well under 5 ms. */
    private static final int SUBSET_BUDGET = 300;
    private static final int ENUMERATION_BUDGET = 2_000;

    private final OrderProblem p;
    final Score best = new Score();
    /** The score of each warehouse alone; null where it lacks units of an item. */
    final Score[] single;
    int fullSites;
    int[][] bestAlloc;
    private final Score current = new Score();
    private final int[][] work;
    private final boolean[] onTimeSite;
    private final SubsetFill fill;

    PlanSearch(OrderProblem p) {
        this.p = p;
        work = new int[p.n][p.m];
        single = new Score[p.m];
        onTimeSite = new boolean[p.m];
        fill = new SubsetFill(p, work, current);
        best.invalidate();
    }

    int[][] run() {
        singleSites();
        int lateFloor = lateFloor();
        int enumerated = 0;
        int evaluated = 0;
        int[] subset = new int[p.m];
        search:
        for (int k = 2; k <= p.m && mayImprove(k, lateFloor); k++) {
            Subsets.first(subset, k);
            do {
                if (++enumerated > ENUMERATION_BUDGET || evaluated >= SUBSET_BUDGET || !p.canWork()) {
                    break search;
                }
                int lateBound = Math.max(lateFloor, lateOnlySites(subset, k));
                if (!mayImprove(k, lateBound) || !Subsets.covers(p, subset, k)) {
                    continue;
                }
                evaluated++;
                fill.fill(subset, k, lateBound);
                keepIfBetter();
            } while (Subsets.next(subset, k, p.m));
        }
        if (bestAlloc == null) {
            fill.clear();
            int[] taken = Subsets.greedyCover(p, work);
            fill.improve(taken, taken.length, Math.max(lateFloor, lateOnlySites(taken, taken.length)));
            keepIfBetter();
        }
        return bestAlloc;
    }

    private void singleSites() {
        for (int c = 0; c < p.m; c++) {
            onTimeSite[c] = hasOnTimeLane(c);
            boolean full = true;
            for (int i = 0; i < p.n && full; i++) {
                full = p.stock[i][c] >= p.qty[i];
            }
            if (!full) {
                continue;
            }
            fullSites++;
            for (int i = 0; i < p.n; i++) {
                work[i][c] = p.qty[i];
            }
            scoreAlone(c);
            single[c] = new Score();
            single[c].copyFrom(current);
            keepIfBetter();
            for (int i = 0; i < p.n; i++) {
                work[i][c] = 0;
            }
        }
    }

    /** The whole order from warehouse c (its column of work filled); one parcel is scored without evaluate. */
    private void scoreAlone(int c) {
        long weight = p.weight(work, c);
        if (weight > p.capacity[c]) {
            p.evaluate(work, new int[] {c}, 1, false, current);
            return;
        }
        Lane lane = p.lanes(c)[p.bestLane(c, weight, false)];
        current.reset();
        current.shipments = 1;
        current.late = p.late(lane) ? 1 : 0;
        current.cost = lane.price(weight);
        current.priority = p.net.sites[p.site[c]].priority();
    }

    private boolean hasOnTimeLane(int c) {
        for (Lane lane : p.lanes(c)) {
            if (!p.excluded[lane.carrier] && !p.late(lane)) {
                return true;
            }
        }
        return false;
    }

    /** A lower bound on late parcels: 1 when some item sits only in warehouses with no on-time carrier. */
    private int lateFloor() {
        for (int i = 0; i < p.n; i++) {
            boolean onTime = false;
            for (int c = 0; c < p.m && !onTime; c++) {
                onTime = p.stock[i][c] > 0 && onTimeSite[c];
            }
            if (!onTime) {
                return 1;
            }
        }
        return 0;
    }

    /** Whether a plan over k warehouses (so at least k parcels) with at least late late ones could win. */
    private boolean mayImprove(int k, int late) {
        return !best.valid || late < best.late || (late == best.late && k <= best.shipments);
    }

    /** Warehouses without an on-time carrier: each one used adds a late parcel. */
    private int lateOnlySites(int[] subset, int k) {
        int count = 0;
        for (int j = 0; j < k; j++) {
            count += onTimeSite[subset[j]] ? 0 : 1;
        }
        return count;
    }

    private void keepIfBetter() {
        if (current.betterThan(best)) {
            best.copyFrom(current);
            bestAlloc = new int[p.n][];
            for (int i = 0; i < p.n; i++) {
                bestAlloc[i] = work[i].clone();
            }
        }
    }
}
