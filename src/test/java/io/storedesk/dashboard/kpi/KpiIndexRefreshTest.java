package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.store.Store;
import io.storedesk.testing.TestStores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The in-memory indexes after a catch-up re-read only the days it rolled up again (V34, decision 0038) and then
 * answer what indexes read whole from the store answer.
 */
class KpiIndexRefreshTest {

    @Test
    void indexesBroughtUpToDateByTheChangedDaysAnswerWhatIndexesReadWholeAnswer() {
        try (Services s = new Services(Store.open(TestStores.demoStore()), TestStores.DEMO_CLOCK)) {
            DSLContext dsl = s.store().dsl();
            KpiSliceRepository rollups = new KpiSliceRepository(dsl);
            KpiSliceIndex slices = new KpiSliceIndex(rollups, RollupSnapshots.none());
            KpiSkuSalesIndex skus = new KpiSkuSalesIndex(new KpiSkuDayRepository(dsl), rollups,
                    RollupSnapshots.none());
            LocalDate today = LocalDate.ofInstant(TestStores.DEMO_CLOCK.instant(), s.shop().zone());
            List<String> before = answers(dsl, slices, skus, today);
            long generation = rollups.generation();

            // Three identified buyers' orders of different days: one sells more, one moves to another day (both
            // days change), one becomes a guest's.
            List<Long> orders = dsl.fetch("SELECT id FROM orders WHERE customer_id IS NOT NULL "
                    + "AND placed_at > CURRENT_TIMESTAMP - INTERVAL '400' DAY ORDER BY placed_at DESC").getValues(0,
                    Long.class);
            long more = orders.get(5);
            long moved = orders.get(400);
            long guest = orders.get(900);
            LocalDate movedFrom = LocalDate.ofInstant(dsl.fetchOne("SELECT placed_at FROM orders WHERE id = ?", moved)
                    .get(0, java.time.OffsetDateTime.class).toInstant(), s.shop().zone());
            dsl.execute("UPDATE order_line SET quantity = quantity + 2, amount = amount * 3 WHERE order_id = ?", more);
            dsl.execute("UPDATE orders SET placed_at = placed_at - INTERVAL '3' DAY WHERE id = ?", moved);
            dsl.execute("UPDATE orders SET customer_id = NULL WHERE id = ?", guest);
            s.kpiRollups().refreshOrders(List.of(more, moved, guest));

            assertThat(rollups.daysChanged(generation, rollups.generation())).hasValueSatisfying(days ->
                    assertThat(days).contains(movedFrom, movedFrom.minusDays(3)).hasSizeLessThanOrEqualTo(4));
            List<String> refreshed = answers(dsl, slices, skus, today);
            List<String> readWhole = answers(dsl, new KpiSliceIndex(rollups, RollupSnapshots.none()),
                    new KpiSkuSalesIndex(new KpiSkuDayRepository(dsl), rollups, RollupSnapshots.none()), today);
            assertThat(refreshed).isEqualTo(readWhole).isNotEqualTo(before);
        }
    }

    /** Every kind of answer, for a year, a month and a week, with and without filters. */
    private static List<String> answers(DSLContext dsl, KpiSliceIndex slices, KpiSkuSalesIndex skus,
                                        LocalDate today) {
        Long channel = dsl.fetchOne("SELECT MIN(id) FROM channel").get(0, Long.class);
        Long warehouse = dsl.fetchOne("SELECT MIN(id) FROM warehouse").get(0, Long.class);
        List<KpiFilter> filters = List.of(KpiFilter.NONE, new KpiFilter(channel, null, null, null),
                new KpiFilter(null, warehouse, null, "广东省"));
        List<String> answers = new ArrayList<>();
        for (int days : new int[] {7, 30, 365}) {
            LocalDate from = today.minusDays(days - 1);
            answers.add(slices.buyers(from, today).toString());
            answers.add(slices.cohortCells(null, from, today).toString());
            answers.add(skus.soldSkus(warehouse, from, today).stream().sorted().toList().toString());
            for (KpiFilter filter : filters) {
                answers.add(slices.counts(filter, from, today).toString());
                answers.add(new java.util.TreeMap<>(slices.byDay(filter, from, today)).toString());
                for (KpiSliceIndex.SliceKey key : KpiSliceIndex.SliceKey.values()) {
                    answers.add(slices.sales(key, filter, from, today).orElseThrow().toString());
                }
                answers.add(skus.top(filter, from, today, 50).orElseThrow().toString());
                answers.add(new java.util.TreeMap<>(skus.costByDay(filter, from, today).orElseThrow()).toString());
            }
        }
        return answers;
    }
}
