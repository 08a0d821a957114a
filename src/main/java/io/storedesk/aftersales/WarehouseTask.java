package io.storedesk.aftersales;

import java.time.Instant;

/**
 * A return or exchange a warehouse is waiting to receive: the ticket, its order, and how much of its goods
 * came in so far.
 */
public record WarehouseTask(String ticketCode, TicketType type, TicketStatus status, String orderExternalId,
                            String assignee, Instant createdAt, int quantity, int receivedQuantity) {

    public int outstanding() {
        return quantity - receivedQuantity;
    }
}
