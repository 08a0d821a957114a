package io.storedesk.stock;

/** What can be wrong with a stock position, worst first. */
public enum WarningKind {
    NEGATIVE_AVAILABLE, OUT_OF_STOCK, BELOW_SAFETY, NEAR_EXPIRY, OVERSTOCK, SLOW_MOVING
}
