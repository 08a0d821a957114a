package io.storedesk.aftersales.returns;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Refunds issued against the returns store's order (RED paid 90.00 a unit, BLUE 90.00, shipping 10.00) within
 * the ceilings V14 seeds: agent 200, operator 500, manager 5000, admin unlimited, warehouse none.
 */
class RefundApprovalTest {

    private final ReturnsStore shop = new ReturnsStore();
    private final RefundApproval refunds = shop.services.refundApproval();
    private final Messages english = new Messages(Messages.ENGLISH);

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void anAgentApproves150ButNot250AndTheRefusalSaysTheLimitAndWhoMay() {
        shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 2, 2),
                shop.line(shop.blueLine, "BLUE", 1, 1));
        assertThat(refunds.quote("AS-1").total()).isEqualTo(cny("280.00"));

        assertThatThrownBy(() -> refunds.issueRefund("AS-1", new BigDecimal("250"), "agent", "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(english.describe(e))
                        .isEqualTo("agent 同学 may approve refunds up to 200.00 CNY; this one is 250.00 CNY. "
                                + "Ask an operator to approve it."));
        assertThat(shop.orders.refunds(shop.orderId)).isEmpty();

        IssuedRefund issued = refunds.issueRefund("AS-1", new BigDecimal("150"), "agent", "agent");

        assertThat(issued.amount()).isEqualTo(cny("150.00"));
        assertThat(issued.approvedBy()).isEqualTo("agent");
        // A smaller amount fills the lines in order: RED first, up to its 180.00.
        assertThat(shop.orders.refunds(shop.orderId))
                .extracting(Refund::orderLineId, Refund::kind, Refund::quantity, Refund::amount)
                .containsExactly(tuple(shop.redLine, RefundKind.RETURN, 2, cny("150.00")),
                        tuple(shop.blueLine, RefundKind.RETURN, 1, cny("0.00")));
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isEqualTo(cny("150.00"));
    }

    @Test
    void aManagerApprovesTheWholeOrderWithShippingBackAndTheTicketRecordsIt() {
        long ticket = shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 2, 2),
                shop.line(shop.blueLine, "BLUE", 1, 1));

        refunds.issueRefund("AS-1", null, "manager", "agent");

        assertThat(shop.orders.refunds(shop.orderId))
                .extracting(Refund::orderLineId, Refund::quantity, Refund::amount, Refund::reason)
                .containsExactly(tuple(shop.redLine, 2, cny("180.00"), "SIZE"),
                        tuple(shop.blueLine, 1, cny("90.00"), "SIZE"),
                        tuple(shop.orders.lineIds(List.of(shop.orderId)).get(shop.orderId).get(4), 0,
                                cny("10.00"), "SHIPPING"));
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isEqualTo(cny("280.00"));
        assertThat(shop.tickets.events(ticket)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.REFUND);
            assertThat(e.body()).isEqualTo("refund=280.00 CNY approvedBy=manager");
        });
        assertThatThrownBy(() -> refunds.issueRefund("AS-1", null, "admin", "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.refund.nothingLeft"));
    }

    @Test
    void theWarehouseMayNotApproveRefundsAtAll() {
        long ticket = shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 1, 1));

        assertThatThrownBy(() -> refunds.issueRefund("AS-1", null, "clerk", "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(english.describe(e))
                        .isEqualTo("clerk 同学 (a warehouse clerk) may not approve refunds. Ask an agent to approve it."));

        assertThat(shop.orders.refunds(shop.orderId)).isEmpty();
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isNull();
        assertThat(shop.tickets.events(ticket)).isEmpty();
    }

    @Test
    void aSecondParcelOfTheSameReturnIsRefundedForItsOwnUnits() {
        long ticket = shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 2, 0));
        assertThatThrownBy(() -> refunds.quote("AS-1")).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("aftersales.refund.nothingReceived"));
        long line = shop.lines(ticket).get(0).id();
        shop.services.returnReceipt().receive("AS-1", shop.warehouse,
                List.of(new ReceivedLine(line, 1, ItemCondition.RESELLABLE)), "clerk");
        refunds.issueRefund("AS-1", null, "agent", "agent");
        shop.services.returnReceipt().receive("AS-1", shop.warehouse,
                List.of(new ReceivedLine(line, 1, ItemCondition.RESELLABLE)), "clerk");

        assertThat(refunds.quote("AS-1").total()).isEqualTo(cny("90.00"));
        refunds.issueRefund("AS-1", null, "agent", "agent");

        assertThat(shop.orders.refunds(shop.orderId)).extracting(Refund::quantity, Refund::amount)
                .containsExactly(tuple(1, cny("90.00")), tuple(1, cny("90.00")));
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isEqualTo(cny("180.00"));
    }

    @Test
    void aRefundWithoutReturnForTheSellersFaultGivesShippingBackWithoutAFee() {
        shop.ticket("AS-1", TicketType.REFUND_ONLY, "QUALITY", shop.line(shop.blueLine, "BLUE", 1, 0));

        refunds.issueRefund("AS-1", null, "agent", "agent");

        assertThat(shop.orders.refunds(shop.orderId)).extracting(Refund::kind, Refund::amount)
                .containsExactly(tuple(RefundKind.REFUND_ONLY, cny("90.00")), tuple(RefundKind.REFUND_ONLY,
                        cny("10.00")));
    }

    @Test
    void moreThanTheRulesAllowIsRefusedEvenForAnAdmin() {
        shop.ticket("AS-1", TicketType.RETURN, "SIZE", shop.line(shop.redLine, "RED", 1, 1));

        assertThatThrownBy(() -> refunds.issueRefund("AS-1", new BigDecimal("90.01"), "admin", "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(english.describe(e))
                        .startsWith("90.01 CNY is more than the rules allow for this ticket (90.00 CNY)"));
        assertThat(shop.orders.refunds(shop.orderId)).isEmpty();
    }
}
