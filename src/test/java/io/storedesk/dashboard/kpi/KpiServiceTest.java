package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.dashboard.Period;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every KPI of the hand-computed store in KpiStore; the sums are written out next to each figure. */
class KpiServiceTest {

    private static final Period WEEK = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));

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

    private KpiService kpi() {
        return store.services.kpi();
    }

    @Test
    void everyKpiOfThePeriodFollowsItsDefinition() {
        KpiFigures now = kpi().report(new KpiQuery(WEEK)).current();

        assertThat(now.gmv()).isEqualByComparingTo("650");                 // 200 + 50 + 300 + 100; no gift, no postage
        assertThat(now.refunds()).isEqualByComparingTo("160");             // 50 + 100 + 10 (O0's, dated in the week)
        assertThat(now.netRevenue()).isEqualByComparingTo("475");          // (190 + 50 + 300 + 100 − 5) − 160
        assertThat(now.orders()).isEqualTo(4);                             // O1–O4; O6 has no sold line
        assertThat(now.units()).isEqualTo(7);                              // 2 + 1 + 3 + 1
        assertThat(now.aov()).isEqualTo(new BigDecimal("162.50"));         // 650 / 4
        assertThat(now.customers()).isEqualTo(2);                          // Alice, Bob; the guest is not counted
        assertThat(now.newCustomers()).isEqualTo(1);                       // Bob; Alice bought first on 10-28
        assertThat(now.repurchaseRate()).isEqualTo(new BigDecimal("0.5000")); // Alice (O1, O4) / 2
        assertThat(now.refundRate()).isEqualTo(new BigDecimal("0.2462"));  // 160 / 650 = 0.24615…
        assertThat(now.grossMargin()).isEqualTo(new BigDecimal("0.4000")); // A only: (600 − 6 × 60) / 600
        assertThat(now.conversion()).isEqualTo(new BigDecimal("0.0133"));  // TMALL 11-01 and 11-03: 2 / 150
    }

    @Test
    void thePreviousPeriodIsTheWeekBefore() {
        KpiFigures before = kpi().report(new KpiQuery(WEEK)).previous();

        assertThat(before.gmv()).isEqualByComparingTo("100");
        assertThat(before.orders()).isEqualTo(1);
        assertThat(before.netRevenue()).isEqualByComparingTo("100");
        assertThat(before.customers()).isEqualTo(1);
        assertThat(before.newCustomers()).isEqualTo(1);                    // Alice's first order
        assertThat(before.repurchaseRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(before.refundRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(before.conversion()).isNull();                          // no traffic known in October
    }

    @Test
    void aPeriodWithoutSalesHasNoRatiosRatherThanZeros() {
        KpiFigures empty = kpi().report(new KpiQuery(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 7))))
                .current();

        assertThat(empty.gmv()).isEqualByComparingTo("0");
        assertThat(empty.orders()).isZero();
        assertThat(empty.aov()).isNull();
        assertThat(empty.refundRate()).isNull();
        assertThat(empty.repurchaseRate()).isNull();
        assertThat(empty.grossMargin()).isNull();
        assertThat(empty.conversion()).isNull();
    }

    @Test
    void aChannelFilterKeepsThatChannelsOrdersAndRefunds() {
        KpiFigures jd = kpi().report(new KpiQuery(WEEK, KpiFilter.NONE.withChannel(store.jd))).current();

        assertThat(jd.gmv()).isEqualByComparingTo("400");                  // O3 300 + O4 100
        assertThat(jd.orders()).isEqualTo(2);
        assertThat(jd.units()).isEqualTo(4);
        assertThat(jd.refunds()).isEqualByComparingTo("100");              // O4's cancellation
        assertThat(jd.customers()).isEqualTo(1);                           // Alice; O3 is a guest's
        assertThat(jd.newCustomers()).isZero();
        assertThat(jd.conversion()).isNull();                              // no JD traffic
        assertThat(jd.aov()).isEqualTo(new BigDecimal("200.00"));
    }

    @Test
    void theSparklineHasEveryDayOfThePeriod() {
        List<DayFigures> days = kpi().report(new KpiQuery(WEEK)).days();

        assertThat(days).hasSize(7);
        assertThat(days.get(0).figures().gmv()).isEqualByComparingTo("200");   // 11-01: O1
        assertThat(days.get(2).figures().newCustomers()).isEqualTo(1);         // 11-03: Bob
        assertThat(days.get(3).figures().gmv()).isEqualByComparingTo("0");     // 11-04: only O2's return
        assertThat(days.get(3).figures().netRevenue()).isEqualByComparingTo("-50");
        assertThat(days.get(6).figures().orders()).isZero();                   // O5 is 11-08 in Shanghai
    }

    @Test
    void breakdownsTopSkusAndRefundReasons() {
        KpiQuery week = new KpiQuery(WEEK);

        List<BreakdownRow> channels = kpi().breakdown(week, Dimension.CHANNEL);
        assertThat(channels).extracting(BreakdownRow::label).containsExactly("JD店", "TMALL店");
        assertThat(channels.get(0).gmv()).isEqualByComparingTo("400");
        assertThat(channels.get(1).orders()).isEqualTo(2);
        assertThat(channels.get(1).refunds()).isEqualByComparingTo("60");     // O2's 50 + O0's 10

        List<BreakdownRow> slots = kpi().breakdown(week, Dimension.WEEKDAY_HOUR);
        assertThat(slots).filteredOn(r -> r.key().equals("7-10")).singleElement()  // Sunday 11-01, 10:00
                .satisfies(r -> assertThat(r.gmv()).isEqualByComparingTo("200"));

        List<BreakdownRow> months = kpi().breakdown(week, Dimension.MONTH);
        assertThat(months).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo("2026-11");
            assertThat(r.netRevenue()).isEqualByComparingTo("475");
        });

        assertThat(kpi().topSkus(week, 5)).extracting(TopSku::code, TopSku::units).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 6L), org.assertj.core.groups.Tuple.tuple("B", 1L));
        assertThat(kpi().refundReasons(week)).extracting(RefundReason::kind, RefundReason::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CANCELLATION", null),
                        org.assertj.core.groups.Tuple.tuple("RETURN", "SIZE"),
                        org.assertj.core.groups.Tuple.tuple("REFUND_ONLY", "DAMAGED"));
    }

    @Test
    void ticketsOfAStoreWithoutTicketsHaveNoRates() {
        TicketKpis tickets = kpi().report(new KpiQuery(WEEK)).tickets();

        assertThat(tickets.openTickets()).isZero();
        assertThat(tickets.slaAttainment()).isNull();
        assertThat(tickets.satisfaction()).isNull();
    }
}
