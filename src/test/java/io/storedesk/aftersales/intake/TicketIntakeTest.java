package io.storedesk.aftersales.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.aftersales.IntakeStore;
import io.storedesk.aftersales.SlaDue;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketAssignment;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening tickets by hand, from an order and from a channel's refund request, as one unit of work each. */
class TicketIntakeTest {

    private final IntakeStore shop = new IntakeStore();
    private final TicketIntake intake = shop.services().ticketIntake();

    @BeforeEach
    void agents() {
        shop.agent("wangfang", true, "RETURN,EXCHANGE,REFUND_ONLY");
        shop.agent("lina", true, "INQUIRY,COMPLAINT");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void aTicketByHandIsPendingReviewWithTheNextCodeTheDefaultSlaAndAnAgent() {
        IntakeResult result = intake.create(new NewTicket(TicketType.INQUIRY, TicketPriority.NORMAL, "USAGE",
                "  怎么调节尺码？ ", null, shop.customer(), null, List.of()), "yangfan");

        assertThat(result).isEqualTo(new IntakeResult("AS261120-0001", "lina", false));
        Ticket t = shop.tickets().findTicket("AS261120-0001").orElseThrow();
        assertThat(t.status()).isEqualTo(TicketStatus.PENDING_REVIEW);
        assertThat(t.subject()).isEqualTo("怎么调节尺码？");
        assertThat(t.reasonCode()).isEqualTo("USAGE");
        assertThat(t.customerId()).isEqualTo(shop.customer());
        // The seeded DEFAULT policy on the 24×7 calendar: 15 minutes, 24 hours, 48 hours from 10:00 Shanghai.
        Instant start = Instant.parse("2026-11-20T02:00:00Z");
        assertThat(t.due()).isEqualTo(new SlaDue(Instant.parse("2026-11-20T02:15:00Z"),
                Instant.parse("2026-11-21T02:00:00Z"), Instant.parse("2026-11-22T02:00:00Z")));
        assertThat(shop.tickets().events(t.id())).extracting(TicketEvent::kind, TicketEvent::toStatus,
                TicketEvent::actor, TicketEvent::body, TicketEvent::occurredAt).containsExactly(
                tuple(TicketEventKind.CREATED, TicketStatus.PENDING_REVIEW, "yangfan", null, start),
                tuple(TicketEventKind.ASSIGNED, null, "system", "lina", start));
    }

    @Test
    void codesOfTheDayContinueAfterTicketsAlreadyStored() {
        shop.dsl().execute("INSERT INTO ticket (code, ticket_type, status, priority, subject, created_at) VALUES "
                + "('AS261120-0041', 'INQUIRY', 'CLOSED', 'LOW', 'demo', CURRENT_TIMESTAMP)");

        NewTicket inquiry = new NewTicket(TicketType.INQUIRY, null, null, "发票", null, null, null, List.of());
        assertThat(intake.create(inquiry, "yangfan").ticketCode()).isEqualTo("AS261120-0042");
        assertThat(intake.create(inquiry, "yangfan").ticketCode()).isEqualTo("AS261120-0043");
    }

    @Test
    void aWorkingHoursPolicyCountsItsDueTimesOnlyInOfficeHours() {
        shop.dsl().execute("INSERT INTO business_calendar (code, name, work_start, work_end, work_days) "
                + "VALUES ('OFFICE', '工作时间', TIME '09:00:00', TIME '18:00:00', '1,2,3,4,5')");
        shop.dsl().execute("INSERT INTO sla_policy (code, name, match_order, ticket_type, customer_tier, calendar_id, "
                + "first_response_minutes, resolution_minutes) VALUES ('VIP_INQ', 'VIP inquiries', 5, 'INQUIRY', "
                + "'VIP', (SELECT id FROM business_calendar WHERE code = 'OFFICE'), 60, 1440)");
        // Friday 17:30 in Shanghai, half an hour before closing.
        shop.clock().advance(Duration.ofMinutes(450));

        intake.create(new NewTicket(TicketType.INQUIRY, TicketPriority.NORMAL, null, "VIP 咨询", null, shop.customer(),
                null, List.of()), "yangfan");

        // First response: 30 minutes on Friday + 30 on Monday = Monday 09:30. Resolution: 30 on Friday, 540 on
        // Monday and on Tuesday (1110), the last 330 on Wednesday from 09:00 = Wednesday 14:30. No feedback target.
        Ticket t = shop.tickets().findTicket("AS261120-0001").orElseThrow();
        assertThat(t.due()).isEqualTo(new SlaDue(Instant.parse("2026-11-23T01:30:00Z"),
                Instant.parse("2026-11-25T06:30:00Z"), null));
    }

    @Test
    void badInputIsRefusedWithItsReasonAndStoresNothing() {
        assertRefused(new NewTicket(TicketType.INQUIRY, null, null, "   ", null, null, null, List.of()),
                "aftersales.intake.subjectRequired");
        assertRefused(new NewTicket(TicketType.RETURN, null, "SIZE", "退货", null, null, null, List.of()),
                "aftersales.intake.linesRequired");
        assertRefused(new NewTicket(TicketType.EXCHANGE, null, "SIZE", "换货", null, null, null,
                List.of(new NewTicket.Line(shop.sku("SKU-A"), 0))), "aftersales.intake.quantityNotPositive");
        assertRefused(new NewTicket(TicketType.RETURN, null, "SIZE", "退货", null, null, shop.order(),
                List.of(new NewTicket.Line(shop.sku("SKU-A"), 4))), "aftersales.intake.quantityTooHigh");
        assertRefused(new NewTicket(null, null, null, "无类型", null, null, null, List.of()),
                "aftersales.intake.typeRequired");
        assertThat(shop.ticketCount()).isZero();
        assertThat(shop.count("SELECT COUNT(*) FROM ticket_event")).isZero();
    }

    @Test
    void aReturnByHandOnAnOrderTakesItsBuyerChannelShippedLineAndWarehouse() {
        IntakeResult r = intake.create(new NewTicket(TicketType.RETURN, TicketPriority.HIGH, "SIZE", "尺码偏小", null,
                null, shop.order(), List.of(new NewTicket.Line(shop.sku("SKU-A"), 2))), "yangfan");

        Ticket t = shop.tickets().findTicket(r.ticketCode()).orElseThrow();
        assertThat(t.customerId()).isEqualTo(shop.customer());
        assertThat(t.channelId()).isEqualTo(shop.channel());
        assertThat(t.warehouseId()).isEqualTo(shop.shanghai());
        assertThat(shop.tickets().lines(t.id())).extracting(TicketLine::orderLineId, TicketLine::quantity)
                .containsExactly(tuple(shop.lineA(), 2));
    }

    @Test
    void anOrderNotYetShippedTakesComplaintsButNoReturnAndNothingIsStored() {
        shop.dsl().execute("UPDATE orders SET status = 'PAID' WHERE id = ?", shop.order());

        assertThatThrownBy(() -> intake.fromOrder(shop.order(), TicketType.RETURN, "SIZE", null,
                Map.of(shop.lineA(), 1), TicketPriority.NORMAL, "yangfan"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.ENGLISH).describe(e)).startsWith("Order TB1001 is \"Paid, to route\": "
                        + "nothing has left the warehouse yet, so no \"Return\" ticket"));
        assertThat(shop.dsl().fetchCount(shop.dsl().selectFrom("ticket"))).isZero();

        IntakeResult complaint = intake.fromOrder(shop.order(), TicketType.COMPLAINT, "LATE_DELIVERY", "还没发货",
                Map.of(), TicketPriority.NORMAL, "yangfan");
        assertThat(shop.tickets().findTicket(complaint.ticketCode())).isPresent();
    }

