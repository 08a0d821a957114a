package io.storedesk.aftersales.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.aftersales.BusinessClock;
import io.storedesk.aftersales.SlaPolicy;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.MovingClock;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The queue reads each ticket's clocks at now: pauses move the due, closed tickets leave. */
class TicketQueueTest {

    private static final Instant START = Instant.parse("2026-11-20T02:00:00Z");

    private final MovingClock clock = new MovingClock(START);
    private final Services services = new Services(Store.open(StoreConfig.inMemory(TestStores.newDirectory(),
            "q" + UUID.randomUUID().toString().replace("-", ""))), clock);
    private final TicketRepository tickets = new TicketRepository(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aTicketWaitingOnTheCustomerHasItsResolutionDueMovedByThePause() {
        insert("AS-1", TicketType.RETURN, "lina");
        insert("AS-2", TicketType.RETURN, "lina");
        var workflow = services.ticketWorkflow();
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");
        workflow.changeStatus("AS-2", TicketStatus.PROCESSING, null, "lina");
        clock.advance(Duration.ofHours(1));
        workflow.changeStatus("AS-1", TicketStatus.WAITING_CUSTOMER, null, "lina");
        clock.advance(Duration.ofHours(3));

        List<QueueTicket> queue = services.ticketQueue().load().filter(QueueFilter.all());

        // Default policy, 24×7: resolution due 24 h after creation, pushed out by the 3 h still waiting.
        assertThat(queue).extracting(QueueTicket::code).containsExactly("AS-2", "AS-1");
        assertThat(queue.get(0).next().target()).isEqualTo(SlaTarget.RESOLUTION);
        assertThat(queue.get(0).due()).isEqualTo(START.plus(Duration.ofHours(24)));
        assertThat(queue.get(1).due()).isEqualTo(START.plus(Duration.ofHours(27)));
    }

    @Test
    void anUnansweredTicketIsDueOnItsFirstResponseAndOverdueAfterIt() {
        insert("AS-1", TicketType.COMPLAINT, null);
        clock.advance(Duration.ofMinutes(16));

        QueueTicket t = services.ticketQueue().load().tickets().get(0);

        assertThat(t.next().target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
        assertThat(t.next().state()).isEqualTo(SlaState.BREACHED);
        assertThat(t.timeLeft(clock.instant())).isEqualTo(Duration.ofMinutes(-1));
        assertThat(t.everBreached()).isTrue();
    }

    @Test
    void aClosedTicketLeavesTheQueueAndADoneOneStaysForItsFeedback() {
        insert("AS-1", TicketType.INQUIRY, "lina");
        insert("AS-2", TicketType.INQUIRY, "lina");
        var workflow = services.ticketWorkflow();
        workflow.changeStatus("AS-1", TicketStatus.PROCESSING, null, "lina");
        workflow.changeStatus("AS-1", TicketStatus.CLOSED, null, "lina");
        workflow.changeStatus("AS-2", TicketStatus.PROCESSING, null, "lina");
        workflow.changeStatus("AS-2", TicketStatus.DONE, null, "lina");

        List<QueueTicket> queue = services.ticketQueue().load().tickets();

        assertThat(queue).singleElement().satisfies(t -> {
            assertThat(t.code()).isEqualTo("AS-2");
            assertThat(t.next().target()).isEqualTo(SlaTarget.FEEDBACK);
            assertThat(t.due()).isEqualTo(START.plus(Duration.ofHours(48)));
        });
    }

    private void insert(String code, TicketType type, String assignee) {
        SlaPolicy policy = SlaPolicy.choose(tickets.slaPolicies(), type, TicketPriority.NORMAL, null, null)
                .orElseThrow();
        tickets.insertTickets(List.of(new Ticket(0, code, type, TicketStatus.PENDING_REVIEW, TicketPriority.NORMAL,
                null, null, null, null, null, "工单 " + code, assignee, null, policy.id(),
                policy.dueFrom(clock.instant(), BusinessClock.ALWAYS_OPEN), clock.instant(), null, null, null, null, 0,
                null, null, 0)));
    }
}
