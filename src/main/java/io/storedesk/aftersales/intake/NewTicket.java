package io.storedesk.aftersales.intake;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketType;
import java.util.List;

/**
 * A ticket a person opens by hand. channelId, customerId and orderId are optional; with an order, a missing
 * channel or customer is taken from it. Lines (SKU and quantity) are required for returns and exchanges.
 */
public record NewTicket(TicketType type, TicketPriority priority, String reasonCode, String subject, Long channelId,
                        Long customerId, Long orderId, List<Line> lines) {

    public NewTicket {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** Goods the ticket is about. */
    public record Line(long skuId, int quantity) {
    }
}
