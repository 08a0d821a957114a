package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.testing.TestStores;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TicketRepositoryTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T02:00:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final TicketRepository tickets = new TicketRepository(services.store().dsl());

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void ticketRoundTripsWithItsDueTimesAndTimeline() {
        SlaPolicy policy = SlaPolicy.choose(tickets.slaPolicies(), TicketType.RETURN, TicketPriority.NORMAL, null, null)
                .orElseThrow();
        long id = tickets.insertTickets(List.of(ticket("AS-1", TicketStatus.PROCESSING, policy))).get("AS-1");
        tickets.appendEvents(List.of(
                new TicketEvent(0, id, TicketEventKind.CREATED, null, TicketStatus.PENDING_REVIEW, "system", null,
                        CREATED),
                new TicketEvent(0, id, TicketEventKind.STATUS, TicketStatus.PENDING_REVIEW, TicketStatus.PROCESSING,
                        "lina", "已受理", CREATED.plusSeconds(300))));

        Ticket stored = tickets.findTicket("AS-1").orElseThrow();
        assertThat(stored.type()).isEqualTo(TicketType.RETURN);
        assertThat(stored.slaPolicyId()).isEqualTo(policy.id());
        assertThat(stored.due().firstResponse()).isEqualTo(CREATED.plus(Duration.ofMinutes(15)));
        assertThat(stored.due().resolution()).isEqualTo(CREATED.plus(Duration.ofHours(24)));
        assertThat(tickets.events(id)).extracting(TicketEvent::toStatus)
                .containsExactly(TicketStatus.PENDING_REVIEW, TicketStatus.PROCESSING);
    }

    @Test
    void searchListsOpenTicketsByDueTimeBeforeClosedOnes() {
        SlaPolicy policy = tickets.slaPolicies().get(tickets.slaPolicies().size() - 1);
        tickets.insertTickets(List.of(ticket("AS-CLOSED", TicketStatus.CLOSED, policy),
                ticket("AS-OPEN", TicketStatus.PROCESSING, policy)));

        assertThat(tickets.search("", 10).rows()).extracting(TicketRow::code).containsExactly("AS-OPEN", "AS-CLOSED");
        assertThat(tickets.countOpen()).isEqualTo(1);
    }

    private static Ticket ticket(String code, TicketStatus status, SlaPolicy policy) {
        return new Ticket(0, code, TicketType.RETURN, status, TicketPriority.NORMAL, "SIZE", null, null, null, null,
                "退货：连体衣", "lina", null, policy.id(), policy.dueFrom(CREATED, BusinessClock.ALWAYS_OPEN), CREATED,
                null, null, null, null, 0, null, null, 0);
    }
}
