package io.storedesk.aftersales.returns;

import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketChange;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Money;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.Order;
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
import java.util.List;
import java.util.Map;

/**
 * Goodwill on a ticket: a coupon, or part of the money back while the buyer keeps the goods. Approved under the
 * same per-role ceilings as refunds (permission COMPENSATION_APPROVE); one compensation per ticket, so a second
 * one cannot silently replace what the buyer was promised.
 */
public final class Compensations {

    /** refund.reason of a partial refund given as compensation. */
    static final String REASON = "COMPENSATION";

    private final Transactions transactions;
    private final TicketRepository tickets;
    private final OrderRepository orders;
    private final ReturnsRepository repository;
    private final ApprovalLimits limits;
    private final ShopSettings shop;
    private final Clock clock;
    private final AuditLog audit;
    private final Access access;

    public Compensations(Transactions transactions, TicketRepository tickets, OrderRepository orders,
                         ReturnsRepository repository, ApprovalLimits limits, ShopSettings shop, Clock clock,
                         AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.transactions = transactions;
        this.tickets = tickets;
        this.orders = orders;
        this.repository = repository;
        this.limits = limits;
        this.shop = shop;
        this.clock = clock;
    }

    /** Grants the compensation; refused (nothing changed) above the approver's ceiling or what was paid. */
    public void recordCompensation(String ticketCode, CompensationKind kind, BigDecimal amount,
                                   String approverUsername, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        transactions.inTransaction(() -> {
            Ticket ticket = tickets.findTicket(ticketCode)
                    .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", ticketCode));
            if (!ticket.status().isOpen()) {
                throw new RefusedInputException("aftersales.compensation.ticketClosed", ticketCode);
            }
            if (kind == null) {
                throw new RefusedInputException("aftersales.compensation.kindRequired");
            }
            if (amount == null || amount.signum() <= 0) {
                throw new RefusedInputException("aftersales.compensation.amountNotPositive", amount);
            }
            repository.compensation(ticket.id()).ifPresent(c -> {
                throw new RefusedInputException("aftersales.compensation.alreadyGranted", ticketCode,
                        new MessageKey("aftersales.compensation.kind." + c.kind().name()),
                        c.amount());
            });
            Order order = ticket.orderId() == null ? null : orders.findOrder(ticket.orderId()).orElse(null);
            Money money = new Money(amount, order == null ? shop.currency() : order.currency());
            if (kind == CompensationKind.PARTIAL_REFUND) {
                checkPaid(ticketCode, order, money);
            }
            String approver = limits.require(ApprovalPermission.COMPENSATION_APPROVE, approverUsername, money)
                    .username();
            Instant at = clock.instant();
            boolean refund = kind == CompensationKind.PARTIAL_REFUND;
            if (!repository.recordCompensation(ticket.id(), ticket.version(), kind, money.amount(), approver,
                    refund ? money.amount() : BigDecimal.ZERO, user, at)) {
                throw TicketChange.refusal(ticketCode, tickets.lastChange(ticket.id()));
            }
            if (refund) {
                orders.insertRefunds(List.of(new Refund(0, order.id(), null, ticket.id(), null,
                        RefundKind.REFUND_ONLY, 0, money, REASON, at)), user);
            }
            tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), TicketEventKind.COMPENSATION, null, null,
                    user, "kind=" + kind.name() + " amount=" + money + " approvedBy=" + approver, at)));
            audit.record(user, new AuditLog.Change("ticket.compensation", "ticket", ticketCode, Map.of(),
                    Map.of("kind", kind.name(), "amount", money.toString(), "approvedBy", approver)));
        });
    }

    /** Money back needs an order, and never more than it was paid less what went back on it already. */
    private void checkPaid(String ticketCode, Order order, Money money) {
        if (order == null) {
            throw new RefusedInputException("aftersales.compensation.noOrder", ticketCode);
        }
        BigDecimal refunded = orders.refunds(order.id()).stream().map(r -> r.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = order.totalAmount().amount().subtract(refunded).max(BigDecimal.ZERO);
        if (money.amount().compareTo(left) > 0) {
            throw new RefusedInputException("aftersales.compensation.moreThanPaid", money.amount(), left,
                    money.currency());
        }
    }
}
