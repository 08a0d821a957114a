package io.storedesk.stock;

import io.storedesk.common.RefusedInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How much of the available stock a channel may sell: a share of it less a fixed buffer ("publish 90 %
 * minus 2"), so that one marketplace's burst cannot oversell another's. Never more than is available after
 * reservations, never below zero.
 */
public record ChannelStockPolicy(BigDecimal ratio, int buffer) {

    public static final ChannelStockPolicy ALL = new ChannelStockPolicy(BigDecimal.ONE, 0);

    public ChannelStockPolicy {
        if (ratio == null || ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
            throw new RefusedInputException("stock.channel.error.ratio", ratio == null ? "" : ratio.toPlainString());
        }
        if (buffer < 0) {
            throw new RefusedInputException("stock.channel.error.buffer", buffer);
        }
        // 0.9 and the store's 0.9000 are the same policy.
        ratio = ratio.stripTrailingZeros();
    }

    /** Units to publish when this many are available: ⌊ratio × available⌋ − buffer, within [0, available]. */
    public long publishable(long available) {
        if (available <= 0) {
            return 0;
        }
        long share = ratio.multiply(BigDecimal.valueOf(available)).setScale(0, RoundingMode.FLOOR).longValueExact();
        return Math.max(0, Math.min(available, share - buffer));
    }
}
