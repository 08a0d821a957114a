package io.storedesk.aftersales.returns;

import static io.storedesk.store.schema.Tables.ROLE_PERMISSION;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_LINE;

import io.storedesk.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What returns, refunds and compensation read and write beyond the ticket and order repositories. */
public final class ReturnsRepository {

    private final DSLContext dsl;

    public ReturnsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every role's ceiling for the permission; roles without a row are not granted it. */
    public List<ApprovalCeiling> ceilings(ApprovalPermission permission) {
        return dsl.select(ROLE_PERMISSION.ROLE_CODE, ROLE_PERMISSION.LIMIT_AMOUNT).from(ROLE_PERMISSION)
                .where(ROLE_PERMISSION.PERMISSION.eq(permission.name()))
                .orderBy(ROLE_PERMISSION.ROLE_CODE)
                .fetch(r -> new ApprovalCeiling(Role.valueOf(r.value1()), r.value2()));
    }

    /**
     * Adds arrived units to a ticket line's received quantity and stores the condition found, if the line still
     * has the received quantity read; false when someone received on it meanwhile.
     */
    public boolean recordReceipt(long ticketLineId, int receivedBefore, int arrived, ItemCondition condition,
                                 Instant at) {
        return dsl.update(TICKET_LINE)
                .set(TICKET_LINE.RECEIVED_QUANTITY, receivedBefore + arrived)
                .set(TICKET_LINE.CONDITION_FOUND, condition.name())
                .set(TICKET_LINE.VERSION, TICKET_LINE.VERSION.plus(1))
                .set(TICKET_LINE.UPDATED_AT, at)
                .where(TICKET_LINE.ID.eq(ticketLineId), TICKET_LINE.RECEIVED_QUANTITY.eq(receivedBefore))
                .execute() == 1;
    }

    /** When the order's last parcel reached the buyer; empty when none is marked delivered. */
    public Optional<Instant> deliveredAt(long orderId) {
        return Optional.ofNullable(dsl.select(DSL.max(SHIPMENT.DELIVERED_AT)).from(SHIPMENT)
                .where(SHIPMENT.ORDER_ID.eq(orderId)).fetchOne(0, Instant.class));
    }

    /** Adds a refund to the ticket's refund amount if the ticket still has the version read. */
    public boolean addRefund(long ticketId, int version, BigDecimal amount, String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.REFUND_AMOUNT, DSL.coalesce(TICKET.REFUND_AMOUNT, BigDecimal.ZERO).plus(amount))
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(ticketId), TICKET.VERSION.eq(version))
                .execute() == 1;
    }

    /**
     * Stores the compensation granted on a ticket (and adds refunded, zero for a coupon, to its refund amount) if
     * the ticket still has the version read.
     */
    public boolean recordCompensation(long ticketId, int version, CompensationKind kind, BigDecimal amount,
                                      String approvedBy, BigDecimal refunded, String user, Instant at) {
        return dsl.update(TICKET)
                .set(TICKET.COMPENSATION_KIND, kind.name())
                .set(TICKET.COMPENSATION_AMOUNT, amount)
                .set(TICKET.COMPENSATION_APPROVED_BY, approvedBy)
                .set(TICKET.REFUND_AMOUNT, refunded.signum() == 0 ? TICKET.REFUND_AMOUNT
                        : DSL.coalesce(TICKET.REFUND_AMOUNT, BigDecimal.ZERO).plus(refunded))
                .set(TICKET.VERSION, TICKET.VERSION.plus(1))
                .set(TICKET.UPDATED_AT, at)
                .set(TICKET.UPDATED_BY, user)
                .where(TICKET.ID.eq(ticketId), TICKET.VERSION.eq(version))
                .execute() == 1;
    }

    /** The ticket's compensation as stored: kind, amount and approver (all null when none was granted). */
    public Optional<StoredCompensation> compensation(long ticketId) {
        return dsl.select(TICKET.COMPENSATION_KIND, TICKET.COMPENSATION_AMOUNT, TICKET.COMPENSATION_APPROVED_BY)
                .from(TICKET).where(TICKET.ID.eq(ticketId), TICKET.COMPENSATION_KIND.isNotNull())
                .fetchOptional(r -> new StoredCompensation(CompensationKind.valueOf(r.value1()), r.value2(),
                        r.value3()));
    }

    /** A compensation as the ticket keeps it. */
    public record StoredCompensation(CompensationKind kind, BigDecimal amount, String approvedBy) {
    }
}
