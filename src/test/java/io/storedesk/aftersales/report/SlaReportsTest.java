package io.storedesk.aftersales.report;

import static io.storedesk.aftersales.report.SlaReportCalculationTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.storedesk.Services;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.common.RefusedInputException;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA report read from a store: the policy's office-hours calendar, pauses from the timeline's status changes,
 * the window in the shop's zone and the backlog at its end. Wednesday 18 November 2026 10:00 is now.
 */
class SlaReportsTest {

    private static final Instant NOW = at(18, 10, 0);

    private final Services services = new Services(Store.open(StoreConfig.inMemory(TestStores.newDirectory(),
            "rep" + UUID.randomUUID().toString().replace("-", ""))), Clock.fixed(NOW, SlaReportCalculationTest.ZONE));
    private final DSLContext dsl = services.store().dsl();
    private final TicketRepository tickets = new TicketRepository(dsl);
    private long policy;

    @BeforeEach
    void tickets() {
        dsl.execute("INSERT INTO business_calendar (code, name, work_start, work_end, work_days) "
                + "VALUES ('OFFICE', 'Office hours', TIME '09:00:00', TIME '18:00:00', '1,2,3,4,5')");
        dsl.execute("INSERT INTO sla_policy (code, name, match_order, calendar_id, first_response_minutes, "
                + "resolution_minutes, feedback_minutes) VALUES ('OFFICE', 'Office', 1, "
                + "(SELECT id FROM business_calendar WHERE code = 'OFFICE'), 60, 480, 480)");
        policy = ((Number) dsl.fetchValue("SELECT id FROM sla_policy WHERE code = 'OFFICE'")).longValue();
        Map<String, Long> ids = tickets.insertTickets(List.of(
                // Friday 17:30, answered Monday 09:20 (50), resolved 11:20 (170), told 12:20, closed, rated 5.
                ticket("A", TicketStatus.CLOSED, at(13, 17, 30), at(16, 9, 20), at(16, 11, 20), at(16, 12, 20),
                        at(16, 13, 0), 5),
                // Monday 09:00, answered 10:30 (90: late), waited Monday 11:00 to Tuesday 10:00, resolved Tuesday
                // 12:00 (720 - 480 = 240), told 12:30, closed.
                ticket("B", TicketStatus.CLOSED, at(16, 9, 0), at(16, 10, 30), at(17, 12, 0), at(17, 12, 30),
                        at(17, 13, 0), null),
                // Tuesday 14:00, never answered: breached by Tuesday 15:00 and still open.
                ticket("G", TicketStatus.PENDING_REVIEW, at(17, 14, 0), null, null, null, null, null),
                // Tuesday 17:00, answered 17:10 (10), resolved Wednesday 09:30 (60 + 30 = 90): open at midnight.
                ticket("H", TicketStatus.DONE, at(17, 17, 0), at(17, 17, 10), at(18, 9, 30), null, null, null),
                // Wednesday: after the window.
                ticket("J", TicketStatus.PENDING_REVIEW, at(18, 9, 0), null, null, null, null, null)));
        long b = ids.get("B");
        tickets.appendEvents(List.of(
                new TicketEvent(0, b, TicketEventKind.STATUS, TicketStatus.PROCESSING, TicketStatus.WAITING_CUSTOMER,
                        "lina", null, at(16, 11, 0)),
                new TicketEvent(0, b, TicketEventKind.STATUS, TicketStatus.WAITING_CUSTOMER, TicketStatus.PROCESSING,
                        "lina", null, at(17, 10, 0))));
    }

    private Ticket ticket(String code, TicketStatus status, Instant created, Instant responded, Instant resolved,
                          Instant told, Instant closed, Integer satisfaction) {
        return new Ticket(0, code, TicketType.EXCHANGE, status, TicketPriority.NORMAL, "SIZE", null, null, null, null,
                "换货", "lina", null, policy, null, created, responded, resolved, told, closed, 0, satisfaction, null,
                0);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theWindowsTicketsOnTheirPolicysCalendarWithPausesLeftOut() {
        SlaReport r = services.slaReports().report(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 18));

        assertThat(r.tickets()).isEqualTo(4);
        // A and H answered in time; B late (after closing, no flag), G never.
        assertThat(r.target(SlaTarget.FIRST_RESPONSE)).isEqualTo(
                new SlaReport.TargetAttainment(SlaTarget.FIRST_RESPONSE, 4, 2, 2));
        // A 170, B 240 (the customer's wait left out), H 90; G still runs within 480.
        assertThat(r.target(SlaTarget.RESOLUTION)).isEqualTo(
                new SlaReport.TargetAttainment(SlaTarget.RESOLUTION, 3, 3, 0));
        assertThat(r.averageFirstResponseMinutes()).isEqualTo(50.0);
        assertThat(r.averageResolutionMinutes()).isCloseTo(500 / 3.0, within(1e-9));
        assertThat(r.satisfaction()).isEqualTo(new SlaReport.SatisfactionSummary(1, 5.0));
        assertThat(r.reopens()).isEqualTo(new SlaReport.Reopens(0, 3));
    }

    @Test
    void theBacklogIsReadAtTheWindowsEnd() {
        SlaReport r = services.slaReports().report(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 18));

        // At Wednesday 00:00: G (240 minutes unanswered) and H (resolved the next morning); J did not exist yet.
        assertThat(r.backlog()).isEqualTo(new SlaReport.Backlog(at(18, 0, 0), 2, 1));
        // A window reaching past now counts the backlog now: G and J open (H was resolved at 09:30); J is exactly
        // at its 60 minutes, not yet past them.
        SlaReport later = services.slaReports().report(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 20));
        assertThat(later.backlog()).isEqualTo(new SlaReport.Backlog(NOW, 2, 1));
        assertThat(later.tickets()).isEqualTo(5);
    }

    @Test
    void aWindowThatDoesNotMoveForwardIsRefused() {
        assertThatThrownBy(() -> services.slaReports().report(LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18)))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("aftersales.report.badRange"));
    }
}
