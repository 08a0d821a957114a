package io.storedesk.aftersales.intake;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketType;
import java.time.Instant;
import java.util.List;

/** A checked ticket about to be opened: everything but its code, SLA, assignee and ids. */
record TicketDraft(TicketType type, TicketPriority priority, String reasonCode, String subject, Long channelId,
                   String channelReference, Long customerId, String customerTier, Long orderId, Long warehouseId,
                   List<Line> lines, Instant createdAt) {

    record Line(Long orderLineId, Long skuId, int quantity) {
    }
}
