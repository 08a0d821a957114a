package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.Period;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dashboard's in-memory indexes kept between sessions on disk (decision 0038), on the demo shop. */
class KpiSnapshotTest {

    @Test
    void aNewSessionAnswersFromTheSnapshotWhatTheStoreGaveAndReadsTheStoreAgainOnceTheRollupsChange()
            throws IOException {
        StoreConfig config = TestStores.demoStore();
        List<String> fromStore;
        List<BuyerActivity> buyersFromStore;
        try (Services first = open(config)) {
            fromStore = answers(first);
            buyersFromStore = buyers(first);
        }
        assertThat(snapshots(config.dataDirectory())).hasSize(2);
        assertThat(buyersFromStore).isNotEmpty();

        try (Services next = open(config)) {
            assertThat(answers(next)).isEqualTo(fromStore);
            // Behind the generation's back (nothing in StoreDesk does this): only a session that reads the store sees it.
            next.store().dsl().execute("UPDATE kpi_order_slice SET gmv = gmv * 2");
            next.store().dsl().execute("UPDATE kpi_sku_day SET gmv = gmv * 2");
        }
        try (Services fromSnapshot = open(config)) {
            assertThat(answers(fromSnapshot)).isEqualTo(fromStore);
            fromSnapshot.store().dsl().execute("UPDATE kpi_rollup_state SET generation = generation + 1");
        }
        try (Services afterAChange = open(config)) {
            assertThat(buyers(afterAChange)).extracting(BuyerActivity::gmv)
                    .isEqualTo(buyersFromStore.stream().map(b -> b.gmv().multiply(BigDecimal.valueOf(2))).toList());
            assertThat(answers(afterAChange)).isNotEqualTo(fromStore);
        }
        assertThat(snapshots(config.dataDirectory())).hasSize(2);
    }

    @Test
    void aNewSessionStartsFromTheLedgersSnapshotWhileTheMovementItEndsWithIsTheSame() {
        StoreConfig config = TestStores.demoStore();
        KpiQuery month;
        StockKpis fromStore;
        try (Services first = open(config)) {
            month = new KpiQuery(Period.lastDays(today(first), 30));
            fromStore = first.kpi().report(month).stock();
        }
        BigDecimal cost;
        try (Services next = open(config)) {
            // Behind the ledger's back (movements are never changed): only a session that reads the store sees it.
            var first = next.store().dsl().fetchOne("SELECT m.id, s.cost FROM stock_movement m JOIN sku s "
                    + "ON s.id = m.sku_id WHERE s.cost > 0 ORDER BY m.id FETCH FIRST 1 ROWS ONLY");
            cost = first.get(1, BigDecimal.class);
            next.store().dsl().execute("UPDATE stock_movement SET on_hand_after = on_hand_after + 100, quantity = quantity + 100 "
                    + "WHERE id = ?",
                    first.get(0, Long.class));
            assertThat(next.kpi().report(month).stock()).isEqualTo(fromStore);
            // As if the store had been restored from a backup and its last movement made again, later.
            next.store().dsl().execute("UPDATE stock_movement SET occurred_at = occurred_at + INTERVAL '1' MINUTE "
                    + "WHERE id = (SELECT MAX(id) FROM stock_movement)");
        }
        try (Services afterARestore = open(config)) {
            StockKpis stock = afterARestore.kpi().report(month).stock();
            assertThat(stock.closingValue().subtract(fromStore.closingValue()))
                    .isEqualByComparingTo(cost.multiply(BigDecimal.valueOf(100)));
        }
    }

    private static Services open(StoreConfig config) {
        return new Services(Store.open(config), TestStores.DEMO_CLOCK);
    }

    private static List<BuyerActivity> buyers(Services s) {
        LocalDate today = today(s);
        return s.kpi().buyers(today.minusDays(89), today);
    }

    /** What the slices and the SKU days answer: buyers, top SKUs, cohorts, and sales a grain cannot give. */
    private static List<String> answers(Services s) {
        KpiQuery month = new KpiQuery(Period.lastDays(today(s), 30));
        Long warehouse = s.store().dsl().fetchOne("SELECT MIN(id) FROM warehouse").get(0, Long.class);
        KpiQuery narrowed = new KpiQuery(month.period(), new KpiFilter(null, warehouse, null, "广东省"));
        List<String> answers = new ArrayList<>();
        answers.add(buyers(s).toString());
        answers.add(s.kpi().topSkus(month, 20).toString());
        answers.add(s.kpi().topSkus(narrowed, 20).toString());
        answers.add(s.kpi().cohorts(month).toString());
        answers.add(s.kpi().report(narrowed).toString());
        answers.add(s.kpi().breakdown(narrowed, Dimension.WEEKDAY_HOUR).toString());
        return answers;
    }

    private static LocalDate today(Services s) {
        return LocalDate.ofInstant(TestStores.DEMO_CLOCK.instant(), s.shop().zone());
    }

    /** The snapshots of the slices and SKU days. */
    private static List<String> snapshots(Path dataDirectory) throws IOException {
        try (Stream<Path> files = Files.list(dataDirectory.resolve("cache").resolve("kpi"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.startsWith("order-slices-") || f.startsWith("sku-days-")).toList();
        }
    }
}
