package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.Period;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * KpiStore's buyers: Alice first bought 10-28 (O0) and again in November (O1, O4); Bob first bought 11-03 (O2)
 * and again 11-08 (O5, same month). The guest of O3 is in no cohort.
 */
class CohortsTest {

    private KpiStore store;

    @BeforeEach
    void setUp() {
        store = new KpiStore(TestStores.emptyInMemory()).withOrders();
        store.services.kpiRollups().rebuild();
    }

    @AfterEach
    void close() {
        store.services.close();
    }

    @Test
    void eachCohortShowsWhoCameBackInTheMonthsAfter() {
        List<CohortRow> rows = store.services.kpi().cohorts(new KpiQuery(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30))));

        assertThat(rows).extracting(CohortRow::cohort).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(rows.get(0).customers()).isEqualTo(1);                          // Alice
        assertThat(rows.get(0).returning()).containsExactly(new BigDecimal("1.0000")); // Alice bought in November
        assertThat(rows.get(1).customers()).isEqualTo(1);                          // Bob
        assertThat(rows.get(1).returning()).isEmpty();                             // no month after November yet
    }

    @Test
    void monthsAfterTheReportsEndAreNotCounted() {
        List<CohortRow> rows = store.services.kpi().cohorts(new KpiQuery(
                new Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31))));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.cohort()).isEqualTo(YearMonth.of(2026, 10));
            assertThat(r.returning()).isEmpty();                                   // November is after the end
        });
    }

    @Test
    void aChannelKeepsItsOwnBuyersOrders() {
        List<CohortRow> rows = store.services.kpi().cohorts(new KpiQuery(
                new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), KpiFilter.NONE.withChannel(store.jd)));

        assertThat(rows).isEmpty();                                                // no JD buyer's first order is on JD
    }
}
