package io.storedesk.orders.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a warehouse's part that no carrier takes in one parcel into parcels of at most a given weight:
 * first-fit by falling unit weight, moving whole runs of units at a time so a large quantity stays cheap.
 */
final class ParcelPacker {

    private ParcelPacker() {
    }

    /** Parcels as units per item; every unit weight must be at most capacity. */
    static List<int[]> pack(long[] unitWeight, int[] units, long capacity) {
        return pack(unitWeight, units, capacity, heaviestFirst(unitWeight));
    }

    /** The items by falling unit weight (then index): computed once per order, packing runs many times. */
    static int[] heaviestFirst(long[] unitWeight) {
        Integer[] order = new Integer[unitWeight.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> unitWeight[a] != unitWeight[b] ? Long.compare(unitWeight[b], unitWeight[a])
                : Integer.compare(a, b));
        int[] sorted = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            sorted[i] = order[i];
        }
        return sorted;
    }

    /** As pack, with the items' order (heaviestFirst) given. */
    static List<int[]> pack(long[] unitWeight, int[] units, long capacity, int[] order) {
        List<int[]> parcels = new ArrayList<>();
        long[] loads = new long[4];
        for (int i : order) {
            int left = units[i];
            long weight = unitWeight[i];
            for (int p = 0; p < parcels.size() && left > 0; p++) {
                long fits = weight == 0 ? left : (capacity - loads[p]) / weight;
                int taken = (int) Math.min(fits, left);
                if (taken > 0) {
                    parcels.get(p)[i] += taken;
                    loads[p] += taken * weight;
                    left -= taken;
                }
            }
            while (left > 0) {
                int taken = (int) Math.min(weight == 0 ? left : capacity / weight, left);
                if (taken == 0) {
                    throw new IllegalArgumentException("a unit of " + weight + " g exceeds " + capacity + " g");
                }
                int[] parcel = new int[units.length];
                parcel[i] = taken;
                if (parcels.size() == loads.length) {
                    loads = Arrays.copyOf(loads, loads.length * 2);
                }
                loads[parcels.size()] = taken * weight;
                parcels.add(parcel);
                left -= taken;
            }
        }
        return parcels;
    }
}
