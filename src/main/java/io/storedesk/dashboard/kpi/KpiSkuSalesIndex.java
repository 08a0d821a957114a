package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceIndex.Match;
import io.storedesk.dashboard.kpi.KpiQueryRepository.CostDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sales by SKU for any days and filter, summed in memory (decision 0037, amendment). A SKU day of the rollups is
 * split by channel, warehouse, category and province, so on a large shop 90 days are most of a million rows,
 * and summing them in SQL took seconds. This keeps the SKU days as a few arrays sorted by day, about 52 bytes a
 * row, read on first use and again whenever the rollups' generation has changed, as KpiSliceIndex does.
 * Amounts are held exactly as whole ten-thousandths (the rollups' scale).
 */
public final class KpiSkuSalesIndex {

    private final RollupCopy<SkuDays> copy;

    /** rollups: the rollups' generation (KpiRollups) and their record of changes. */
    public KpiSkuSalesIndex(KpiSkuDayRepository repository, KpiSliceRepository rollups, RollupSnapshots snapshots) {
        this.copy = new RollupCopy<>(rollups::generation, rollups::daysChanged,
                RollupCopy.Source.of(() -> SkuDays.load(repository),
                        (earlier, days) -> SkuDays.reread(earlier, days, repository)),
                snapshots.kind("sku-days", SkuDays.CODEC));
    }

    /** A SKU's sold gmv and units over some days. */
    record SkuSales(long skuId, BigDecimal gmv, long units) {
    }

    /**
     * The SKUs with the most gmv on days from..to under the filter (ties by SKU id), or empty when a sum does not
     * fit the index's exact arithmetic (the caller then asks the store).
     */
    Optional<List<SkuSales>> top(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        SkuDays r = current();
        if (!r.exact) {
            return Optional.empty();
        }
        Match match = new Match(r.channels.of(filter.channelId()), r.provinces.of(filter.province()),
                r.warehouses.of(filter.warehouseId()), r.categories.of(filter.categoryId()));
        long[] gmv = new long[r.skuIds.length];
        long[] units = new long[r.skuIds.length];
        boolean[] sold = new boolean[r.skuIds.length];
        List<Integer> skus = new ArrayList<>();
        try {
            for (int i = r.firstRowOf((int) from.toEpochDay()), end = r.firstRowOf((int) to.toEpochDay() + 1);
                 i < end; i++) {
                if (r.matches(match, i)) {
                    int sku = r.sku[i];
                    gmv[sku] = Math.addExact(gmv[sku], r.gmv[i]);
                    units[sku] = Math.addExact(units[sku], r.units[i]);
                    if (!sold[sku]) {
                        sold[sku] = true;
                        skus.add(sku);
                    }
                }
            }
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
        return Optional.of(skus.stream()
                .sorted(Comparator.<Integer>comparingLong(s -> gmv[s]).reversed()
                        .thenComparingLong(s -> r.skuIds[s]))
                .limit(limit)
                .map(s -> new SkuSales(r.skuIds[s], BigDecimal.valueOf(gmv[s], KpiSliceIndex.SCALE), units[s]))
                .toList());
    }

    /**
     * Cost figures by day on days from..to under the filter: the gmv of sold lines whose SKU has a cost, and that
     * cost (KpiSales asks this where it sums sales from the slices, which hold no cost). Empty when a sum does not
     * fit the index's exact arithmetic.
     */
    Optional<Map<LocalDate, CostDay>> costByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        SkuDays r = current();
        if (!r.exact) {
            return Optional.empty();
        }
        Match match = new Match(r.channels.of(filter.channelId()), r.provinces.of(filter.province()),
                r.warehouses.of(filter.warehouseId()), r.categories.of(filter.categoryId()));
        Map<LocalDate, CostDay> days = new HashMap<>();
        try {
            for (int day = (int) from.toEpochDay(), last = (int) to.toEpochDay(); day <= last; day++) {
                long costedGmv = 0;
                long cost = 0;
                for (int i = r.firstRowOf(day), end = r.firstRowOf(day + 1); i < end; i++) {
                    if (r.matches(match, i)) {
                        costedGmv = Math.addExact(costedGmv, r.costedGmv[i]);
                        cost = Math.addExact(cost, r.cost[i]);
                    }
                }
                days.put(LocalDate.ofEpochDay(day), new CostDay(BigDecimal.valueOf(costedGmv, KpiSliceIndex.SCALE),
                        BigDecimal.valueOf(cost, KpiSliceIndex.SCALE)));
            }
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
        return Optional.of(days);
    }

    /** The SKUs that sold a unit on days from..to (from that warehouse when one is given). */
    Set<Long> soldSkus(Long warehouseId, LocalDate from, LocalDate to) {
        SkuDays r = current();
        int warehouse = r.warehouses.of(warehouseId);
        Set<Long> sold = new HashSet<>();
        if (warehouse == Match.NONE) {
            return sold;
        }
        boolean[] seen = new boolean[r.skuIds.length];
        for (int i = r.firstRowOf((int) from.toEpochDay()), end = r.firstRowOf((int) to.toEpochDay() + 1);
             i < end; i++) {
            int sku = r.sku[i];
            if (!seen[sku] && r.units[i] > 0 && (warehouse == Match.ANY || r.warehouse[i] == warehouse)) {
                seen[sku] = true;
                sold.add(r.skuIds[sku]);
            }
        }
        return sold;
    }

    private SkuDays current() {
        return copy.current();
    }

    /** Brings the SKU days up to date with the rollups if they are held (the dashboard was opened). */
    void refreshIfHeld() {
        copy.refreshIfHeld();
    }
}
