package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.time.Instant;

/** One refund with its order's channel and, where it names a line, the line's category and warehouse. */
public record RefundFact(Instant refundedAt, String channel, String category, String warehouse,
        BigDecimal amount) {
}
