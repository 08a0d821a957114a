package io.storedesk.orders;

/** What an order line is: goods sold, or one of the money-only lines marketplaces add. */
public enum LineKind {
    SALE, SHIPPING, FEE, DISCOUNT, ADJUSTMENT, SAMPLE
}
