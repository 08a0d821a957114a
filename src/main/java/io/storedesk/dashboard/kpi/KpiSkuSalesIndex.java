package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceIndex.Match;
import io.storedesk.dashboard.kpi.KpiQueryRepository.CostDay;
import io.storedesk.dashboard.kpi.KpiSkuDayRepository.SkuDay;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Sales by SKU for any days and filter, summed in memory (decision 0037, amendment). A SKU day of the rollups is
 * split by channel, warehouse, category and province, so on a large shop 90 days are most of a million rows,
 * and summing them in SQL took seconds. This keeps the SKU days as a few arrays sorted by day, about 52 bytes a
 * row, read on first use and again whenever the rollups' generation has changed, as KpiSliceIndex does.
 * Amounts are held exactly as whole ten-thousandths (the rollups' scale).
 */
public final class KpiSkuSalesIndex {

    private static final int SCALE = 4;

    private final RollupCopy<Rows> copy;

    /** generation: the rollups' generation (KpiRollups), 0 while they were never built. */
    public KpiSkuSalesIndex(KpiSkuDayRepository repository, LongSupplier generation) {
        this.copy = new RollupCopy<>(generation, () -> Rows.load(repository));
    }

    /** A SKU's sold gmv and units over some days. */
    record SkuSales(long skuId, BigDecimal gmv, long units) {
    }

    /**
     * The SKUs with the most gmv on days from..to under the filter (ties by SKU id), or empty when a sum does not
     * fit the index's exact arithmetic (the caller then asks the store).
     */
    Optional<List<SkuSales>> top(KpiFilter filter, LocalDate from, LocalDate to, int limit) {
        Rows r = current();
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
                .map(s -> new SkuSales(r.skuIds[s], BigDecimal.valueOf(gmv[s], SCALE), units[s]))
                .toList());
    }

    /**
     * Cost figures by day on days from..to under the filter: the gmv of sold lines whose SKU has a cost, and that
     * cost (KpiSales asks this where it sums sales from the slices, which hold no cost). Empty when a sum does not
     * fit the index's exact arithmetic.
     */
    Optional<Map<LocalDate, CostDay>> costByDay(KpiFilter filter, LocalDate from, LocalDate to) {
        Rows r = current();
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
                days.put(LocalDate.ofEpochDay(day), new CostDay(BigDecimal.valueOf(costedGmv, SCALE),
                        BigDecimal.valueOf(cost, SCALE)));
            }
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
        return Optional.of(days);
    }

    /** The SKUs that sold a unit on days from..to (from that warehouse when one is given). */
    Set<Long> soldSkus(Long warehouseId, LocalDate from, LocalDate to) {
        Rows r = current();
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

    private Rows current() {
        return copy.current();
    }

    /** The SKU days as parallel arrays sorted by day; values are coded by ColumnCodes. */
    private static final class Rows {
        final boolean exact;
        final DayIndex days;
        final int[] sku;
        final int[] channel;
        final int[] province;
        final int[] warehouse;
        final int[] category;
        final long[] gmv;
        final long[] units;
        final long[] costedGmv;
        final long[] cost;
        final long[] skuIds;
        final ColumnCodes<Long> channels;
        final ColumnCodes<String> provinces;
        final ColumnCodes<Long> warehouses;
        final ColumnCodes<Long> categories;

        private Rows(Loaded loaded) {
            this.exact = loaded.exact;
            this.channels = loaded.channels;
            this.provinces = loaded.provinces;
            this.warehouses = loaded.warehouses;
            this.categories = loaded.categories;
            this.skuIds = new long[loaded.skuIds.size()];
            loaded.skuIds.forEach((id, code) -> skuIds[code] = id);
            int n = loaded.size;
            int[] positions = new int[n];
            this.days = DayIndex.of(loaded.day, n, positions);
            sku = new int[n];
            channel = new int[n];
            province = new int[n];
            warehouse = new int[n];
            category = new int[n];
            gmv = new long[n];
            units = new long[n];
            costedGmv = new long[n];
            cost = new long[n];
            for (int i = 0; i < n; i++) {
                int at = positions[i];
                costedGmv[at] = loaded.costedGmv[i];
                cost[at] = loaded.cost[i];
                sku[at] = loaded.sku[i];
                channel[at] = loaded.channel[i];
                province[at] = loaded.province[i];
                warehouse[at] = loaded.warehouse[i];
                category[at] = loaded.category[i];
                gmv[at] = loaded.gmv[i];
                units[at] = loaded.units[i];
            }
        }

        static Rows load(KpiSkuDayRepository repository) {
            Loaded loaded = new Loaded();
            repository.forEachSkuDay(chunk -> chunk.forEach(loaded::add));
            return new Rows(loaded);
        }

        int firstRowOf(int epochDay) {
            return days.firstRowOf(epochDay);
        }

        boolean matches(Match m, int i) {
            return (m.channel() == Match.ANY || channel[i] == m.channel())
                    && (m.province() == Match.ANY || province[i] == m.province())
                    && (m.warehouse() == Match.ANY || warehouse[i] == m.warehouse())
                    && (m.category() == Match.ANY || category[i] == m.category());
        }
    }

    /** The SKU days as read, before sorting. */
    private static final class Loaded {
        int size;
        boolean exact = true;
        int[] day = new int[1024];
        int[] sku = new int[1024];
        int[] channel = new int[1024];
        int[] province = new int[1024];
        int[] warehouse = new int[1024];
        int[] category = new int[1024];
        long[] gmv = new long[1024];
        long[] units = new long[1024];
        long[] costedGmv = new long[1024];
        long[] cost = new long[1024];
        final Map<Long, Integer> skuIds = new HashMap<>();
        final ColumnCodes<Long> channels = new ColumnCodes<>();
        final ColumnCodes<String> provinces = new ColumnCodes<>();
        final ColumnCodes<Long> warehouses = new ColumnCodes<>();
        final ColumnCodes<Long> categories = new ColumnCodes<>();

        void add(SkuDay d) {
            if (size == day.length) {
                int capacity = size * 2;
                day = Arrays.copyOf(day, capacity);
                sku = Arrays.copyOf(sku, capacity);
                channel = Arrays.copyOf(channel, capacity);
                province = Arrays.copyOf(province, capacity);
                warehouse = Arrays.copyOf(warehouse, capacity);
                category = Arrays.copyOf(category, capacity);
                gmv = Arrays.copyOf(gmv, capacity);
                units = Arrays.copyOf(units, capacity);
                costedGmv = Arrays.copyOf(costedGmv, capacity);
                cost = Arrays.copyOf(cost, capacity);
            }
            day[size] = (int) d.day().toEpochDay();
            sku[size] = skuIds.computeIfAbsent(d.skuId(), id -> skuIds.size());
            channel[size] = channels.code(d.channelId());
            province[size] = provinces.code(d.province());
            warehouse[size] = warehouses.code(d.warehouseId());
            category[size] = categories.code(d.categoryId());
            try {
                gmv[size] = d.gmv().movePointRight(SCALE).longValueExact();
                costedGmv[size] = d.costedGmv().movePointRight(SCALE).longValueExact();
                cost[size] = d.cost().movePointRight(SCALE).longValueExact();
            } catch (ArithmeticException notWholeTenThousandths) {
                exact = false;
            }
            units[size] = d.units();
            size++;
        }
    }
}
