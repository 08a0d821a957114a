package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SLA sweep over the demo shop's tickets, on a copy of the demo store. */
class SlaSweepDemoTest {

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void everyUnansweredTicketPastItsFirstResponseDueIsRecordedAsBreached() {
        String running = "status IN ('PENDING_REVIEW', 'PROCESSING', 'WAITING_CUSTOMER', 'DONE')"
                + " AND sla_policy_id IS NOT NULL";
        int runningTickets = count(running);

        SlaSweep.SweepResult result = services.slaSweep().sweep("sla");

        assertThat(result.checked()).isEqualTo(runningTickets).isPositive();
        // First response is never paused, so its due time as stored is the one to beat.
        String overdue = running + " AND first_responded_at IS NULL AND first_response_due < TIMESTAMP WITH TIME ZONE '"
                + TestStores.DEMO_CLOCK.instant() + "'";
        assertThat(count(overdue + " AND NOT first_response_breached")).isZero();
        assertThat(count("first_response_breached")).isGreaterThanOrEqualTo(count(overdue));
        // A second sweep at the same moment finds nothing new.
        assertThat(services.slaSweep().sweep("sla").escalated()).isZero();
    }

    private int count(String where) {
        return ((Number) dsl.fetchValue("SELECT COUNT(*) FROM ticket WHERE " + where)).intValue();
    }
}
