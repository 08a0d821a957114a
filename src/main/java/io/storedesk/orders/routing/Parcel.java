package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.List;

/** One parcel of a chosen plan before it becomes a PlannedShipment: its warehouse, units per item and lane. */
final class Parcel {

    final int candidate;
    final int[] units;
    final long weight;
    final Lane lane;
    final boolean late;
    final long cost;
    /** More than one: the warehouse's part was over every carrier's limit and was packed into parcels. */
    final int parcelsFromSite;

    private Parcel(OrderProblem p, int candidate, int[] units, long weight, boolean ignoreLate, int parcelsFromSite) {
        this.candidate = candidate;
        this.units = units;
        this.weight = weight;
        this.lane = p.lanes(candidate)[p.bestLane(candidate, weight, ignoreLate)];
        this.late = p.late(lane);
        this.cost = lane.price(weight);
        this.parcelsFromSite = parcelsFromSite;
    }

    /** The parcels of a plan, warehouse by warehouse in the network's order. */
    static List<Parcel> of(OrderProblem p, int[][] alloc, boolean ignoreLate) {
        List<Parcel> parcels = new ArrayList<>(2);
        for (int c = 0; c < p.m; c++) {
            int[] units = new int[p.n];
            boolean used = false;
            for (int i = 0; i < p.n; i++) {
                units[i] = alloc[i][c];
                used |= units[i] > 0;
            }
            if (!used) {
                continue;
            }
            long weight = p.weight(alloc, c);
            if (weight <= p.capacity[c]) {
                parcels.add(new Parcel(p, c, units, weight, ignoreLate, 1));
                continue;
            }
            List<int[]> packed = ParcelPacker.pack(p.unitWeight, units, p.capacity[c], p.heaviestFirst());
            for (int[] parcel : packed) {
                long parcelWeight = 0;
                for (int i = 0; i < p.n; i++) {
                    parcelWeight += parcel[i] * p.unitWeight[i];
                }
                parcels.add(new Parcel(p, c, parcel, parcelWeight, ignoreLate, packed.size()));
            }
        }
        return parcels;
    }

    Site site(OrderProblem p) {
        return p.net.sites[p.site[candidate]];
    }

    long shipDay(OrderProblem p) {
        return p.clock.shipDay(lane.carrier);
    }

    long deliveryDay(OrderProblem p) {
        return shipDay(p) + lane.transitDays;
    }
}
