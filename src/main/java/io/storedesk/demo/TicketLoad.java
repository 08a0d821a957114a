package io.storedesk.demo;

import io.storedesk.aftersales.BusinessClock;
import io.storedesk.aftersales.SlaDue;
import io.storedesk.aftersales.SlaPolicy;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Money;
import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Loads tickets (due times from the SLA policy that matches), their lines and timelines, and refunds. */
final class TicketLoad {

    private final TicketRepository tickets;
    private final OrderRepository orders;

    TicketLoad(TicketRepository tickets, OrderRepository orders) {
        this.tickets = tickets;
        this.orders = orders;
    }

    void load(DemoLoadContext ctx) {
        List<SlaPolicy> policies = tickets.slaPolicies();
        CsvTable table = ctx.table("tickets.csv");
        List<Ticket> batch = new ArrayList<>();
        for (CsvRow r : table.rows()) {
            TicketType type = r.enumValue("type", TicketType.class);
            TicketPriority priority = r.enumValue("priority", TicketPriority.class);
            long channel = ctx.id(ctx.channels, r, "channel_code");
            Instant created = ctx.shift.instant(r.dateTime("created_at"));
            SlaPolicy policy = SlaPolicy.choose(policies, type, priority, channel, null).orElse(null);
            // The seeded policies run on the 24x7 calendar; business calendars come with the after-sales pane.
            SlaDue due = policy == null ? null : policy.dueFrom(created, BusinessClock.ALWAYS_OPEN);
            String refund = r.optional("refund_amount");
            batch.add(new Ticket(0, r.required("code"), type, r.enumValue("status", TicketStatus.class), priority,
                    r.optional("reason_code"), channel, r.optional("channel_reference"), ctx.customer(r, channel),
                    ctx.id(ctx.orders, r, "order_no"), r.required("subject"), r.optional("assignee"),
                    ctx.optionalId(ctx.warehouses, r, "warehouse_code"), policy == null ? null : policy.id(), due,
                    created, ctx.shift.instant(r.optionalDateTime("first_responded_at")),
                    ctx.shift.instant(r.optionalDateTime("resolved_at")),
                    ctx.shift.instant(r.optionalDateTime("feedback_at")),
                    ctx.shift.instant(r.optionalDateTime("closed_at")), r.integer("paused_minutes"),
                    r.optionalInteger("satisfaction"),
                    refund == null ? null : new Money(r.decimal("refund_amount"), DemoShop.CURRENCY), 0));
        }
        ctx.tickets.putAll(tickets.insertTickets(batch));
        ctx.advance(table.rows().size());

        CsvTable lines = ctx.table("ticket_lines.csv");
        tickets.insertLines(lines.rows().stream().map(r -> new TicketLine(0, ctx.id(ctx.tickets, r, "ticket_code"),
                ctx.lineId(r, "order_no", "line_no"), ctx.id(ctx.skus, r, "sku_code"), r.integer("quantity"),
                r.integer("received_quantity"), r.optional("condition"))).toList());
        ctx.advance(lines.rows().size());

        CsvTable events = ctx.table("ticket_events.csv");
        tickets.appendEvents(events.rows().stream().map(r -> new TicketEvent(0, ctx.id(ctx.tickets, r, "ticket_code"),
                r.enumValue("kind", TicketEventKind.class), status(r, "from_status"), status(r, "to_status"),
                r.required("actor"), r.optional("body"), ctx.shift.instant(r.dateTime("occurred_at")))).toList());
        tickets.startPausesFromTimeline();
        ctx.advance(events.rows().size());

        CsvTable refunds = ctx.table("refunds.csv");
        orders.insertRefunds(refunds.rows().stream().map(r -> new Refund(0, ctx.id(ctx.orders, r, "order_no"),
                r.text("line_no").isEmpty() ? null : ctx.lineId(r, "order_no", "line_no"),
                ctx.optionalId(ctx.tickets, r, "ticket_code"), r.required("refund_id"),
                r.enumValue("kind", RefundKind.class), r.integer("quantity"),
                new Money(r.decimal("amount"), DemoShop.CURRENCY), r.optional("reason"),
                ctx.shift.instant(r.dateTime("refunded_at")))).toList());
        ctx.advance(refunds.rows().size());
    }

    private static TicketStatus status(CsvRow r, String column) {
        return r.text(column).isEmpty() ? null : r.enumValue(column, TicketStatus.class);
    }
}
