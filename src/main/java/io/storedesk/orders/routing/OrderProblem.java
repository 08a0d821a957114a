package io.storedesk.orders.routing;

import java.util.List;

/**
 * One order made ready for the search (by Preflight): its routed lines merged by SKU into items (lines of
 * one SKU share that SKU's stock), the candidate warehouses with the units of each item they can ship, and
 * the carriers excluded at the destination. Fields are plain arrays because the search reads them millions
 * of times per batch.
 */
final class OrderProblem {

    RouteOrder order;
    CompiledNetwork net;
    RoutingClock clock;
    /** Set when the order cannot be routed; every other field may then be unset. */
    RouteDecision hold;
    List<RouteLine> presale;
    List<RouteLine> ignored;

    int destination;
    /** Epoch day by which parcels must arrive; Long.MAX_VALUE without a promise. */
    long deadline;
    boolean[] excluded;

    int n;
    long[] sku;
    int[] qty;
    long[] unitWeight;
    String[] code;
    RouteLine[][] lines;

    int m;
    /** Candidate c is warehouse site[c] of net.sites. */
    int[] site;
    /** The heaviest parcel any carrier takes from the candidate to the destination. */
    long[] capacity;
    /** stock[item][candidate]: units available there (0 where a unit is too heavy for every carrier). */
    int[][] stock;
    private int[] heaviestFirst;

    /**
     * Work allowed per order, in item-by-warehouse cells read by evaluate plus a charge per evaluation and per
     * lane compared (together about a millisecond): large orders stop improving when it runs out, so one
     * order stays well under 5 ms whatever its size.
     */
    static final long WORK_BUDGET = 600_000;
    /** What one evaluation costs beyond its cells (calls, score, lane choice), in the same units. */
    private static final long EVALUATION_COST = 40;
    private long work;

    /** Whether the search may still evaluate plans. */
    boolean canWork() {
        return work < WORK_BUDGET;
    }

    /** Whether count more evaluations (of up to every candidate) fit into what is left of the budget. */
    boolean canWork(long evaluations) {
        return work + evaluations * (EVALUATION_COST + (long) n * m) < WORK_BUDGET;
    }

    boolean promised() {
        return deadline != Long.MAX_VALUE;
    }

    Lane[] lanes(int candidate) {
        return net.lanes(site[candidate], destination);
    }

    boolean late(Lane lane) {
        return clock.shipDay(lane.carrier) + lane.transitDays > deadline;
    }

    boolean usable(Lane lane, long weight) {
        return !excluded[lane.carrier] && weight <= lane.maxWeight;
    }

    /** The best lane for a parcel: on time first (unless ignoreLate), then cheapest, then lowest carrier id. */
    int bestLane(int candidate, long weight, boolean ignoreLate) {
        Lane[] lanes = lanes(candidate);
        int best = -1;
        boolean bestLate = false;
        long bestCost = 0;
        for (int l = 0; l < lanes.length; l++) {
            Lane lane = lanes[l];
            if (!usable(lane, weight)) {
                continue;
            }
            boolean late = !ignoreLate && late(lane);
            long cost = lane.price(weight);
            if (best < 0 || (late != bestLate ? !late : cost != bestCost ? cost < bestCost
                    : lane.card.id() < lanes[best].card.id())) {
                best = l;
                bestLate = late;
                bestCost = cost;
            }
        }
        return best;
    }

    long weight(int[][] alloc, int candidate) {
        long weight = 0;
        for (int i = 0; i < n; i++) {
            weight += alloc[i][candidate] * unitWeight[i];
        }
        return weight;
    }

    /**
     * Scores a plan given as units per item and candidate, reading only the given candidates (a subset's
     * warehouses: the others hold nothing in the plans the search builds, and skipping them saves most reads).
     */
    void evaluate(int[][] alloc, int[] candidates, int count, boolean ignoreLate, Score out) {
        work += EVALUATION_COST + (long) n * count;
        out.reset();
        for (int j = 0; j < count; j++) {
            int c = candidates[j];
            boolean used = false;
            long weight = 0;
            for (int i = 0; i < n; i++) {
                used |= alloc[i][c] > 0;
                weight += alloc[i][c] * unitWeight[i];
            }
            if (!used) {
                continue;
            }
            out.priority += net.sites[site[c]].priority();
            if (weight <= capacity[c]) {
                addParcel(c, weight, ignoreLate, out);
            } else {
                int[] units = new int[n];
                for (int i = 0; i < n; i++) {
                    units[i] = alloc[i][c];
                }
                List<int[]> parcels = ParcelPacker.pack(unitWeight, units, capacity[c], heaviestFirst());
                // Packing reads every open parcel for every item and allocates each parcel: dearer per cell.
                work += 4L * n * parcels.size();
                for (int[] parcel : parcels) {
                    long parcelWeight = 0;
                    for (int i = 0; i < n; i++) {
                        parcelWeight += parcel[i] * unitWeight[i];
                    }
                    addParcel(c, parcelWeight, ignoreLate, out);
                }
            }
        }
    }

    /** The items by falling unit weight, for packing heavy parts. */
    int[] heaviestFirst() {
        if (heaviestFirst == null) {
            heaviestFirst = ParcelPacker.heaviestFirst(unitWeight);
        }
        return heaviestFirst;
    }

    // The lateness is always counted, also when the baseline chooses carriers by price alone.
    private void addParcel(int candidate, long weight, boolean ignoreLate, Score out) {
        work += 4L * lanes(candidate).length;
        int best = bestLane(candidate, weight, ignoreLate);
        Lane lane = lanes(candidate)[best];
        out.shipments++;
        out.late += late(lane) ? 1 : 0;
        out.cost += lane.price(weight);
    }
}
