package io.storedesk.sync.inbound;

import io.storedesk.orders.Address;
import io.storedesk.orders.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order of the channel as the store holds it, with what decides how far the channel may change it: whether
 * anything (a shipment, a refund, a ticket) refers to its lines, and who changed it last.
 */
record StoredOrder(long id, String externalId, OrderStatus status, Long customerId, Instant placedAt, Instant paidAt,
                   String currency, BigDecimal goods, BigDecimal shipping, BigDecimal discount, BigDecimal total,
                   String buyerNote, Address shipTo, Instant remoteUpdatedAt, String remoteStatus, String updatedBy,
                   List<InboundLine> lines, boolean linesInUse) {

    StoredOrder {
        lines = List.copyOf(lines);
    }
}
