package io.storedesk.stock;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves between warehouses of one SKU before anything is bought. A warehouse is short when its inventory
 * position (available + in transit + on order) is below its reorder point; it asks for what a reorder would
 * bring, up to its order-up-to level (and no further than its maximum stock, when set). A warehouse has
 * excess when its available stock is above what it keeps for itself: its reorder point plus rate × target
 * cover days, rounded up, and more than its reorder point when that is above 0, so that giving never makes
 * it reorder. Shortest warehouse first (most units asked; equal: by warehouse code), each takes from the
 * largest remaining excess (equal: by warehouse code), then from the next, until it has what it asked or
 * nobody has excess left: min(asked, excess) units per move.
 * <p>
 * The moves are recorded per position (+ on the way in, − on the way out); the reorder rule counts them as
 * stock on the way, so a move reduces or removes the receiver's reorder suggestion.
 */
final class TransferPlanner {

    private final int targetCoverDays;

    TransferPlanner(PlanningPolicy policy) {
        this.targetCoverDays = policy.targetCoverDays();
    }

    /**
     * Plans the moves of every SKU with two or more warehouses.
     *
     * @param moved filled per position: units coming in (positive) or going out (negative)
     */
    List<TransferSuggestion> plan(SkuGroups groups, List<PlanningPosition> positions, Demand[] demands,
                                  ReorderLevels[] levels, int[] moved) {
        List<TransferSuggestion> transfers = new ArrayList<>();
        int[] asked = new int[0];
        int[] excess = new int[0];
        for (int g = 0; g < groups.count(); g++) {
            int size = groups.size(g);
            if (size < 2) {
                continue;
            }
            if (asked.length < size) {
                asked = new int[size];
                excess = new int[size];
            }
            boolean anyShort = false;
            boolean anyExcess = false;
            for (int k = 0; k < size; k++) {
                int i = groups.member(g, k);
                asked[k] = asked(positions.get(i), levels[i]);
                excess[k] = asked[k] > 0 ? 0 : excess(positions.get(i), demands[i], levels[i]);
                anyShort |= asked[k] > 0;
                anyExcess |= excess[k] > 0;
            }
            if (anyShort && anyExcess) {
                match(groups, g, positions, asked, excess, moved, transfers);
            }
        }
        return transfers;
    }

    /** Units a short position asks for, 0 when it is not short. */
    static int asked(PlanningPosition p, ReorderLevels levels) {
        long inventoryPosition = (long) p.available() + p.inTransit() + p.onOrder();
        if (inventoryPosition >= levels.reorderPoint()) {
            return 0;
        }
        long units = levels.orderUpTo() - inventoryPosition;
        Integer maxStock = p.setting() == null ? null : p.setting().maxStock();
        if (maxStock != null) {
            units = Math.min(units, (long) maxStock - p.onHand() - p.inTransit() - p.onOrder());
        }
        return (int) Math.max(0, Math.min(units, Integer.MAX_VALUE));
    }

    /** Units a position can give without going short itself, 0 when none. */
    int excess(PlanningPosition p, Demand demand, ReorderLevels levels) {
        int keep = ReorderRule.roundUp(levels.reorderPoint() + demand.dailyRate() * targetCoverDays);
        if (levels.reorderPoint() > 0) {
            keep = Math.max(keep, levels.reorderPoint() + 1);
        }
        return Math.max(0, p.available() - Math.max(keep, 0));
    }

    private static void match(SkuGroups groups, int g, List<PlanningPosition> positions, int[] asked, int[] excess,
                              int[] moved, List<TransferSuggestion> transfers) {
        int size = groups.size(g);
        while (true) {
            int to = largest(groups, g, positions, asked, size);
            if (to < 0) {
                return;
            }
            while (asked[to] > 0) {
                int from = largest(groups, g, positions, excess, size);
                if (from < 0) {
                    return;
                }
                int units = Math.min(asked[to], excess[from]);
                asked[to] -= units;
                excess[from] -= units;
                PlanningPosition receiver = positions.get(groups.member(g, to));
                PlanningPosition giver = positions.get(groups.member(g, from));
                moved[groups.member(g, to)] += units;
                moved[groups.member(g, from)] -= units;
                transfers.add(new TransferSuggestion(receiver.key().skuId(), receiver.skuCode(),
                        giver.key().warehouseId(), giver.warehouseCode(), receiver.key().warehouseId(),
                        receiver.warehouseCode(), units));
            }
        }
    }

    /** The member with the most units left (equal: lower warehouse code), -1 when all are at 0. */
    private static int largest(SkuGroups groups, int g, List<PlanningPosition> positions, int[] units, int size) {
        int best = -1;
        for (int k = 0; k < size; k++) {
            if (units[k] > 0 && (best < 0 || units[k] > units[best] || units[k] == units[best]
                    && warehouseCode(groups, g, positions, k).compareTo(warehouseCode(groups, g, positions, best)) < 0)) {
                best = k;
            }
        }
        return best;
    }

    private static String warehouseCode(SkuGroups groups, int g, List<PlanningPosition> positions, int k) {
        return positions.get(groups.member(g, k)).warehouseCode();
    }
}
