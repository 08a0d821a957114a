package io.storedesk.stock;

/** The headline state of one stock position, worst first. */
public enum StockStatus {
    NEGATIVE, OUT_OF_STOCK, BELOW_SAFETY, OVERSTOCK, OK;

    /**
     * Classifies a position. safetyStock and maxStock may be null (not set): then only the
     * availability rules apply.
     */
    public static StockStatus of(int onHand, int reserved, Integer safetyStock, Integer maxStock) {
        int available = onHand - reserved;
        if (available < 0) {
            return NEGATIVE;
        }
        if (available == 0) {
            return OUT_OF_STOCK;
        }
        if (safetyStock != null && available < safetyStock) {
            return BELOW_SAFETY;
        }
        if (maxStock != null && onHand > maxStock) {
            return OVERSTOCK;
        }
        return OK;
    }
}
