package io.storedesk.orders;

import io.storedesk.common.Money;
import java.time.Instant;

/** Money given back on an order (or one line of it), dated when it was refunded. id 0 = not yet stored. */
public record Refund(long id, long orderId, Long orderLineId, Long ticketId, String externalId, RefundKind kind,
                     int quantity, Money amount, String reason, Instant refundedAt) {
}