    @Test
    void fromAnOrderALineCanBeClaimedUpToWhatWasBoughtLessOtherReturnsAndExchanges() {
        IntakeResult first = intake.fromOrder(shop.order(), TicketType.RETURN, "SIZE", null,
                Map.of(shop.lineA(), 2), TicketPriority.NORMAL, "yangfan");
        Ticket t = shop.tickets().findTicket(first.ticketCode()).orElseThrow();
        assertThat(t.subject()).isEqualTo("TB1001 · SKU-A ×2");
        assertThat(t.warehouseId()).as("the warehouse that shipped line 1").isEqualTo(shop.shanghai());
        assertThat(t.customerId()).isEqualTo(shop.customer());
        assertThat(first.assignee()).isEqualTo("wangfang");

        // Three bought, two claimed: an exchange of two more is refused, saying which line and how many are left.
        assertThatThrownBy(() -> intake.fromOrder(shop.order(), TicketType.EXCHANGE, "SIZE", "换大一码",
                Map.of(shop.lineA(), 2), TicketPriority.NORMAL, "yangfan"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.ENGLISH).describe(e)).isEqualTo("Order TB1001, line 1 (SKU-A): 2 asked, "
                        + "but only 1 of the 3 bought can still be claimed; other return or exchange tickets claim "
                        + "the rest."));
        assertThat(shop.ticketCount()).isEqualTo(1);

