package io.storedesk.aftersales;

import io.storedesk.common.Money;
import java.time.Instant;

/**
 * An after-sales ticket. The due times come from the SLA policy that matched it when it was created.
 * id 0 = not yet stored.
 */
public record Ticket(long id, String code, TicketType type, TicketStatus status, TicketPriority priority,
                     String reasonCode, Long channelId, String channelReference, Long customerId, Long orderId,
                     String subject, String assignee, Long warehouseId, Long slaPolicyId, SlaDue due,
                     Instant createdAt, Instant firstRespondedAt, Instant resolvedAt, Instant feedbackAt,
                     Instant closedAt, int pausedMinutes, Integer satisfaction, Money refundAmount,
                     int version) {
}
