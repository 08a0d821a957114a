package io.storedesk.aftersales;

import java.time.Instant;

/** A ticket as the after-sales queue shows it. */
public record TicketRow(long id, String code, TicketType type, TicketStatus status, TicketPriority priority,
                        String subject, String orderNo, String customerName, String assigneeName, Instant createdAt,
                        Instant resolutionDue, Instant resolvedAt) {

    /** Past its resolution target: resolved late, or still unresolved after the due time. */
    public boolean resolutionBreached(Instant now) {
        if (resolutionDue == null) {
            return false;
        }
        Instant end = resolvedAt != null ? resolvedAt : now;
        return end.isAfter(resolutionDue);
    }
}
