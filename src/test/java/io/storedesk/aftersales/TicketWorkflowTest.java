package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.common.UserFacingException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditRepository;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Status changes as the service enforces them, with the clocks' fields and the timeline following. */
class TicketWorkflowTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

    private final MovingClock clock = new MovingClock(CREATED);
    private final Services services = new Services(Store.open(StoreConfig.inMemory(TestStores.newDirectory(),
            "wf" + UUID.randomUUID().toString().replace("-", ""))), clock);
    private final DSLContext dsl = services.store().dsl();
    private final TicketRepository tickets = new TicketRepository(dsl);
    private final TicketWorkflow workflow = services.ticketWorkflow();
    private long id;

    @BeforeEach
    void ticket() {
        SlaPolicy policy = SlaPolicy.choose(tickets.slaPolicies(), TicketType.RETURN, TicketPriority.NORMAL, null, null)
                .orElseThrow();
        id = tickets.insertTickets(List.of(new Ticket(0, "AS-1", TicketType.RETURN, TicketStatus.PENDING_REVIEW,
                TicketPriority.NORMAL, "SIZE", null, null, null, null, "退货：连体衣", "lina", null, policy.id(),
                policy.dueFrom(CREATED, BusinessClock.ALWAYS_OPEN), CREATED, null, null, null, null, 0, null, null,
                0))).get("AS-1");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void takingUpATicketIsItsFirstResponseAndGoesOnTheTimeline() {
        clock.advance(Duration.ofMinutes(9));

        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, "已受理", "lina");

        Ticket t = tickets.findTicket("AS-1").orElseThrow();
        assertThat(t.status()).isEqualTo(TicketStatus.PROCESSING);
        assertThat(t.firstRespondedAt()).isEqualTo(CREATED.plus(Duration.ofMinutes(9)));
        assertThat(tickets.events(id)).singleElement().satisfies(e -> {
            assertThat(e.fromStatus()).isEqualTo(TicketStatus.PENDING_REVIEW);
            assertThat(e.toStatus()).isEqualTo(TicketStatus.PROCESSING);
            assertThat(e.body()).isEqualTo("已受理");
            assertThat(e.actor()).isEqualTo("lina");
        });
    }

    @Test
    void aStatusChangeIsAuditedWithTheStatusBeforeAndAfter() {
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");

        AuditEntry entry = new AuditRepository(dsl).history("ticket", "AS-1", 5).get(0);
        assertThat(entry.user()).isEqualTo("lina");
        assertThat(entry.action()).isEqualTo("ticket.status");
        assertThat(entry.before()).containsExactly(Map.entry("status", "PENDING_REVIEW"));
        assertThat(entry.after()).containsExactly(Map.entry("status", "PROCESSING"));
    }

    @Test
    void aMoveTheFlowDoesNotAllowIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> workflow.changeStatus("AS-1", TicketStatus.DONE, null, "lina"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(
                        new Messages(Messages.CHINESE).describe(e)).contains("待审核"));

        assertThat(tickets.findTicket("AS-1").orElseThrow().status()).isEqualTo(TicketStatus.PENDING_REVIEW);
        assertThat(tickets.events(id)).isEmpty();
    }

    @Test
    void waitingOnTheCustomerCountsItsMinutesAsPaused() {
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");
        clock.advance(Duration.ofMinutes(30));
        workflow.changeStatus("AS-1", TicketStatus.WAITING_CUSTOMER, "请提供照片", "lina");
        assertThat(dsl.fetchValue("SELECT paused_since FROM ticket WHERE id = " + id)).isNotNull();

        clock.advance(Duration.ofHours(2));
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");

        // The default policy runs on the 24×7 calendar: two hours are 120 business minutes.
        assertThat(tickets.findTicket("AS-1").orElseThrow().pausedMinutes()).isEqualTo(120);
        assertThat(dsl.fetchValue("SELECT paused_since FROM ticket WHERE id = " + id)).isNull();
    }

    @Test
    void reopeningADoneTicketCountsAReopenAndClearsItsResolution() {
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");
        workflow.changeStatus("AS-1", TicketStatus.DONE, null, "lina");
        assertThat(tickets.findTicket("AS-1").orElseThrow().resolvedAt()).isNotNull();

        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, "客户说尺码还是不对", "lina");

        assertThat(tickets.findTicket("AS-1").orElseThrow().resolvedAt()).isNull();
        assertThat(((Number) dsl.fetchValue("SELECT reopened_count FROM ticket WHERE id = " + id)).intValue())
                .isEqualTo(1);
        workflow.changeStatus("AS-1", TicketStatus.CLOSED, null, "lina");
        assertThat(tickets.findTicket("AS-1").orElseThrow().closedAt()).isNotNull();
        assertThatThrownBy(() -> workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina"))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void anUnknownTicketIsRefusedByItsCode() {
        assertThatThrownBy(() -> workflow.changeStatus("AS-404", TicketStatus.PROCESSING, null, "lina"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(new Messages(Messages.ENGLISH).describe(e)).contains("AS-404"));
    }

    @Test
    void theSweepWarnsOnceAtThreeQuartersThenEscalatesABreachToTheTeamLeadForGood() {
        dsl.execute("INSERT INTO support_team (code, name, lead_user) VALUES ('CS1', '售后一组', 'chenjing')");
        dsl.execute("INSERT INTO app_user (username, display_name, role_code, team_id) VALUES ('lina', '李娜', "
                + "'AGENT', (SELECT id FROM support_team WHERE code = 'CS1'))");
        SlaSweep sweep = services.slaSweep();

        // 12 of the 15 first-response minutes: 80 %, a warning; a second sweep does not warn again.
        clock.advance(Duration.ofMinutes(12));
        assertThat(sweep.sweep("sla")).isEqualTo(new SlaSweep.SweepResult(1, 1, 0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(sweep.sweep("sla")).isEqualTo(new SlaSweep.SweepResult(1, 0, 0));

        // 20 minutes without an answer: breached, priority up one step, to the lead of lina's team.
        clock.advance(Duration.ofMinutes(7));
        assertThat(sweep.sweep("sla").escalated()).isEqualTo(1);
        Ticket escalated = tickets.findTicket("AS-1").orElseThrow();
        assertThat(escalated.priority()).isEqualTo(TicketPriority.HIGH);
        assertThat(escalated.assignee()).isEqualTo("chenjing");
        assertThat(tickets.events(id)).extracting(TicketEvent::kind, TicketEvent::body).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TicketEventKind.SLA_WARNING, "FIRST_RESPONSE"),
                org.assertj.core.groups.Tuple.tuple(TicketEventKind.SLA_BREACH, "FIRST_RESPONSE"));
        assertThat(sweep.sweep("sla").escalated()).as("a breach escalates once").isZero();

        // Answered late and closed: the breach stays in the record.
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "chenjing");
        workflow.changeStatus("AS-1", TicketStatus.CLOSED, null, "chenjing");
        assertThat(dsl.fetchValue("SELECT first_response_breached FROM ticket WHERE id = " + id)).isEqualTo(true);
        assertThat(tickets.findTicket("AS-1").orElseThrow().priority()).isEqualTo(TicketPriority.HIGH);
    }
}
