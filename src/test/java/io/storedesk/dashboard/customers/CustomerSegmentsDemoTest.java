package io.storedesk.dashboard.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.testing.PostgresStores;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFM on the demo shop, reconciled with plain SQL over the orders, written independently of the rollups it is
 * read from. A sold line is a sale with a quantity and a price (shipping and fees are not what a customer buys).
 */
class CustomerSegmentsDemoTest {

    private static final String SOLD = """
            from orders o join order_line l on l.order_id = o.id
            where l.kind = 'SALE' and l.quantity > 0 and l.unit_price > 0
            and o.placed_at >= cast(? as timestamp with time zone) and o.placed_at < cast(? as timestamp with time zone)""";

    private static Services services;

    @BeforeAll
    static void rollUpTheDemoShop() {
        services = new Services(Store.open(TestStores.demoStore()), TestStores.DEMO_CLOCK);
        services.kpiRollups().catchUp();
        if (PostgresStores.enabled()) {
            // A fresh copy has no planner statistics yet: without them PostgreSQL took minutes over the checks' joins.
            services.store().dsl().execute("ANALYZE");
        }
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void countsAddUpToTheIdentifiedBuyersOfTheYearAndSharesToAHundred() {
        SegmentReport report = services.customerSegments().report(DemoShop.LAST_DAY);

        assertThat(report.firstDay()).isEqualTo(DemoShop.LAST_DAY.minusDays(364));
        assertThat(report.customers()).isPositive().isEqualTo(identifiedBuyers(report.firstDay(), report.asOf()));
        assertThat(report.monetary()).isEqualByComparingTo(identifiedGross(report.firstDay(), report.asOf()));
        assertThat(report.segments().stream().mapToInt(GroupShare::customers).sum()).isEqualTo(report.customers());
        assertThat(report.tiers().stream().mapToInt(GroupShare::customers).sum()).isEqualTo(report.customers());
        assertThat(sum(report.segments())).isBetween(new BigDecimal("99.95"), new BigDecimal("100.05"));
        assertThat(sum(report.tiers())).isBetween(new BigDecimal("99.95"), new BigDecimal("100.05"));
        assertThat(report.tiers()).allSatisfy(t -> assertThat(t.customers()).as(t.group().name()).isPositive());
    }

    @Test
    void theReportIsMadeAgainOnlyWhenTheRollupsChanged() {
        SegmentReport first = services.customerSegments().report(DemoShop.LAST_DAY);

        assertThat(services.customerSegments().report(DemoShop.LAST_DAY)).isSameAs(first);
        assertThat(services.customerSegments().report(DemoShop.LAST_DAY.minusDays(1))).isNotEqualTo(first);
        services.kpiRollups().rebuild();
        SegmentReport again = services.customerSegments().report(DemoShop.LAST_DAY);
        assertThat(again).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void guestsAreLeftOut() {
        LocalDate first = DemoShop.LAST_DAY.minusDays(364);
        long guestOrders = count("select count(distinct o.id) " + SOLD + " and o.customer_id is null", first,
                DemoShop.LAST_DAY);

        assertThat(guestOrders).as("the demo has guest orders to leave out").isPositive();
        long scoredOrders = services.customerSegments().scored(DemoShop.LAST_DAY, 365).stream()
                .mapToLong(SegmentCustomer::frequency).sum();
        assertThat(scoredOrders).isEqualTo(count("select count(distinct o.id) " + SOLD
                + " and o.customer_id is not null", first, DemoShop.LAST_DAY));
    }

    @Test
    void aShorterWindowScoresOnlyItsBuyers() {
        SegmentReport month = services.customerSegments().report(DemoShop.LAST_DAY, 30);

        assertThat(month.customers()).isPositive()
                .isEqualTo(identifiedBuyers(DemoShop.LAST_DAY.minusDays(29), DemoShop.LAST_DAY));
    }

    @Test
    void aGroupsCustomersAreTheOnesTheReportCounts() {
        List<SegmentCustomer> strategic = services.customerSegments().customers(DemoShop.LAST_DAY,
                CustomerTier.STRATEGIC);

        assertThat(strategic).hasSize(services.customerSegments().report(DemoShop.LAST_DAY)
                .share(CustomerTier.STRATEGIC).customers());
        assertThat(strategic).allSatisfy(c -> assertThat(c.tier()).isEqualTo(CustomerTier.STRATEGIC));
        assertThat(strategic.get(0).monetary()).isGreaterThanOrEqualTo(strategic.get(strategic.size() - 1).monetary());
    }

    private long identifiedBuyers(LocalDate first, LocalDate last) {
        return count("select count(distinct o.customer_id) " + SOLD, first, last);
    }

    private BigDecimal identifiedGross(LocalDate first, LocalDate last) {
        return (BigDecimal) services.store().dsl().fetchValue("select sum(l.quantity * l.unit_price) " + SOLD
                + " and o.customer_id is not null", start(first), start(last.plusDays(1)));
    }

    private long count(String sql, LocalDate first, LocalDate last) {
        return ((Number) services.store().dsl().fetchValue(sql, start(first), start(last.plusDays(1)))).longValue();
    }

    private OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay(services.shop().zone()).toOffsetDateTime();
    }

    private static BigDecimal sum(List<GroupShare> shares) {
        return shares.stream().map(GroupShare::revenueSharePercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
