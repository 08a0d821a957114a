package io.storedesk.orders;

import java.time.Instant;

/** A line a known buyer bought: what a later cancellation is matched against. */
public record PurchasedLine(String customer, String skuCode, Instant placedAt, String orderNo, long orderId,
                            long lineId, int quantity) {
}
