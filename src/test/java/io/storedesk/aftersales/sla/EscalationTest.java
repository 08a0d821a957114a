package io.storedesk.aftersales.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.common.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscalationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            LOW,    NORMAL
            NORMAL, HIGH
            HIGH,   URGENT
            URGENT, URGENT
            """)
    void aBreachRaisesThePriorityOneStepAndUrgentStaysUrgent(TicketPriority before, TicketPriority after) {
        Escalation escalation = Escalation.forBreach("AS-7", before, SlaTarget.RESOLUTION, "lead.wang");
        assertThat(escalation.priority()).isEqualTo(after);
        assertThat(escalation.assignee()).isEqualTo("lead.wang");
    }

    @Test
    void theNotificationNamesTicketTargetNewPriorityAndTeamLead() {
        Escalation escalation = Escalation.forBreach("AS-7", TicketPriority.NORMAL, SlaTarget.RESOLUTION,
                "lead.wang");
        var n = escalation.notification();
        assertThat(new Messages(Locale.ENGLISH).get(n.key(), n.arguments())).isEqualTo(
                "Ticket AS-7 breached its \"Resolution\" target; priority raised to High and assigned to lead.wang.");
        assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).get(n.key(), n.arguments()))
                .isEqualTo("工单 AS-7 的“处理完成”时限已超时，优先级已升为“高”，并已转给 lead.wang。");
    }

    @ParameterizedTest(name = "{0} -> {1}: escalate {2}")
    @CsvSource(textBlock = """
            ON_TRACK, WARNING,  false
            WARNING,  BREACHED, true
            ON_TRACK, BREACHED, true
            WARNING,  MET_LATE, true
            BREACHED, BREACHED, false
            BREACHED, MET_LATE, false
            WARNING,  MET,      false
            """)
    void onlyATargetThatBecomesBreachedEscalates(SlaState before, SlaState after, boolean escalates) {
        var escalation = Escalation.between(of(SlaTarget.RESOLUTION, before), of(SlaTarget.RESOLUTION, after),
                "AS-7", TicketPriority.LOW, "lead.wang");
        assertThat(escalation.isPresent()).isEqualTo(escalates);
        escalation.ifPresent(e -> {
            assertThat(e.target()).isEqualTo(SlaTarget.RESOLUTION);
            assertThat(e.priority()).isEqualTo(TicketPriority.NORMAL);
            assertThat(e.notification().key()).isEqualTo("sla.escalation.breached");
        });
    }

    @Test
    void twoTargetsBreachingInOnePassRaiseThePriorityOnceNamingTheEarlierTarget() {
        Map<SlaTarget, TargetStatus> before = new EnumMap<>(SlaTarget.class);
        before.putAll(of(SlaTarget.FIRST_RESPONSE, SlaState.WARNING));
        before.putAll(of(SlaTarget.RESOLUTION, SlaState.WARNING));
        Map<SlaTarget, TargetStatus> after = new EnumMap<>(SlaTarget.class);
        after.putAll(of(SlaTarget.FIRST_RESPONSE, SlaState.BREACHED));
        after.putAll(of(SlaTarget.RESOLUTION, SlaState.BREACHED));
        Escalation escalation = Escalation.between(before, after, "AS-7", TicketPriority.LOW, "lead.wang")
                .orElseThrow();
        assertThat(escalation.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
        assertThat(escalation.priority()).isEqualTo(TicketPriority.NORMAL);
    }

    @Test
    void aClockThatAppearsAlreadyBreachedEscalates() {
        // The feedback clock only exists once the ticket is resolved; its first sighting may be a breach.
        assertThat(Escalation.between(Map.of(), of(SlaTarget.FEEDBACK, SlaState.BREACHED), "AS-7",
                TicketPriority.HIGH, "lead.wang")).get().extracting(Escalation::priority)
                .isEqualTo(TicketPriority.URGENT);
    }

    private static Map<SlaTarget, TargetStatus> of(SlaTarget target, SlaState state) {
        return Map.of(target, new TargetStatus(target, state, Instant.EPOCH, Duration.ofMinutes(15),
                Duration.ofMinutes(1)));
    }
}
