package io.storedesk.aftersales.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Filtering and sorting the queue by time to breach. */
class QueueFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");

    private final QueueTicket overdue = ticket("T-1", TicketType.COMPLAINT, TicketPriority.HIGH, "lina",
            -30, SlaState.BREACHED);
    private final QueueTicket soon = ticket("T-2", TicketType.RETURN, TicketPriority.NORMAL, "wei", 20,
            SlaState.WARNING);
    private final QueueTicket later = ticket("T-3", TicketType.RETURN, TicketPriority.NORMAL, "lina", 300,
            SlaState.ON_TRACK);
    private final QueueTicket laterUrgent = ticket("T-4", TicketType.INQUIRY, TicketPriority.URGENT, null, 300,
            SlaState.ON_TRACK);
    private final QueueTicket noClock = new QueueTicket(5, "T-5", TicketType.INQUIRY, TicketStatus.PROCESSING,
            TicketPriority.LOW, "发票", null, "张三", "lina", "Li Na", null, NOW.minusSeconds(60), null, false, false);
    private final List<QueueTicket> queue = List.of(noClock, later, soon, laterUrgent, overdue);

    @Test
    void theMostOverdueComesFirstThenByDueThenByPriorityAndTicketsWithoutAClockLast() {
        assertThat(QueueFilter.all().apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-1", "T-2", "T-4", "T-3", "T-5");
    }

    @Test
    void myQueueHoldsOnlyTheTicketsAssignedToMe() {
        assertThat(QueueFilter.all().mine("lina").apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-1", "T-3", "T-5");
    }

    @Test
    void overdueOnlyKeepsTicketsPastARunningTarget() {
        assertThat(QueueFilter.all().overdue(true).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-1");
    }

    @Test
    void dueWithinAnHourKeepsOverdueTicketsAndThoseDueBeforeTheLimit() {
        assertThat(QueueFilter.all().within(Duration.ofHours(1)).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-1", "T-2");
        assertThat(QueueFilter.all().within(Duration.ofMinutes(20)).apply(queue, NOW)).extracting(QueueTicket::code)
                .as("due exactly at the limit counts").containsExactly("T-1", "T-2");
    }

    @Test
    void typeAndTextNarrowTogether() {
        assertThat(QueueFilter.all().ofType(TicketType.RETURN).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-2", "T-3");
        assertThat(QueueFilter.all().matching(" li na ".strip()).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-1", "T-3", "T-5");
        assertThat(QueueFilter.all().matching("发票").apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-5");
        assertThat(QueueFilter.all().ofType(TicketType.RETURN).mine("lina").apply(queue, NOW))
                .extracting(QueueTicket::code).containsExactly("T-3");
    }

    @Test
    void theWarehouseQueueKeepsReturnsWithGoodsStillToReceiveThere() {
        assertThat(QueueFilter.all().receiving(true).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-2");
        assertThat(QueueFilter.all().atWarehouse(7L).apply(queue, NOW)).extracting(QueueTicket::code)
                .containsExactly("T-2", "T-3");
        assertThat(QueueFilter.all().receiving(true).atWarehouse(8L).apply(queue, NOW)).isEmpty();
    }

    @Test
    void timeLeftIsNegativeOnceOverdue() {
        assertThat(overdue.timeLeft(NOW)).isEqualTo(Duration.ofMinutes(-30));
        assertThat(soon.timeLeft(NOW)).isEqualTo(Duration.ofMinutes(20));
        assertThat(noClock.timeLeft(NOW)).isNull();
        assertThat(overdue.overdue()).isTrue();
        assertThat(soon.atRisk()).isTrue();
        assertThat(later.atRisk()).isFalse();
    }

    private static QueueTicket ticket(String code, TicketType type, TicketPriority priority, String assignee,
                                      int minutesLeft, SlaState state) {
        TargetStatus next = new TargetStatus(SlaTarget.RESOLUTION, state, NOW.plusSeconds(minutesLeft * 60L),
                Duration.ofHours(24), Duration.ofHours(24).minusMinutes(minutesLeft));
        return new QueueTicket(Long.parseLong(code.substring(2)), code, type, TicketStatus.PROCESSING, priority,
                "subject " + code, "ORD-" + code, "Customer " + code, assignee,
                assignee == null ? null : assignee.equals("lina") ? "Li Na" : "Wei", type == TicketType.RETURN ? 7L : null,
                NOW.minusSeconds(3600), next, state.breached(), type == TicketType.RETURN && minutesLeft < 100);
    }
}
