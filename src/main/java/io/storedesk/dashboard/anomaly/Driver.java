package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;

/** A slice (one channel, category or warehouse) and how far its figure moved from its own baseline that day. */
public record Driver(Dimension dimension, String slice, BigDecimal value, BigDecimal expected) {

    /** The slice's name when it is not known (a line without a warehouse, a refund of a whole order). */
    public static final String UNKNOWN = "";

    public BigDecimal change() {
        return value.subtract(expected);
    }
}