        // A cancelled claim gives its goods back.
        shop.services().ticketWorkflow().changeStatus(first.ticketCode(), TicketStatus.CANCELLED, null, "yangfan");
        Map<Long, Integer> both = new LinkedHashMap<>();
        both.put(shop.lineB(), 1);
        both.put(shop.lineA(), 3);
        IntakeResult second = intake.fromOrder(shop.order(), TicketType.EXCHANGE, "SIZE", "换大一码", both,
                TicketPriority.NORMAL, "yangfan");
        assertThat(shop.tickets().lines(shop.tickets().findTicket(second.ticketCode()).orElseThrow().id()))
                .extracting(TicketLine::orderLineId, TicketLine::quantity)
                .containsExactly(tuple(shop.lineA(), 3), tuple(shop.lineB(), 1));
    }

    @Test
    void fromAnOrderOnlyItsProductLinesCanBeChosen() {
        assertThatThrownBy(() -> intake.fromOrder(shop.order(), TicketType.RETURN, null, null,
                Map.of(shop.shippingLine(), 1), TicketPriority.NORMAL, "yangfan"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.intake.notOrderLine"));
        assertThatThrownBy(() -> intake.fromOrder(shop.order(), TicketType.RETURN, null, null, Map.of(),
                TicketPriority.NORMAL, "yangfan"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.intake.linesRequired"));
        assertThat(shop.ticketCount()).isZero();
    }

    @Test
    void aRepeatedChannelRefundRequestReturnsTheTicketItOpenedAndChangesNothing() {
        Instant requested = Instant.parse("2026-11-20T01:00:00Z");
        ChannelRefundRequest request = new ChannelRefundRequest("TMALL", "RS20261120001", "TB1001",
                ChannelRefundRequest.Kind.RETURN_AND_REFUND, List.of(new ChannelRefundRequest.Line("SKU-A", 1)),
                "QUALITY", requested);

        IntakeResult first = intake.fromChannelRefundRequest(request, "sync");
        shop.clock().advance(Duration.ofMinutes(5));
        IntakeResult again = intake.fromChannelRefundRequest(request, "sync");

        assertThat(first).isEqualTo(new IntakeResult("AS261120-0001", "wangfang", false));
        assertThat(again).isEqualTo(new IntakeResult("AS261120-0001", "wangfang", true));
        assertThat(shop.ticketCount()).isEqualTo(1);
        Ticket t = shop.tickets().findTicket("AS261120-0001").orElseThrow();
        assertThat(t.type()).isEqualTo(TicketType.RETURN);
        assertThat(t.channelReference()).isEqualTo("RS20261120001");
        assertThat(t.createdAt()).as("the SLA runs from the buyer's request").isEqualTo(requested);
        assertThat(t.due().firstResponse()).isEqualTo(requested.plus(Duration.ofMinutes(15)));
        assertThat(t.warehouseId()).isEqualTo(shop.shanghai());
        assertThat(t.orderId()).isEqualTo(shop.order());
        assertThat(shop.tickets().events(t.id())).hasSize(2);
    }

    @Test
    void aChannelRequestWhereTheBuyerKeepsTheGoodsIsRefundOnly() {
        IntakeResult r = intake.fromChannelRefundRequest(new ChannelRefundRequest("TMALL", "RS2", "TB-UNKNOWN",
                ChannelRefundRequest.Kind.REFUND_ONLY, List.of(new ChannelRefundRequest.Line("SKU-B", 1)),
                "QUALITY", null), "sync");

        Ticket t = shop.tickets().findTicket(r.ticketCode()).orElseThrow();
        assertThat(t.type()).isEqualTo(TicketType.REFUND_ONLY);
        assertThat(t.orderId()).as("the order is not synced yet").isNull();
        assertThat(t.warehouseId()).isNull();
        assertThat(t.subject()).isEqualTo("TMALL RS2 · TB-UNKNOWN");
        assertThat(shop.tickets().lines(t.id())).extracting(TicketLine::skuId).containsExactly(shop.sku("SKU-B"));
        assertThatThrownBy(() -> intake.fromChannelRefundRequest(new ChannelRefundRequest("NOPE", "RS3", null,
                ChannelRefundRequest.Kind.REFUND_ONLY, List.of(), null, null), "sync"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.intake.unknownChannel"));
    }

    @Test
    void withNobodyOnDutyForTheTypeTheTicketIsOpenedUnassignedAndSaysWhy() {
        IntakeResult r = intake.create(new NewTicket(TicketType.COMPLAINT, TicketPriority.HIGH, "LATE_DELIVERY",
                "快递太慢", null, null, null, List.of()), "yangfan");
        shop.dsl().execute("UPDATE app_user SET on_duty = FALSE WHERE username = 'lina'");
        IntakeResult nobody = intake.create(new NewTicket(TicketType.COMPLAINT, TicketPriority.HIGH, "LATE_DELIVERY",
                "还是太慢", null, null, null, List.of()), "yangfan");

        assertThat(r.assignee()).isEqualTo("lina");
        assertThat(nobody.assignee()).isNull();
        Ticket t = shop.tickets().findTicket(nobody.ticketCode()).orElseThrow();
        assertThat(t.assignee()).isNull();
        assertThat(shop.tickets().events(t.id())).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.ASSIGNED);
            assertThat(e.body()).isEqualTo(TicketAssignment.NO_AGENT_KEY);
        });
        assertThat(new Messages(Messages.CHINESE).get(TicketAssignment.NO_AGENT_KEY)).contains("暂未分配");
    }

    private void assertRefused(NewTicket ticket, String key) {
        assertThatThrownBy(() -> intake.create(ticket, "yangfan"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
