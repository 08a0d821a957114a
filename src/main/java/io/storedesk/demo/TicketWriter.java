package io.storedesk.demo;

import java.util.List;

/** Writes tickets, the goods they are about, and their timelines. */
final class TicketWriter {

    private final DemoTable tickets;
    private final DemoTable lines;
    private final DemoTable events;

    TicketWriter(DemoFiles files) {
        tickets = files.table("tickets.csv", "code", "type", "status", "priority", "reason_code", "channel_code",
                "channel_reference", "order_no", "customer_id", "subject", "assignee", "warehouse_code", "created_at",
                "first_responded_at", "resolved_at", "feedback_at", "closed_at", "paused_minutes", "satisfaction",
                "refund_amount");
        lines = files.table("ticket_lines.csv", "ticket_code", "order_no", "line_no", "sku_code", "quantity",
                "received_quantity", "condition");
        events = files.table("ticket_events.csv", "ticket_code", "occurred_at", "kind", "from_status", "to_status",
                "actor", "body");
    }

    void write(List<DemoTicket> all) {
        for (DemoTicket t : all) {
            TicketTimeline time = t.timeline();
            tickets.add(t.code(), t.type(), t.status(), t.priority(), t.reason(), t.order().channel().code(),
                    t.channelReference(), t.order().orderNo(), t.order().customer() == null ? null
                            : t.order().customer().id(), t.subject(), t.assignee(), t.warehouse(), t.createdAt(),
                    time.firstRespondedAt(), time.resolvedAt(), time.feedbackAt(), time.closedAt(),
                    time.pausedMinutes(), time.satisfaction(), t.refund());
            if (t.line() != null) {
                int received = time.receivedAt() == null || "MISSING".equals(time.condition()) ? 0 : t.quantity();
                lines.add(t.code(), t.order().orderNo(), t.line().lineNo(), t.line().skuCode(), t.quantity(), received,
                        time.condition());
            }
            for (TicketTimeline.Event e : time.events()) {
                events.add(t.code(), e.at(), e.kind(), e.from(), e.to(), e.actor(), e.body());
            }
        }
    }
}
