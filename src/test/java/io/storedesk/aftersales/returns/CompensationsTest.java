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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Goodwill on a ticket, within the compensation ceilings, stored on the ticket and (money back) as a refund. */
class CompensationsTest {

    private final ReturnsStore shop = new ReturnsStore();
    private final Compensations compensations = shop.services.compensations();

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void aCouponIsStoredOnTheTicketWithItsApproverAndTimelineButGivesNoMoneyBack() {
        long ticket = shop.ticket("AS-1", TicketType.COMPLAINT, "LATE_DELIVERY");

        compensations.recordCompensation("AS-1", CompensationKind.COUPON, new BigDecimal("20"), "agent", "agent");

        assertThat(new ReturnsRepository(shop.dsl).compensation(ticket)).hasValue(
                new ReturnsRepository.StoredCompensation(CompensationKind.COUPON, new BigDecimal("20.0000"), "agent"));
        assertThat(shop.orders.refunds(shop.orderId)).isEmpty();
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isNull();
        assertThat(shop.tickets.events(ticket)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.COMPENSATION);
            assertThat(e.body()).isEqualTo("kind=COUPON amount=20.00 CNY approvedBy=agent");
        });
    }

    @Test
    void aPartialRefundAboveTheAgentsCeilingNeedsAnOperatorAndWritesARefund() {
        long ticket = shop.ticket("AS-1", TicketType.COMPLAINT, "DAMAGED_PARCEL");

        assertThatThrownBy(() -> compensations.recordCompensation("AS-1", CompensationKind.PARTIAL_REFUND,
                new BigDecimal("250"), "agent", "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.CHINESE).describe(e))
                        .isEqualTo("agent 同学 可审批的补偿上限为 200.00 CNY，本笔为 250.00 CNY，请找运营审批。"));
        assertThat(new ReturnsRepository(shop.dsl).compensation(ticket)).isEmpty();

        compensations.recordCompensation("AS-1", CompensationKind.PARTIAL_REFUND, new BigDecimal("250"), "operator",
                "agent");

        assertThat(shop.orders.refunds(shop.orderId))
                .extracting(Refund::orderLineId, Refund::kind, Refund::amount, Refund::reason)
                .containsExactly(tuple(null, RefundKind.REFUND_ONLY, cny("250.00"), "COMPENSATION"));
        assertThat(shop.tickets.findTicket("AS-1").orElseThrow().refundAmount()).isEqualTo(cny("250.00"));
        assertThatThrownBy(() -> compensations.recordCompensation("AS-1", CompensationKind.COUPON, BigDecimal.ONE,
                "admin", "agent")).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("aftersales.compensation.alreadyGranted"));
    }

    @Test
    void aPartialRefundCannotGiveBackMoreThanIsLeftOnTheOrderNorCanTheWarehouseApproveOne() {
        shop.ticket("AS-1", TicketType.COMPLAINT, "QUALITY");

        // 280.00 paid, nothing refunded yet.
        assertThatThrownBy(() -> compensations.recordCompensation("AS-1", CompensationKind.PARTIAL_REFUND,
                new BigDecimal("280.01"), "admin", "agent"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.compensation.moreThanPaid"));
        assertThatThrownBy(() -> compensations.recordCompensation("AS-1", CompensationKind.COUPON,
                new BigDecimal("5"), "clerk", "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.compensation.notAllowed"));
        assertThat(shop.orders.refunds(shop.orderId)).isEmpty();
    }
}
