package io.storedesk.aftersales.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A queued ticket as the command line lists it: wall-clock and business time left on its next target. */
class OpenTicketClocksTest {

    private static final Instant NOW = Instant.parse("2026-11-20T06:00:00Z");

    @Test
    void anOverdueTargetShowsNegativeTimeLeftInBothClocks() {
        // 24 business hours, 24 h 30 min used: overdue by 30 business minutes, due 40 wall-clock minutes ago.
        TargetStatus resolution = new TargetStatus(SlaTarget.RESOLUTION, SlaState.BREACHED,
                NOW.minus(Duration.ofMinutes(40)), Duration.ofHours(24), Duration.ofMinutes(24 * 60 + 30));
        QueueTicket t = new QueueTicket(1, "AS-1", TicketType.RETURN, TicketStatus.PROCESSING, TicketPriority.HIGH,
                "退货", null, null, "lina", "李娜", null, NOW.minus(Duration.ofDays(2)), resolution, true, false);

        OpenTicket listed = OpenTicketClocks.toOpenTicket(t, NOW);

        assertThat(listed.nextTarget()).isEqualTo(SlaTarget.RESOLUTION);
        assertThat(listed.nextState()).isEqualTo(SlaState.BREACHED);
        assertThat(listed.timeLeft()).isEqualTo(Duration.ofMinutes(-40));
        assertThat(listed.businessMinutesLeft()).isEqualTo(-30L);
        assertThat(listed.breached()).isTrue();
    }

    @Test
    void aTicketWithoutARunningTargetHasNoDeadline() {
        QueueTicket t = new QueueTicket(2, "AS-2", TicketType.INQUIRY, TicketStatus.PROCESSING, TicketPriority.LOW,
                "发票", null, null, null, null, null, NOW, null, false, false);

        OpenTicket listed = OpenTicketClocks.toOpenTicket(t, NOW);

        assertThat(listed.nextTarget()).isNull();
        assertThat(listed.due()).isNull();
        assertThat(listed.timeLeft()).isNull();
        assertThat(listed.businessMinutesLeft()).isNull();
        assertThat(listed.breached()).isFalse();
    }
}
