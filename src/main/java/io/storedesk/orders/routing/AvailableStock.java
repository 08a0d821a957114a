package io.storedesk.orders.routing;


/**
 * Units available per (SKU, warehouse) after reservations, as the router consumes them. An open-addressing
 * table of (skuId << 20 | siteId, units) pairs: routing a large batch looks up millions of pairs, and boxed
 * keys would dominate the time. A SKU's warehouses hash to neighbouring slots, so the lookups of one order
 * line (one per warehouse) share a cache line or two.
 */
public final class AvailableStock {

    private static final int SITE_BITS = 20;
    private static final long MAX_SITE = (1L << SITE_BITS) - 1;
    private static final long MAX_SKU = (1L << (63 - SITE_BITS)) - 1;
    private static final long FREE = -1;

    /** Key at 2 * slot, units at 2 * slot + 1. */
    private long[] table;
    private int size;

    public AvailableStock() {
        this(64);
    }

    private AvailableStock(int slots) {
        table = new long[slots * 2];
        for (int i = 0; i < table.length; i += 2) {
            table[i] = FREE;
        }
    }

    /** Sets the units available; negative (oversold) counts as none when routing. */
    public void set(long skuId, long siteId, int available) {
        if (skuId < 0 || skuId > MAX_SKU || siteId < 0 || siteId > MAX_SITE) {
            throw new IllegalArgumentException("SKU id " + skuId + " or warehouse id " + siteId + " out of range");
        }
        int slot = slot(skuId, siteId);
        table[2 * slot + 1] = available;
        if (table[2 * slot] == FREE) {
            table[2 * slot] = skuId << SITE_BITS | siteId;
            if (++size * 2 > table.length / 2) {
                grow();
            }
        }
    }

    /** The units available (0 for a pair never set or ids out of range). */
    public int available(long skuId, long siteId) {
        if (skuId < 0 || skuId > MAX_SKU || siteId < 0 || siteId > MAX_SITE) {
            return 0;
        }
        int slot = slot(skuId, siteId);
        return table[2 * slot] == FREE ? 0 : (int) Math.max(0, table[2 * slot + 1]);
    }

    /** Takes units that a routing decision assigned; refuses to take more than is available. */
    public void take(long skuId, long siteId, int taken) {
        int available = available(skuId, siteId);
        if (taken < 0 || taken > available) {
            throw new IllegalArgumentException("cannot take " + taken + " of SKU " + skuId + " from warehouse "
                    + siteId + ": " + available + " available");
        }
        if (taken > 0) {
            set(skuId, siteId, available - taken);
        }
    }

    /** An independent copy, so a batch can be routed again from the same starting point. */
    public AvailableStock copy() {
        AvailableStock copy = new AvailableStock(0);
        copy.table = table.clone();
        copy.size = size;
        return copy;
    }

    /** The number of (SKU, warehouse) pairs held. */
    public int size() {
        return size;
    }

    private int slot(long skuId, long siteId) {
        long key = skuId << SITE_BITS | siteId;
        int mask = table.length / 2 - 1;
        int slot = (int) (mix(skuId) + siteId) & mask;
        while (table[2 * slot] != FREE && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (int i = 0; i < table.length; i += 2) {
            table[i] = FREE;
        }
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != FREE) {
                int slot = slot(old[i] >>> SITE_BITS, old[i] & MAX_SITE);
                table[2 * slot] = old[i];
                table[2 * slot + 1] = old[i + 1];
            }
        }
    }

    // The murmur3 finaliser: consecutive SKU ids would otherwise fill neighbouring slots and long probe runs.
    private static long mix(long skuId) {
        long h = skuId;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe53a87cdL;
        h ^= h >>> 33;
        return h;
    }
}
