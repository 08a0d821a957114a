package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.time.Instant;

/** One sold line (quantity and unit price positive) with the slices it belongs to; null names are unknown. */
public record SoldLineFact(long orderId, Instant placedAt, String channel, String category, String warehouse,
        BigDecimal amount) {
}
