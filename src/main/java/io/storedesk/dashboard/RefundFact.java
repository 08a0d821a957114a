package io.storedesk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/** One refund: when, for which channel's order, how much. */
public record RefundFact(Instant refundedAt, String channel, BigDecimal amount) {
}
