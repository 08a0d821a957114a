package io.storedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.customers.CustomerTier;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.KpiDrill;
import io.storedesk.dashboard.kpi.KpiFigures;
import io.storedesk.dashboard.kpi.RefundBehind;
import io.storedesk.security.AccessDeniedException;
import io.storedesk.security.Permission;
import io.storedesk.security.Principal;
import io.storedesk.security.Role;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's view model on its own copy of the demo shop, work run on the test's thread. */
class DashboardViewModelTest {

    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);

    private final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    private final DSLContext dsl = services.store().dsl();
    private final DashboardViewModel model = new DashboardViewModel(new DashboardDesk(services.kpi(),
            services.kpiDrill(), services.kpiRollups(), services.customerSegments(), services.kpiAlerts(), services.clock(),
            services.shop()::zone, services.access(),
                services.segmentExport()), new InlineTaskRunner(), () -> "manager");

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theLastThirtyDaysReconcileWithTheOrdersAndAChannelNarrowsThem() {
        model.refresh();

        DashboardData data = model.dataProperty().get();
        assertThat(data.report().query().period().last()).isEqualTo(LAST_DAY);
        assertThat(data.report().days()).hasSize(30);
        KpiFigures now = data.report().current();
        // An independent count: orders placed in the 30 days (shop zone) with a sold line.
        long orders = ((Number) dsl.fetchValue("SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_line l "
                + "ON l.order_id = o.id WHERE l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0 "
                + "AND o.placed_at >= TIMESTAMP WITH TIME ZONE '2026-10-22 00:00:00+08' "
                + "AND o.placed_at < TIMESTAMP WITH TIME ZONE '2026-11-21 00:00:00+08'")).longValue();
        assertThat(now.orders()).isEqualTo(orders).isGreaterThan(3_000);
        assertThat(data.channels().stream().map(BreakdownRow::gmv).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(now.gmv());
        assertThat(model.channels()).isNotEmpty();
        assertThat(data.segments().customers()).isPositive();

        BreakdownRow first = model.channels().get(0);
        model.channelProperty().set(Long.valueOf(first.key()));

        KpiFigures channel = model.dataProperty().get().report().current();
        assertThat(channel.orders()).isPositive().isLessThan(now.orders());
        assertThat(model.dataProperty().get().channels()).extracting(BreakdownRow::key).containsOnly(first.key());
    }

    @Test
    void theWarehouseCategoryAndProvinceFiltersNarrowTheFiguresAndCombine() {
        model.refresh();
        KpiFigures all = model.dataProperty().get().report().current();
        assertThat(model.warehouses()).hasSizeGreaterThan(1);
        assertThat(model.categories()).hasSizeGreaterThan(1);
        assertThat(model.provinces()).hasSizeGreaterThan(1);

        BreakdownRow province = model.provinces().get(0);
        model.provinceProperty().set(province.key());
        KpiFigures inProvince = model.dataProperty().get().report().current();
        // An independent count: orders to that province in the 30 days with a sold line.
        long orders = ((Number) dsl.fetchValue("SELECT COUNT(DISTINCT o.id) FROM orders o JOIN order_line l "
                + "ON l.order_id = o.id WHERE l.kind = 'SALE' AND l.quantity > 0 AND l.unit_price > 0 "
                + "AND o.province = ? "
                + "AND o.placed_at >= TIMESTAMP WITH TIME ZONE '2026-10-22 00:00:00+08' "
                + "AND o.placed_at < TIMESTAMP WITH TIME ZONE '2026-11-21 00:00:00+08'", province.key())).longValue();
        assertThat(inProvince.orders()).isEqualTo(orders).isPositive().isLessThan(all.orders());
        assertThat(model.dataProperty().get().provinces()).extracting(BreakdownRow::key)
                .containsOnly(province.key());

        model.provinceProperty().set(null);
        BreakdownRow warehouse = model.warehouses().get(0);
        model.warehouseProperty().set(Long.valueOf(warehouse.key()));
        KpiFigures fromWarehouse = model.dataProperty().get().report().current();
        assertThat(fromWarehouse.gmv()).isPositive().isLessThan(all.gmv());
        // Combined: a province this warehouse sold to.
        String servedProvince = model.dataProperty().get().provinces().get(0).key();
        model.provinceProperty().set(servedProvince);
        KpiFigures both = model.dataProperty().get().report().current();
        assertThat(both.gmv()).isPositive().isLessThan(fromWarehouse.gmv());

        model.provinceProperty().set(null);
        model.warehouseProperty().set(null);
        BreakdownRow category = model.categories().get(0);
        model.categoryProperty().set(Long.valueOf(category.key()));
        assertThat(model.dataProperty().get().report().current().gmv()).isPositive().isLessThan(all.gmv());
    }

    @Test
    void aTiersCustomersExportMaskedUnlessTheRoleMaySeePersonalDataAndNotAtAllWithoutExport(@TempDir Path dir)
            throws Exception {
        model.refresh();
        int strategic = model.dataProperty().get().segments().tiers().stream()
                .filter(g -> g.group() == CustomerTier.STRATEGIC).findFirst().orElseThrow().customers();
        Path open = dir.resolve("open.csv");
        model.exportGroup(CustomerTier.STRATEGIC, open, Locale.ENGLISH);
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("dashboard.segment.exported");
        List<String> openLines = Files.readAllLines(open);
        assertThat(openLines).hasSize(strategic + 1);

        services.access().switchTo(new Principal("ops", "Ops", Role.OPERATOR), EnumSet.of(Permission.EXPORT));
        Path masked = dir.resolve("masked.csv");
        model.exportGroup(CustomerTier.STRATEGIC, masked, Locale.ENGLISH);
        List<String> maskedLines = Files.readAllLines(masked);
        assertThat(maskedLines).hasSize(strategic + 1);
        assertThat(String.join("\n", maskedLines)).contains("****").isNotEqualTo(String.join("\n", openLines));

        services.access().switchTo(new Principal("li", "Li", Role.AGENT), EnumSet.of(Permission.DASHBOARD_VIEW));
        Path refused = dir.resolve("refused.csv");
        model.exportGroup(CustomerTier.STRATEGIC, refused, Locale.ENGLISH);
        assertThat(model.noticeProperty().get().failure()).isInstanceOf(AccessDeniedException.class);
        assertThat(refused).doesNotExist();
    }

    @Test
    void aCustomPeriodWaitsForBothDaysAndTheMonthStartsOnTheFirst() {
        model.refresh();
        model.rangeProperty().set(DashboardRange.CUSTOM);
        LocalDate before = model.dataProperty().get().report().query().period().first();
        model.customFromProperty().set(LocalDate.of(2026, 11, 11));
        assertThat(model.dataProperty().get().report().query().period().first()).as("one day is not a period yet")
                .isEqualTo(before);

        model.customToProperty().set(LocalDate.of(2026, 11, 11));

        assertThat(model.dataProperty().get().report().days()).singleElement()
                .satisfies(d -> assertThat(d.day()).isEqualTo(LocalDate.of(2026, 11, 11)));

        model.rangeProperty().set(DashboardRange.MONTH);
        assertThat(model.dataProperty().get().report().query().period().first()).isEqualTo(LocalDate.of(2026, 11,
                1));
    }

    @Test
    void anAcknowledgedAlertLeavesTheList() {
        model.refresh();
        services.kpiAlerts().scan(LAST_DAY, 60);
        model.refreshFromOrders();
        int open = model.alerts().size();
        assertThat(open).as("the demo shop has anomalies over the last 60 days").isPositive();

        model.acknowledge(model.alerts().get(0));

        assertThat(model.alerts()).hasSize(open - 1);
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("dashboard.alert.acknowledged");
    }

    @Test
    void aTileOpensTheRowsBehindItWithTheShownPeriod() {
        model.refresh();
        KpiFigures now = model.dataProperty().get().report().current();

        model.drill("tile-refunds", "dashboard.kpi.refunds");
        TileRows refunds = model.drillProperty().get();
        assertThat(refunds.kind()).isEqualTo(TileRows.Kind.REFUNDS);
        assertThat(refunds.refunds()).hasSizeLessThan(KpiDrill.LIMIT);
        assertThat(refunds.refunds().stream().map(RefundBehind::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(now.refunds()).isPositive();
        model.drillShown();

        model.drill("tile-gmv", "dashboard.kpi.gmv");
        TileRows orders = model.drillProperty().get();
        assertThat(orders.orders()).hasSize(KpiDrill.LIMIT);                  // 3,000+ orders: the biggest 500
        assertThat(orders.orders()).isSortedAccordingTo((a, b) -> b.gmv().compareTo(a.gmv()));
        model.drillShown();

        model.drill("tile-open-tickets", "dashboard.kpi.open_tickets");        // the after-sales pane lists them
        assertThat(model.drillProperty().get()).isNull();
    }
}
