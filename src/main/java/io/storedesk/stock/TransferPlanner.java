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
        Warehouses w = new Warehouses(0);
        for (int g = 0; g < groups.count(); g++) {
            int size = groups.size(g);
            if (size < 2) {
                continue;
            }
            if (w.size() < size) {
                w = new Warehouses(size);
            }
            boolean anyShort = false;
            boolean anyExcess = false;
            for (int k = 0; k < size; k++) {
                int i = groups.member(g, k);
                w.position[k] = i;
                w.asked[k] = asked(positions.get(i), levels[i]);
                w.excess[k] = w.asked[k] > 0 ? 0 : excess(positions.get(i), demands[i], levels[i]);
                anyShort |= w.asked[k] > 0;
                anyExcess |= w.excess[k] > 0;
            }
            if (anyShort && anyExcess) {
                for (int k = 0; k < size; k++) {
                    w.code[k] = positions.get(w.position[k]).warehouseCode();
                }
                match(w, size, positions, moved, transfers);
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

    private static void match(Warehouses w, int size, List<PlanningPosition> positions, int[] moved,
                              List<TransferSuggestion> transfers) {
        for (int to = largest(w.asked, w.code, size); to >= 0; to = largest(w.asked, w.code, size)) {
            while (w.asked[to] > 0) {
                int from = largest(w.excess, w.code, size);
                if (from < 0) {
                    return;
                }
                int units = Math.min(w.asked[to], w.excess[from]);
                w.asked[to] -= units;
                w.excess[from] -= units;
                moved[w.position[to]] += units;
                moved[w.position[from]] -= units;
                PlanningPosition receiver = positions.get(w.position[to]);
                PlanningPosition giver = positions.get(w.position[from]);
                transfers.add(new TransferSuggestion(receiver.key().skuId(), receiver.skuCode(),
                        giver.key().warehouseId(), giver.warehouseCode(), receiver.key().warehouseId(),
                        receiver.warehouseCode(), units));
            }
        }
    }

    /** The warehouse with the most units left (equal: the lower code), -1 when all are at 0. */
    private static int largest(int[] units, String[] code, int size) {
        int best = -1;
        for (int k = 0; k < size; k++) {
            if (units[k] > 0 && (best < 0 || units[k] > units[best]
                    || units[k] == units[best] && code[k].compareTo(code[best]) < 0)) {
                best = k;
            }
        }
        return best;
    }

    /** The warehouses of the SKU being planned, reused from SKU to SKU: position index, code, asked, excess. */
    private static final class Warehouses {
        final int[] position;
        final String[] code;
        final int[] asked;
        final int[] excess;

        Warehouses(int size) {
            position = new int[size];
            code = new String[size];
            asked = new int[size];
            excess = new int[size];
        }

        int size() {
            return position.length;
        }
    }
}
