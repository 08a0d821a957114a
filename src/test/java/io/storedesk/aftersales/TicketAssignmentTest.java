package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.aftersales.intake.ChannelRefundRequest;
import io.storedesk.aftersales.intake.IntakeResult;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.aftersales.intake.TicketIntake;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Assignment against the store: turns between agents, reassigning, and the warehouses' receipt queues. */
class TicketAssignmentTest {

    private final IntakeStore shop = new IntakeStore();
    private final TicketIntake intake = shop.services().ticketIntake();
    private final TicketAssignment assignment = shop.services().ticketAssignment();

    @BeforeEach
    void agents() {
        shop.agent("wangfang", true, "RETURN,EXCHANGE,REFUND_ONLY");
        shop.agent("sunyue", true, "RETURN,EXCHANGE");
        shop.agent("huxin", false, "RETURN,EXCHANGE,INQUIRY");
        shop.agent("lina", true, "INQUIRY,COMPLAINT");
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void newTicketsAlternateBetweenEqualAgentsAndSkipTheOffDutyOne() {
        List<String> assignees = IntStream.range(0, 4)
                .mapToObj(i -> refundOnly("RS" + i).assignee()).toList();
        List<String> returns = IntStream.range(0, 4)
                .mapToObj(i -> intake.create(new NewTicket(TicketType.RETURN, null, "SIZE", "退货 " + i, null, null,
                        null, List.of(new NewTicket.Line(shop.sku("SKU-B"), 1))), "yangfan").assignee()).toList();

        assertThat(assignees).containsOnly("wangfang");
        // wangfang already holds four open tickets: sunyue takes returns until they are level, then turns alternate.
        assertThat(returns).containsExactly("sunyue", "sunyue", "sunyue", "sunyue");
        IntakeResult fifth = intake.create(new NewTicket(TicketType.RETURN, null, "SIZE", "退货 5", null, null, null,
                List.of(new NewTicket.Line(shop.sku("SKU-B"), 1))), "yangfan");
        IntakeResult sixth = intake.create(new NewTicket(TicketType.RETURN, null, "SIZE", "退货 6", null, null, null,
                List.of(new NewTicket.Line(shop.sku("SKU-B"), 1))), "yangfan");
        assertThat(List.of(fifth.assignee(), sixth.assignee())).containsExactly("wangfang", "sunyue");
    }

    @Test
    void reassigningWritesTheNewOwnerAndFromToOnTheTimeline() {
        String code = refundOnly("RS1").ticketCode();
        Ticket before = shop.tickets().findTicket(code).orElseThrow();

        assignment.reassign(code, "sunyue", "zhangwei");

        Ticket after = shop.tickets().findTicket(code).orElseThrow();
        assertThat(after.assignee()).isEqualTo("sunyue");
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(shop.tickets().events(after.id())).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.ASSIGNED);
            assertThat(e.actor()).isEqualTo("zhangwei");
            assertThat(e.body()).isEqualTo("wangfang → sunyue");
        });
    }

    @Test
    void reassigningToAnUnknownOrInactiveUserOrAnEndedTicketIsRefusedAndChangesNothing() {
        String code = refundOnly("RS1").ticketCode();
        shop.dsl().execute("UPDATE app_user SET active = FALSE WHERE username = 'sunyue'");

        assertRefused(code, "nobody", "aftersales.assign.unknownUser");
        assertRefused(code, "sunyue", "aftersales.assign.inactiveUser");
        assertRefused(code, "wangfang", "aftersales.assign.alreadyAssigned");
        assertRefused("AS-404", "lina", "aftersales.error.unknown");
        shop.services().ticketWorkflow().changeStatus(code, TicketStatus.REJECTED, null, "wangfang");
        assertThatThrownBy(() -> assignment.reassign(code, "lina", "zhangwei"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Messages.ENGLISH).describe(e)).isEqualTo(
                        "Ticket " + code + " is Rejected; only open tickets can be reassigned."));

        Ticket t = shop.tickets().findTicket(code).orElseThrow();
        assertThat(t.assignee()).isEqualTo("wangfang");
        assertThat(shop.tickets().events(t.id())).filteredOn(e -> e.kind() == TicketEventKind.ASSIGNED).hasSize(1);
    }

    @Test
    void aWarehouseQueueHoldsOpenReturnsAndExchangesWhoseGoodsHaveNotAllComeIn() {
        IntakeResult cancelled = intake.create(new NewTicket(TicketType.RETURN, null, "SIZE", "取消的退货", null, null,
                shop.order(), List.of(new NewTicket.Line(shop.sku("SKU-A"), 1))), "yangfan");
        shop.services().ticketWorkflow().changeStatus(cancelled.ticketCode(), TicketStatus.CANCELLED, null, "yangfan");
        IntakeResult waiting = intake.fromOrder(shop.order(), TicketType.RETURN, "SIZE", null,
                Map.of(shop.lineA(), 2), TicketPriority.NORMAL, "yangfan");
        IntakeResult received = intake.fromOrder(shop.order(), TicketType.EXCHANGE, "SIZE", null,
                Map.of(shop.lineA(), 1), TicketPriority.NORMAL, "yangfan");
        shop.dsl().execute("UPDATE ticket_line SET received_quantity = 1 WHERE ticket_id = (SELECT id FROM ticket "
                + "WHERE code = ?)", received.ticketCode());
        refundOnly("RS9");

        assertThat(assignment.warehouseQueue(shop.shanghai())).singleElement().satisfies(task -> {
            assertThat(task.ticketCode()).isEqualTo(waiting.ticketCode());
            assertThat(task.type()).isEqualTo(TicketType.RETURN);
            assertThat(task.orderExternalId()).isEqualTo("TB1001");
            assertThat(task.outstanding()).isEqualTo(2);
        });
        assertThat(assignment.warehouseQueue(shop.guangzhou())).isEmpty();
    }

    private IntakeResult refundOnly(String reference) {
        return intake.fromChannelRefundRequest(new ChannelRefundRequest("TMALL",
                reference, "TB1001", ChannelRefundRequest.Kind.REFUND_ONLY,
                List.of(), "QUALITY", null), "sync");
    }

    private void assertRefused(String code, String to, String key) {
        assertThatThrownBy(() -> assignment.reassign(code, to, "zhangwei"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
