package io.storedesk.stock;

/**
 * How many units to order for a need: at least the minimum order quantity, rounded up to whole packs; then,
 * when the position has a maximum, cut to the largest number of whole packs that keeps on hand + in transit
 * + on order + the order within it. An order the cut leaves below the minimum (or at nothing) is no order:
 * the supplier would not take it.
 */
final class OrderQuantity {

    private OrderQuantity() {
    }

    /**
     * @param need units short of the order-up-to level (0 or less: nothing to order)
     * @param moq the supplier's minimum order quantity (below 1 counts as 1)
     * @param packSize units per pack (below 1 counts as 1)
     * @param maxStock the most the position may hold, null = no maximum
     * @param stockAndIncoming on hand + in transit + on order (+ transfers on the way) now
     * @return the units to order, 0 for no order
     */
    static int of(int need, int moq, int packSize, Integer maxStock, int stockAndIncoming) {
        if (need <= 0) {
            return 0;
        }
        int minimum = Math.max(moq, 1);
        int pack = Math.max(packSize, 1);
        long quantity = roundUpToPack(Math.max(need, minimum), pack);
        if (maxStock != null) {
            long room = (long) maxStock - stockAndIncoming;
            if (quantity > room) {
                quantity = room <= 0 ? 0 : room / pack * pack;
            }
        }
        return quantity < minimum || quantity <= 0 ? 0 : (int) Math.min(quantity, Integer.MAX_VALUE);
    }

    private static long roundUpToPack(long units, int pack) {
        return (units + pack - 1) / pack * pack;
    }
}
