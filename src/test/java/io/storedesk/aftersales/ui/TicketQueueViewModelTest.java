package io.storedesk.aftersales.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.SlaSweep;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.queue.QueueFilter;
import io.storedesk.aftersales.returns.CompensationKind;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.common.MessageKey;
import io.storedesk.common.Messages;
import io.storedesk.common.UserFacingException;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The after-sales queue's view models on their own copy of the demo shop, work run on the test's thread. */
class TicketQueueViewModelTest {

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private String agent;
    private TicketQueueViewModel queue;
    private TicketActionsViewModel actions;

    @BeforeEach
    void open() {
        // The demo agent with the most queued tickets plays "me".
        agent = (String) dsl.fetchValue("SELECT assignee FROM ticket WHERE status IN ('PENDING_REVIEW', 'PROCESSING', "
                + "'WAITING_CUSTOMER', 'DONE') AND assignee IS NOT NULL GROUP BY assignee ORDER BY COUNT(*) DESC, "
                + "assignee LIMIT 1");
        TicketDesk desk = new TicketDesk(services);
        InlineTaskRunner tasks = new InlineTaskRunner();
        queue = new TicketQueueViewModel(desk, tasks, () -> agent);
        actions = new TicketActionsViewModel(queue, desk, tasks);
        queue.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theQueueHoldsEveryTicketSomeoneMustActOnMostUrgentFirst() {
        assertThat(queue.totalProperty().get()).isEqualTo(count("status IN ('PENDING_REVIEW', 'PROCESSING', "
                + "'WAITING_CUSTOMER') OR (status = 'DONE' AND feedback_at IS NULL)")).isPositive();
        assertThat(queue.rows()).hasSize(queue.totalProperty().get());
        assertThat(queue.rows()).isSortedAccordingTo(QueueFilter.BY_TIME_TO_BREACH);
        assertThat(queue.overdueProperty().get()).as("the demo shop has overdue tickets").isPositive()
                .isEqualTo((int) queue.rows().stream().filter(QueueTicket::overdue).count());
        assertThat(queue.readAtProperty().get()).isEqualTo(TestStores.DEMO_CLOCK.instant());
    }

    @Test
    void myQueueOverdueAndTypeNarrowWhatIsShownWithoutLosingTheCounts() {
        int all = queue.totalProperty().get();

        queue.mineOnlyProperty().set(true);
        assertThat(queue.rows()).isNotEmpty().hasSize(queue.mineProperty().get())
                .allSatisfy(t -> assertThat(t.assignee()).isEqualTo(agent));

        queue.mineOnlyProperty().set(false);
        queue.overdueOnlyProperty().set(true);
        assertThat(queue.rows()).hasSize(queue.overdueProperty().get()).allMatch(QueueTicket::overdue);

        queue.overdueOnlyProperty().set(false);
        queue.typeProperty().set(TicketType.COMPLAINT);
        assertThat(queue.rows()).isNotEmpty().allMatch(t -> t.type() == TicketType.COMPLAINT);
        assertThat(queue.totalProperty().get()).isEqualTo(all);

        queue.typeProperty().set(null);
        queue.toReceiveOnlyProperty().set(true);
        assertThat(queue.rows()).hasSize(queue.toReceiveProperty().get()).isNotEmpty()
                .allMatch(t -> t.type() == TicketType.RETURN || t.type() == TicketType.EXCHANGE);
        assertThat(queue.toReceiveProperty().get()).isEqualTo(count("status IN ('PENDING_REVIEW', 'PROCESSING', "
                + "'WAITING_CUSTOMER') AND ticket_type IN ('RETURN', 'EXCHANGE') AND EXISTS (SELECT 1 FROM "
                + "ticket_line l WHERE l.ticket_id = ticket.id AND l.received_quantity < l.quantity)"));

        queue.toReceiveOnlyProperty().set(false);
        queue.dueSoonOnlyProperty().set(true);
        Instant limit = queue.readAtProperty().get().plus(TicketQueueViewModel.DUE_SOON);
        assertThat(queue.rows()).allMatch(t -> t.due() != null && !t.due().isAfter(limit));
    }

    @Test
    void movingTheFocusedTicketOnSavesItNotesTheTimelineAndTellsWhatHappened() {
        QueueTicket waiting = queue.rows().stream().filter(t -> t.status() == TicketStatus.PENDING_REVIEW)
                .findFirst().orElseThrow();
        queue.showDetail(waiting);
        TicketDetail shown = queue.detailProperty().get();
        assertThat(shown.ticket().code()).isEqualTo(waiting.code());
        assertThat(shown.next()).contains(TicketStatus.PROCESSING).doesNotContain(TicketStatus.DONE);
        assertThat(shown.clocks()).isNotEmpty();
        int eventsBefore = shown.timeline().size();

        actions.move(TicketStatus.PROCESSING, "已受理，正在核实");

        TicketDetail after = queue.detailProperty().get();
        assertThat(after.ticket().status()).isEqualTo(TicketStatus.PROCESSING);
        assertThat(after.timeline()).hasSize(eventsBefore + 1);
        assertThat(after.timeline().get(after.timeline().size() - 1)).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.STATUS);
            assertThat(e.body()).isEqualTo("已受理，正在核实");
            assertThat(e.actor()).isEqualTo(agent);
        });
        assertThat(describe(new Messages(Locale.ENGLISH), queue.noticeProperty().get().message()))
                .isEqualTo("Ticket " + waiting.code() + " is now \"Processing\".");
        assertThat(queue.rows()).filteredOn(t -> t.code().equals(waiting.code()))
                .singleElement().extracting(QueueTicket::status).isEqualTo(TicketStatus.PROCESSING);
    }

    @Test
    void aMoveTheFlowForbidsIsRefusedInTheNoticeAndTheTicketStaysAsItWas() {
        QueueTicket waiting = queue.rows().stream().filter(t -> t.status() == TicketStatus.PENDING_REVIEW)
                .findFirst().orElseThrow();
        queue.showDetail(waiting);
        List<TicketStatus> before = new ArrayList<>(List.of(queue.detailProperty().get().ticket().status()));

        actions.move(TicketStatus.DONE, null);

        assertThat(queue.noticeProperty().get().isProblem()).isTrue();
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe((UserFacingException) queue.noticeProperty().get()
                .failure()))
                .contains("待审核");
        assertThat(queue.detailProperty().get().ticket().status()).isEqualTo(before.get(0));
    }

    @Test
    void aTemplateReplyAnswersTheTicketAndReassigningHandsItOnBothOnTheTimeline() {
        QueueTicket waiting = queue.rows().stream().filter(t -> t.status() == TicketStatus.PENDING_REVIEW
                && t.assignee() != null).findFirst().orElseThrow();
        queue.showDetail(waiting);
        actions.loadChoices("zh_CN");
        assertThat(actions.templates()).isNotEmpty().allMatch(t -> t.language().equals("zh_CN"));
        AgentName other = actions.agents().stream().filter(a -> !a.username().equals(waiting.assignee()))
                .findFirst().orElseThrow();

        actions.replyWith(actions.templates().get(0));
        actions.reassign(other);

        TicketDetail after = queue.detailProperty().get();
        assertThat(after.timeline()).extracting(TicketEvent::kind).endsWith(TicketEventKind.REPLY,
                TicketEventKind.ASSIGNED);
        assertThat(after.timeline().get(after.timeline().size() - 2).body()).contains(waiting.code());
        assertThat(after.ticket().assignee()).isEqualTo(other.username());
        assertThat(after.ticket().firstRespondedAt()).isNotNull();
        assertThat(describe(new Messages(Locale.ENGLISH), queue.noticeProperty().get().message()))
                .isEqualTo("Ticket " + waiting.code() + " is now with " + other.displayName() + ".");
    }

    @Test
    void aRefundAboveTheApproversLimitIsRefusedAndNothingIsRefunded() {
        // An open refund-only ticket whose computed refund is above an agent's 200.00.
        String code = dsl.fetch("SELECT code FROM ticket WHERE ticket_type = 'REFUND_ONLY' AND status IN "
                + "('PENDING_REVIEW', 'PROCESSING') AND refund_amount IS NULL ORDER BY id").getValues(0, String.class)
                .stream().filter(c -> quoteAbove(c, new BigDecimal("200.01"))).findFirst().orElseThrow();
        QueueTicket ticket = queue.rows().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
        queue.showDetail(ticket);
        dsl.execute("INSERT INTO app_user (username, display_name, role_code) VALUES ('xiaowang', '小王', 'AGENT')");
        int refundsBefore = ((Number) dsl.fetchValue("SELECT COUNT(*) FROM refund")).intValue();

        actions.refund(new BigDecimal("200.01"), "xiaowang");

        assertThat(queue.noticeProperty().get().isProblem()).isTrue();
        UserFacingException refusal = (UserFacingException) queue.noticeProperty().get().failure();
        assertThat(refusal.messageKey()).isEqualTo("aftersales.refund.overLimit");
        assertThat(new Messages(Locale.ENGLISH).describe(refusal)).contains("小王").contains("200");
        assertThat(((Number) dsl.fetchValue("SELECT COUNT(*) FROM refund")).intValue()).isEqualTo(refundsBefore);
        assertThat(queue.detailProperty().get().ticket().refundAmount()).isNull();
    }

    @Test
    void anExchangeOpensAReplacementOrderAndACouponIsRecordedWithItsApprover() {
        QueueTicket exchange = queue.rows().stream().filter(t -> t.type() == TicketType.EXCHANGE).findFirst()
                .orElseThrow();
        queue.showDetail(exchange);
        String sku = queue.detailProperty().get().lines().get(0).skuCode();
        String manager = (String) dsl.fetchValue("SELECT username FROM app_user WHERE role_code = 'MANAGER' "
                + "AND active ORDER BY username LIMIT 1");

        actions.shipExchange(Map.of(sku, 1));
        actions.compensate(CompensationKind.COUPON, new BigDecimal("20"), manager);

        assertThat(dsl.fetchValue("SELECT status FROM orders WHERE external_id = 'EX-" + exchange.code() + "'"))
                .isEqualTo("PAID");
        assertThat(queue.detailProperty().get().timeline()).extracting(TicketEvent::kind)
                .endsWith(TicketEventKind.EXCHANGE, TicketEventKind.COMPENSATION);
        assertThat(dsl.fetchValue("SELECT compensation_approved_by FROM ticket WHERE code = '" + exchange.code()
                + "'")).isEqualTo(manager);
        assertThat(describe(new Messages(Locale.ENGLISH), queue.noticeProperty().get().message()))
                .isEqualTo("Ticket " + exchange.code() + ": compensation of 20 recorded.");
    }

    @Test
    void aTicketOpenedByHandJoinsTheQueueAndABlankSubjectIsRefused() {
        int before = queue.totalProperty().get();

        actions.open(new NewTicket(TicketType.COMPLAINT, TicketPriority.HIGH, "SERVICE", "客服态度差", null, null, null,
                List.of()));

        assertThat(queue.totalProperty().get()).isEqualTo(before + 1);
        assertThat(queue.noticeProperty().get().message().key()).startsWith("aftersales.newTicket.opened");

        actions.open(new NewTicket(TicketType.INQUIRY, TicketPriority.NORMAL, "USAGE", "  ", null, null, null,
                List.of()));

        assertThat(queue.noticeProperty().get().isProblem()).isTrue();
        assertThat(queue.totalProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void aSweepThatEscalatesSaysSoAndOneThatOnlyWarnsStaysQuiet() {
        queue.swept(new SlaSweep.SweepResult(57, 3, 0));
        assertThat(queue.noticeProperty().get()).isNull();

        queue.swept(new SlaSweep.SweepResult(57, 0, 2));

        assertThat(describe(new Messages(Locale.ENGLISH), queue.noticeProperty().get().message()))
                .isEqualTo("2 tickets missed an SLA target: priority raised and handed to the team lead.");
        assertThat(describe(new Messages(Locale.SIMPLIFIED_CHINESE), queue.noticeProperty().get().message()))
                .startsWith("2 张工单已超出时效");
    }

    @Test
    void finishedTicketsAreFoundByTextAndOpenTheirDetail() {
        String closed = (String) dsl.fetchValue("SELECT code FROM ticket WHERE status = 'CLOSED' ORDER BY id LIMIT 1");
        queue.textProperty().set(closed);
        assertThat(queue.rows()).as("the queue holds no finished ticket").isEmpty();

        queue.everythingProperty().set(true);

        assertThat(queue.rows()).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo(closed);
            assertThat(t.status()).isEqualTo(TicketStatus.CLOSED);
        });
        queue.showDetail(queue.rows().get(0));
        assertThat(queue.detailProperty().get().next()).isEmpty();
    }

    private boolean quoteAbove(String code, BigDecimal amount) {
        try {
            return services.refundApproval().quote(code).total().amount().compareTo(amount) >= 0;
        } catch (UserFacingException e) {
            return false;
        }
    }

    private static String describe(Messages messages, MessageKey key) {
        return messages.get(key.key(), key.arguments());
    }

    private int count(String where) {
        return ((Number) dsl.fetchValue("SELECT COUNT(*) FROM ticket WHERE " + where)).intValue();
    }
}
