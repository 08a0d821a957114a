package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaPolicyTest {

    private static final SlaPolicy COMPLAINT = new SlaPolicy(1, "COMPLAINT", "Complaints", 10, TicketType.COMPLAINT,
            null, null, null, 1, 15, 4320, 2880);
    private static final SlaPolicy VIP_URGENT = new SlaPolicy(2, "VIP", "VIP urgent", 5, null, TicketPriority.URGENT,
            7L, "STRATEGIC", 1, 5, 240, 1440);
    private static final SlaPolicy DEFAULT = new SlaPolicy(3, "DEFAULT", "Default", 1000, null, null, null, null, 1,
            15, 1440, 2880);
    private static final List<SlaPolicy> POLICIES = List.of(DEFAULT, COMPLAINT, VIP_URGENT);

    @ParameterizedTest(name = "{0} {1} channel {2} tier {3} -> {4}")
    @CsvSource(textBlock = """
            COMPLAINT, NORMAL, 1, ,          COMPLAINT
            RETURN,    NORMAL, 1, ,          DEFAULT
            RETURN,    URGENT, 7, STRATEGIC, VIP
            COMPLAINT, URGENT, 7, STRATEGIC, VIP
            RETURN,    URGENT, 8, STRATEGIC, DEFAULT
            INQUIRY,   URGENT, 7, DORMANT,   DEFAULT
            """)
    void theFirstMatchingPolicyInMatchOrderWins(TicketType type, TicketPriority priority, long channel, String tier,
                                                String expected) {
        assertThat(SlaPolicy.choose(POLICIES, type, priority, channel, tier)).get()
                .extracting(SlaPolicy::code).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-20T23:50:00Z, 2026-11-21T00:05:00Z, 2026-11-21T23:50:00Z, 2026-11-22T23:50:00Z
            2026-02-28T12:00:00Z, 2026-02-28T12:15:00Z, 2026-03-01T12:00:00Z, 2026-03-02T12:00:00Z
            """)
    void dueTimesOnTheAlwaysOpenCalendar(Instant created, Instant firstResponse, Instant resolution,
                                         Instant feedback) {
        SlaDue due = DEFAULT.dueFrom(created, BusinessClock.ALWAYS_OPEN);
        assertThat(due.firstResponse()).isEqualTo(firstResponse);
        assertThat(due.resolution()).isEqualTo(resolution);
        assertThat(due.feedback()).isEqualTo(feedback);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2026-11-21T00:00:00Z,                     , false
            2026-11-21T00:00:01Z,                     , true
            2026-11-22T00:00:00Z, 2026-11-20T23:00:00Z, false
            2026-11-22T00:00:00Z, 2026-11-21T00:30:00Z, true
            """)
    void resolutionIsBreachedWhenResolvedLateOrStillOpenAfterTheDueTime(Instant now, Instant resolvedAt,
                                                                        boolean breached) {
        TicketRow row = new TicketRow(1, "AS-1", TicketType.RETURN, TicketStatus.PROCESSING, TicketPriority.NORMAL,
                "s", null, null, null, Instant.parse("2026-11-20T00:00:00Z"), Instant.parse("2026-11-21T00:00:00Z"),
                resolvedAt);
        assertThat(row.resolutionBreached(now)).isEqualTo(breached);
        assertThat(Duration.between(row.createdAt(), row.resolutionDue())).isEqualTo(Duration.ofDays(1));
    }
}
