package io.storedesk.aftersales.queue;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import java.time.Instant;

/**
 * A queued ticket as stored: what the queue shows and the moments its clocks read; awaitingGoods: a return or
 * exchange whose goods have not all arrived at the warehouse.
 */
public record StoredQueueTicket(long id, String code, TicketType type, TicketStatus status, TicketPriority priority,
                                String subject, String orderNo, String customerName, String assignee,
                                String assigneeName, Long warehouseId, Instant createdAt, Long slaPolicyId,
                                Instant firstRespondedAt, Instant resolvedAt, Instant feedbackAt, Instant pausedSince,
                                boolean breachFlagged, boolean awaitingGoods) {
}
