package io.storedesk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

/** The sold lines of one order summed: when it was placed, on which channel, units and gross amount. */
public record SaleFact(Instant placedAt, String channel, long units, BigDecimal gross) {
}
