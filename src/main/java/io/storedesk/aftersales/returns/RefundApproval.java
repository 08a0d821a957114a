package io.storedesk.aftersales.returns;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketChange;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.security.AuditLog;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Works out a ticket's refund by the shop's return rules and gives it, once someone whose role allows that much
 * approves. The refund rows (one per order line, one for shipping), the ticket's refund amount and the timeline
 * change in one unit of work.
 */
public final class RefundApproval {

    private final Transactions transactions;
    private final TicketRepository tickets;
    private final RefundCases cases;
    private final ReturnsRepository repository;
    private final OrderRepository orders;
    private final ApprovalLimits limits;
    private final Supplier<ReturnPolicy> policy;
    private final ShopSettings shop;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public RefundApproval(Transactions transactions, TicketRepository tickets, OrderRepository orders,
                          ReturnsRepository repository, ApprovalLimits limits, Supplier<ReturnPolicy> policy,
                          ShopSettings shop, Clock clock, AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.tickets = tickets;
        this.cases = new RefundCases(tickets, orders, repository);
        this.repository = repository;
        this.orders = orders;
        this.limits = limits;
        this.policy = policy;
        this.shop = shop;
        this.clock = clock;
    }

    /** What the rules would give back on the ticket now, for a person to look at before approving. */
    public RefundQuote quote(String ticketCode) {
        return transactions.inTransaction(() -> quote(ticket(ticketCode)).quote());
    }

    /**
     * Gives the computed refund back, or amount when a person gives less (null = the computed one). Refused
     * (nothing changed) above the computed refund or above the approver's ceiling.
     */
    public IssuedRefund issueRefund(String ticketCode, BigDecimal amount, String approverUsername, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(ticketCode);
            Quoted quoted = quote(ticket);
            RefundQuote quote = quoted.quote();
            if (quote.total().amount().signum() == 0) {
                throw new RefusedInputException("aftersales.refund.nothingLeft", ticketCode);
            }
            Money give = amount == null ? quote.total() : new Money(amount, quote.total().currency());
            if (give.amount().signum() <= 0) {
                throw new RefusedInputException("aftersales.refund.amountNotPositive", give.amount());
            }
            if (give.amount().compareTo(quote.total().amount()) > 0) {
                throw new RefusedInputException("aftersales.refund.moreThanComputed", give.amount(),
                        quote.total().amount(), give.currency());
            }
            String approver = limits.require(ApprovalPermission.REFUND_APPROVE, approverUsername, give).username();
            Instant at = clock.instant();
            orders.insertRefunds(rows(ticket, quoted.basis(), quote, give, at), user);
            if (!repository.addRefund(ticket.id(), ticket.version(), give.amount(), user, at)) {
                throw TicketChange.refusal(ticketCode, tickets.lastChange(ticket.id()));
            }
            tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), TicketEventKind.REFUND, null, null, user,
                    "refund=" + give + " approvedBy=" + approver, at)));
            audit.record(user, new AuditLog.Change("ticket.refund", "ticket", ticketCode,
                    ticket.refundAmount() == null ? Map.of() : Map.of("refunded", ticket.refundAmount().toString()),
                    Map.of("refund", give.toString(), "approvedBy", approver)));
            return new IssuedRefund(ticketCode, give, quote, approver);
        });
    }

    private Ticket ticket(String code) {
        return tickets.findTicket(code).orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", code));
    }

    private Quoted quote(Ticket ticket) {
        RefundCases.Basis basis = cases.read(ticket, shop.zone());
        return new Quoted(basis, new RefundCalculator(policy.get()).quote(basis.refundCase()));
    }

    private record Quoted(RefundCases.Basis basis, RefundQuote quote) {
    }

    /**
     * One row per order line and one for shipping. A smaller amount a person chose fills the lines in order, then
     * shipping, each up to what the rules allow on it, so no line is ever given more than it was paid.
     */
    static List<Refund> rows(Ticket ticket, RefundCases.Basis basis, RefundQuote quote, Money give, Instant at) {
        RefundKind kind = ticket.type() == TicketType.REFUND_ONLY ? RefundKind.REFUND_ONLY : RefundKind.RETURN;
        long orderId = basis.order().id();
        List<Refund> rows = new ArrayList<>();
        BigDecimal left = give.amount();
        for (RefundQuote.LineRefund line : quote.lines()) {
            BigDecimal amount = left.min(line.amount().amount());
            left = left.subtract(amount);
            rows.add(new Refund(0, orderId, line.orderLineId(), ticket.id(), null, kind, line.quantity(),
                    new Money(amount, give.currency()), ticket.reasonCode(), at));
        }
        BigDecimal shipping = left.min(quote.shipping().amount());
        if (shipping.signum() > 0) {
            rows.add(new Refund(0, orderId, basis.shippingLineId(), ticket.id(), null, kind, 0,
                    new Money(shipping, give.currency()), RefundCases.SHIPPING, at));
        }
        return rows;
    }
}
