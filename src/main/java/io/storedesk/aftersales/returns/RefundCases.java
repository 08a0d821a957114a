package io.storedesk.aftersales.returns;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.Refund;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads what a ticket's refund is worked out from: the units (received ones for a return, the ticket's for a
 * refund without return), their order lines, the order's discount and shipping, and what went back before.
 */
final class RefundCases {

    /** refund.reason of the row that gives shipping back, so a second refund cannot give it back again. */
    static final String SHIPPING = "SHIPPING";

    private final TicketRepository tickets;
    private final OrderRepository orders;
    private final ReturnsRepository repository;

    RefundCases(TicketRepository tickets, OrderRepository orders, ReturnsRepository repository) {
        this.tickets = tickets;
        this.orders = orders;
        this.repository = repository;
    }

    /** The ticket's order and its refund case; refused for tickets that cannot be refunded (yet). */
    Basis read(Ticket ticket, ZoneId zone) {
        if (ticket.type() != TicketType.RETURN && ticket.type() != TicketType.REFUND_ONLY) {
            throw new RefusedInputException("aftersales.refund.notRefundable", ticket.code());
        }
        if (!ticket.status().isOpen()) {
            throw new RefusedInputException("aftersales.refund.ticketClosed", ticket.code());
        }
        Order order = ticket.orderId() == null ? null
                : orders.findOrder(ticket.orderId()).orElse(null);
        if (order == null) {
            throw new RefusedInputException("aftersales.refund.noOrder", ticket.code());
        }
        List<Refund> before = orders.refunds(order.id());
        Map<Long, Integer> units = units(ticket);
        if (units.isEmpty()) {
            throw new RefusedInputException(ticket.type() == TicketType.RETURN ? "aftersales.refund.nothingReceived"
                    : "aftersales.refund.nothingLeft", ticket.code());
        }
        lessRefundedBefore(units, ticket, before);
        if (units.isEmpty()) {
            throw new RefusedInputException("aftersales.refund.nothingLeft", ticket.code());
        }
        Map<Long, OrderLine> lines = order.lines().stream().collect(Collectors.toMap(OrderLine::id, l -> l));
        String currency = order.currency();
        List<RefundItem> items = new ArrayList<>();
        units.forEach((lineId, quantity) -> {
            OrderLine line = lines.get(lineId);
            if (line == null || line.kind() != LineKind.SALE) {
                throw new RefusedInputException("aftersales.refund.notASaleLine", ticket.code(),
                        String.valueOf(lineId));
            }
            items.add(new RefundItem(lineId, line.skuCode(), line.quantity(), quantity, line.amount(),
                    new Money(sum(before.stream().filter(r -> lineId.equals(r.orderLineId()))), currency)));
        });
        boolean wholeOrder = order.lines().stream().filter(l -> l.kind() == LineKind.SALE && l.quantity() > 0)
                .allMatch(l -> refundedUnits(before, l.id()) + units.getOrDefault(l.id(), 0) >= l.quantity());
        Set<Long> shippingLines = order.lines().stream().filter(l -> l.kind() == LineKind.SHIPPING)
                .map(OrderLine::id).collect(Collectors.toSet());
        BigDecimal shippingBefore = sum(before.stream().filter(r -> SHIPPING.equals(r.reason())
                || r.orderLineId() != null && shippingLines.contains(r.orderLineId())));
        Instant bought = repository.deliveredAt(order.id()).orElse(order.paidAt());
        RefundCase refundCase = new RefundCase(ticket.reasonCode(), bought == null ? null : day(bought, zone),
                day(ticket.createdAt(), zone), order.goodsAmount(), order.discountAmount(), order.shippingFee(),
                new Money(shippingBefore, currency), wholeOrder, items);
        return new Basis(order, shippingLines.stream().findFirst().orElse(null), refundCase);
    }

    /** The order a refund goes against, its shipping line (null = none) and the case the calculator reads. */
    record Basis(Order order, Long shippingLineId, RefundCase refundCase) {
    }

    /**
     * Units to refund by order line: those received back for a return, those claimed for a refund only. Those
     * this ticket refunded before come off afterwards (a second parcel of a return is refunded for its own units).
     */
    private Map<Long, Integer> units(Ticket ticket) {
        Map<Long, Integer> units = new LinkedHashMap<>();
        for (TicketLine line : tickets.lines(ticket.id())) {
            int quantity = ticket.type() == TicketType.RETURN ? line.receivedQuantity() : line.quantity();
            if (quantity == 0) {
                continue;
            }
            if (line.orderLineId() == null) {
                throw new RefusedInputException("aftersales.refund.lineWithoutOrderLine", ticket.code(),
                        String.valueOf(line.id()));
            }
            units.merge(line.orderLineId(), quantity, Integer::sum);
        }
        return units;
    }

    private static void lessRefundedBefore(Map<Long, Integer> units, Ticket ticket, List<Refund> before) {
        for (Refund r : before) {
            if (r.ticketId() != null && r.ticketId() == ticket.id() && r.orderLineId() != null) {
                units.computeIfPresent(r.orderLineId(), (id, q) -> q - r.quantity() > 0 ? q - r.quantity() : null);
            }
        }
    }

    private static int refundedUnits(List<Refund> refunds, long orderLineId) {
        return refunds.stream().filter(r -> r.orderLineId() != null && r.orderLineId() == orderLineId)
                .mapToInt(Refund::quantity).sum();
    }

    private static BigDecimal sum(Stream<Refund> refunds) {
        return refunds.map(r -> r.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }
}
