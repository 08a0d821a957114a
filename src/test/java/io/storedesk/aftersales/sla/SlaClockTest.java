package io.storedesk.aftersales.sla;

import static io.storedesk.aftersales.sla.WorkingCalendarTest.OFFICE;
import static io.storedesk.aftersales.sla.WorkingCalendarTest.SHANGHAI;
import static io.storedesk.aftersales.sla.WorkingCalendarTest.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default targets (15 min, 24 h, 48 h) on the 9:00–18:00 office calendar, ticket created Monday 9:00. */
class SlaClockTest {

    private static final SlaClock CLOCK = new SlaClock(SlaTargets.defaults(), OFFICE);
    private static final Instant MONDAY_9 = at("2026-06-08T09:00");

    @Test
    void aFreshTicketIsOnTrackWithDueTimesOnTheCalendar() {
        Map<SlaTarget, TargetStatus> status = CLOCK.statusAt(TicketTimes.unpaused(MONDAY_9, null, null, null),
                at("2026-06-08T09:05"));
        assertThat(status).containsOnlyKeys(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION);
        assertThat(status.get(SlaTarget.FIRST_RESPONSE).due()).isEqualTo(at("2026-06-08T09:15"));
        assertThat(status.get(SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(status.get(SlaTarget.FIRST_RESPONSE).minutesLeft()).isEqualTo(10);
        assertThat(status.get(SlaTarget.RESOLUTION).due()).isEqualTo(at("2026-06-10T15:00"));
        assertThat(status.get(SlaTarget.RESOLUTION).used()).isEqualTo(Duration.ofMinutes(5));
    }

    @ParameterizedTest(name = "waiting {0} .. {1} moves the resolution due to {2}")
    @CsvSource(textBlock = """
            2026-06-08T10:00, 2026-06-08T12:00, 2026-06-10T17:00
            2026-06-08T17:00, 2026-06-09T10:00, 2026-06-10T17:00
            2026-06-06T10:00, 2026-06-07T10:00, 2026-06-10T15:00
            2026-06-11T10:00, 2026-06-11T12:00, 2026-06-10T15:00
            """)
    void waitingOnTheCustomerShiftsTheResolutionDueByThePausedBusinessTime(String from, String to, String due) {
        // Two business hours in the day or overnight shift the due by two hours; a pause over a weekend before
        // the ticket existed, or one after the due, shifts nothing (pausing cannot undo a breach).
        TicketTimes ticket = new TicketTimes(MONDAY_9, at("2026-06-08T09:10"), null, null,
                List.of(new Pause(at(from), at(to))), null);
        TargetStatus resolution = CLOCK.statusAt(ticket, at("2026-06-12T09:00")).get(SlaTarget.RESOLUTION);
        assertThat(resolution.due()).isEqualTo(at(due));
    }

    @Test
    void theFirstResponseClockIsNeverPaused() {
        TicketTimes ticket = new TicketTimes(MONDAY_9, null, null, null,
                List.of(new Pause(at("2026-06-08T09:01"), at("2026-06-08T09:30"))), null);
        TargetStatus first = CLOCK.statusAt(ticket, at("2026-06-08T09:40")).get(SlaTarget.FIRST_RESPONSE);
        assertThat(first.due()).isEqualTo(at("2026-06-08T09:15"));
        assertThat(first.state()).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void anOpenPauseFreezesTheUsedShareAndProjectsTheDueFromNow() {
        // Six business hours (25 %) used before the ticket started waiting on Monday at 15:00.
        TicketTimes waiting = new TicketTimes(MONDAY_9, at("2026-06-08T09:10"), null, null, List.of(),
                at("2026-06-08T15:00"));
        TargetStatus tuesday = CLOCK.statusAt(waiting, at("2026-06-09T12:00")).get(SlaTarget.RESOLUTION);
        TargetStatus wednesday = CLOCK.statusAt(waiting, at("2026-06-10T16:00")).get(SlaTarget.RESOLUTION);
        assertThat(tuesday.used()).isEqualTo(Duration.ofHours(6));
        assertThat(wednesday.used()).isEqualTo(Duration.ofHours(6));
        assertThat(wednesday.share()).isEqualTo(0.25);
        assertThat(wednesday.state()).isEqualTo(SlaState.ON_TRACK);
        // 18 business hours left: from Tuesday noon that is Thursday noon; from Wednesday 16:00, Friday 16:00.
        assertThat(tuesday.due()).isEqualTo(at("2026-06-11T12:00"));
        assertThat(wednesday.due()).isEqualTo(at("2026-06-12T16:00"));
    }

    @ParameterizedTest(name = "now {0}: {1}, {2} min left")
    @CsvSource(textBlock = """
            2026-06-09T17:59,    ON_TRACK, 361
            2026-06-09T18:00,    WARNING,  360
            2026-06-10T14:59,    WARNING,  1
            2026-06-10T15:00,    WARNING,  0
            2026-06-10T15:00:01, BREACHED, -1
            2026-06-10T16:00,    BREACHED, -60
            """)
    void resolutionWarnsFromExactlyThreeQuartersAndBreachesAfterTheDue(String now, SlaState state, long left) {
        // 75 % of 24 business hours is 18 hours: Monday 9 h + Tuesday 9 h, reached at Tuesday 18:00.
        TicketTimes ticket = TicketTimes.unpaused(MONDAY_9, at("2026-06-08T09:10"), null, null);
        TargetStatus resolution = CLOCK.statusAt(ticket, at(now)).get(SlaTarget.RESOLUTION);
        assertThat(resolution.state()).isEqualTo(state);
        assertThat(resolution.minutesLeft()).isEqualTo(left);
    }

    @ParameterizedTest(name = "now 10:{0}: {1}")
    @CsvSource(textBlock = """
            11:14, ON_TRACK
            11:15, WARNING
            15:00, WARNING
            15:01, BREACHED
            """)
    void theFirstResponseWarningFallsAtElevenAndAQuarterMinutesToTheSecond(String minuteSecond, SlaState state) {
        SlaClock always = new SlaClock(SlaTargets.defaults(), WorkingCalendar.alwaysOpen(SHANGHAI));
        Instant created = Instant.parse("2026-06-08T10:00:00Z");
        TargetStatus first = always.statusAt(TicketTimes.unpaused(created, null, null, null),
                Instant.parse("2026-06-08T10:" + minuteSecond + "Z")).get(SlaTarget.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(state);
    }

    @Test
    void aLateResolutionStaysBreachedAfterTheTicketIsResolvedAndClosed() {
        TicketTimes late = TicketTimes.unpaused(MONDAY_9, at("2026-06-08T09:10"), at("2026-06-10T16:00"),
                at("2026-06-11T10:00"));
        for (Instant now : List.of(at("2026-06-10T16:00"), at("2026-07-31T12:00"))) {
            TargetStatus resolution = CLOCK.statusAt(late, now).get(SlaTarget.RESOLUTION);
            assertThat(resolution.state()).isEqualTo(SlaState.MET_LATE);
            assertThat(resolution.state().breached()).isTrue();
            assertThat(resolution.minutesLeft()).isEqualTo(-60);
        }
    }

    @Test
    void targetsMetInTimeAreMetAndNotBreached() {
        TicketTimes onTime = TicketTimes.unpaused(MONDAY_9, at("2026-06-08T09:15"), at("2026-06-10T15:00"), null);
        Map<SlaTarget, TargetStatus> status = CLOCK.statusAt(onTime, at("2026-07-31T12:00"));
        assertThat(status.get(SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);
        assertThat(status.get(SlaTarget.RESOLUTION).state()).isEqualTo(SlaState.MET);
        assertThat(status.get(SlaTarget.RESOLUTION).state().breached()).isFalse();
    }

    @Test
    void theFeedbackClockStartsAtResolution() {
        // 48 business hours from Tuesday 10:00: 8 h Tue, 9 h Wed–Fri and Mon, 4 h the next Tuesday.
        TicketTimes resolved = TicketTimes.unpaused(MONDAY_9, at("2026-06-08T09:10"), at("2026-06-09T10:00"), null);
        TargetStatus feedback = CLOCK.statusAt(resolved, at("2026-06-09T11:00")).get(SlaTarget.FEEDBACK);
        assertThat(feedback.due()).isEqualTo(at("2026-06-16T13:00"));
        assertThat(feedback.used()).isEqualTo(Duration.ofHours(1));
        assertThat(feedback.state()).isEqualTo(SlaState.ON_TRACK);
    }

    @Test
    void aTargetThePolicyDoesNotSetHasNoClock() {
        SlaClock responseOnly = new SlaClock(new SlaTargets(30, null, null), OFFICE);
        Map<SlaTarget, TargetStatus> status = responseOnly.statusAt(
                TicketTimes.unpaused(MONDAY_9, null, at("2026-06-09T10:00"), null), at("2026-06-09T11:00"));
        assertThat(status).containsOnlyKeys(SlaTarget.FIRST_RESPONSE);
    }

    private static Instant at(String shanghaiLocal) {
        return shanghai(LocalDateTime.parse(shanghaiLocal));
    }
}
