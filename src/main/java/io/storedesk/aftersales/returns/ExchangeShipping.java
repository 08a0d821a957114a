package io.storedesk.aftersales.returns;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.stock.StockRepository;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ships an exchange's replacement as a new order: the original's channel, buyer and address, the replacement
 * SKUs at zero price (the buyer paid on the original), numbered after the ticket so a second click cannot ship
 * twice. It is created paid, so routing picks it up like any order waiting for a warehouse (and reviews its
 * address first); the ticket's timeline names it.
 */
public final class ExchangeShipping {

    /** Order numbers of replacements: "EX-" and the ticket code. */
    public static final String NUMBER_PREFIX = "EX-";

    private final Transactions transactions;
    private final TicketRepository tickets;
    private final OrderRepository orders;
    private final StockRepository stock;
    private final Clock clock;
    private final Access access;

    public ExchangeShipping(Transactions transactions, TicketRepository tickets, OrderRepository orders,
                            StockRepository stock, Clock clock, Access access) {
        this.access = access;
        this.transactions = transactions;
        this.tickets = tickets;
        this.orders = orders;
        this.stock = stock;
        this.clock = clock;
    }

    /** Creates the replacement order (quantities by SKU code); refused (nothing created) when it cannot ship. */
    public ExchangeOrder shipExchange(String ticketCode, Map<String, Integer> replacement, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            Ticket ticket = tickets.findTicket(ticketCode)
                    .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", ticketCode));
            if (ticket.type() != TicketType.EXCHANGE) {
                throw new RefusedInputException("aftersales.exchange.notAnExchange", ticketCode);
            }
            if (!ticket.status().isOpen()) {
                throw new RefusedInputException("aftersales.exchange.ticketClosed", ticketCode);
            }
            Order original = ticket.orderId() == null ? null : orders.findOrder(ticket.orderId()).orElse(null);
            if (original == null) {
                throw new RefusedInputException("aftersales.exchange.noOrder", ticketCode);
            }
            if (replacement.isEmpty()) {
                throw new RefusedInputException("aftersales.exchange.nothingToShip", ticketCode);
            }
            String number = NUMBER_PREFIX + ticketCode;
            if (orders.findOrderId(original.channelId(), number).isPresent()) {
                throw new RefusedInputException("aftersales.exchange.alreadyShipped", ticketCode, number);
            }
            Instant at = clock.instant();
            Order order = replacementOrder(original, number, lines(replacement, original.currency()), at);
            long id = orders.insertOrders(List.of(order), n -> { })
                    .get(new ExternalKey(original.channelId(), number));
            tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), TicketEventKind.EXCHANGE, null, null, user,
                    "exchangeOrder=" + number, at)));
            return new ExchangeOrder(ticketCode, id, number);
        });
    }

    private List<OrderLine> lines(Map<String, Integer> replacement, String currency) {
        Money zero = Money.zero(currency);
        List<OrderLine> lines = new ArrayList<>();
        replacement.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String code = e.getKey() == null ? "" : e.getKey().strip();
            Long skuId = stock.skuId(code)
                    .orElseThrow(() -> new RefusedInputException("aftersales.exchange.unknownSku", code));
            if (e.getValue() == null || e.getValue() <= 0) {
                throw new RefusedInputException("aftersales.exchange.quantityNotPositive", code, e.getValue());
            }
            lines.add(new OrderLine(0, lines.size() + 1, skuId, code, null, LineKind.SALE, e.getValue(), zero, zero,
                    false, null));
        });
        return lines;
    }

    private static Order replacementOrder(Order original, String number, List<OrderLine> lines, Instant at) {
        Money zero = Money.zero(original.currency());
        return new Order(0, original.channelId(), number, original.customerId(), OrderStatus.PAID, false, at, at,
                original.promisedDays(), zero, zero, zero, zero, null, original.shipTo(), null, null, 0, lines);
    }
}
