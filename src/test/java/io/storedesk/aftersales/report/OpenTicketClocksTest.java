package io.storedesk.aftersales.report;

import static io.storedesk.aftersales.report.SlaReportCalculationTest.CLOCKS;
import static io.storedesk.aftersales.report.SlaReportCalculationTest.at;
import static io.storedesk.aftersales.report.SlaReportCalculationTest.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.report.OpenTicketClocks.Filter;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The queue by time to breach, on the 09:00–18:00 weekday calendar (answer 60, resolve and tell 480 minutes). */
class OpenTicketClocksTest {

    private static final Instant NOW = at(16, 15, 0);

    // P: opened Monday 09:00, answered 09:10, waiting on the customer since 10:00: 60 minutes used, 420 left from
    //    now (Monday 15:00 + 180 = 18:00, Tuesday 09:00 + 240) = Tuesday 13:00. Unpaused it would be due Monday 17:00.
    private static final ReportedTicket P = ticket(1, "P", TicketStatus.WAITING_CUSTOMER, at(16, 9, 0), at(16, 9, 10),
            null, null, null, at(16, 10, 0), Set.of(), 0, null);
    // Q: opened Monday 12:00, answered: resolution due Monday 12:00 + 360 + 120 = Tuesday 11:00, 300 business min left.
    private static final ReportedTicket Q = ticket(2, "Q", TicketStatus.PROCESSING, at(16, 12, 0), at(16, 12, 5),
            null, null, null, null, Set.of(), 0, null);
    // R: opened Monday 13:00, not answered: due 14:00, an hour overdue.
    private static final ReportedTicket R = ticket(3, "R", TicketStatus.PENDING_REVIEW, at(16, 13, 0), null, null,
            null, null, null, Set.of(), 0, null);
    // S: no policy, so no target: last.
    private static final ReportedTicket S = new ReportedTicket(4, "S", TicketType.INQUIRY, TicketStatus.PROCESSING,
            TicketPriority.LOW, "wang", null, at(16, 10, 0), at(16, 10, 5), null, null, null, null, Set.of(), 0, null);
    // T: done and the customer told: nothing runs, not in the queue.
    private static final ReportedTicket T = ticket(5, "T", TicketStatus.DONE, at(16, 9, 0), at(16, 9, 5), at(16, 10, 0),
            at(16, 10, 30), null, null, Set.of(), 0, null);
    // U: done at 14:30, the customer not told yet: feedback due Monday 14:30 + 210, Tuesday 09:00 + 270 = 13:30.
    private static final ReportedTicket U = ticket(6, "U", TicketStatus.DONE, at(16, 9, 0), at(16, 9, 5), at(16, 14, 30),
            null, null, null, Set.of(), 0, null);

    private final List<OpenTicket> queue = OpenTicketClocks.rank(List.of(P, Q, R, S, T, U), CLOCKS, Map.of(), NOW);

    @Test
    void soonestBreachFirstWithTheWaitOnTheCustomerPushingTheDueOut() {
        assertThat(queue).extracting(OpenTicket::code).containsExactly("R", "Q", "P", "U", "S");
        assertThat(queue).extracting(OpenTicket::due).containsExactly(at(16, 14, 0), at(17, 11, 0), at(17, 13, 0),
                at(17, 13, 30), null);
        assertThat(queue).extracting(OpenTicket::nextTarget).containsExactly(SlaTarget.FIRST_RESPONSE,
                SlaTarget.RESOLUTION, SlaTarget.RESOLUTION, SlaTarget.FEEDBACK, null);
    }

    @Test
    void timeLeftIsNegativeOnceOverdue() {
        OpenTicket overdue = queue.get(0);
        assertThat(overdue.timeLeft()).isEqualTo(Duration.ofMinutes(-60));
        assertThat(overdue.businessMinutesLeft()).isEqualTo(-60);
        assertThat(overdue.nextState()).isEqualTo(SlaState.BREACHED);
        assertThat(overdue.breached()).isTrue();
        OpenTicket q = queue.get(1);
        assertThat(q.timeLeft()).isEqualTo(Duration.ofHours(20));
        assertThat(q.businessMinutesLeft()).isEqualTo(300);
        assertThat(q.breached()).isFalse();
    }

    @Test
    void filtersKeepBreachedDueSoonOrOneAgentsTickets() {
        assertThat(queue.stream().filter(new Filter(true, null, null)::keeps)).extracting(OpenTicket::code)
                .containsExactly("R");
        assertThat(queue.stream().filter(new Filter(false, Duration.ofHours(21), null)::keeps))
                .extracting(OpenTicket::code).containsExactly("R", "Q");
        assertThat(queue.stream().filter(new Filter(false, null, "wang")::keeps)).extracting(OpenTicket::code)
                .containsExactly("S");
        assertThat(queue.stream().filter(Filter.ALL::keeps)).hasSize(5);
    }
}
