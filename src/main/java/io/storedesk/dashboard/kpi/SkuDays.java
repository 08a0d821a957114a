package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceIndex.Match;
import io.storedesk.dashboard.kpi.KpiSkuDayRepository.SkuDay;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * KpiSkuSalesIndex's SKU days as parallel arrays sorted by day; values are coded by ColumnCodes. Read from the
 * store (load) or from a snapshot (CODEC).
 */
final class SkuDays {

    /** Writes and reads every array as it is, so a snapshot needs no sort. */
    static final RollupSnapshots.Codec<SkuDays> CODEC = new RollupSnapshots.Codec<>() {
        @Override
        public void write(SkuDays r, SnapshotOutput out) throws IOException {
            int n = r.sku.length;
            out.writeBoolean(r.exact);
            r.days.write(out);
            out.writeInts(r.sku, n);
            out.writeInts(r.channel, n);
            out.writeInts(r.province, n);
            out.writeInts(r.warehouse, n);
            out.writeInts(r.category, n);
            out.writeLongs(r.gmv, n);
            out.writeLongs(r.units, n);
            out.writeLongs(r.costedGmv, n);
            out.writeLongs(r.cost, n);
            out.writeLongs(r.skuIds, r.skuIds.length);
            r.channels.writeIds(out);
            r.provinces.writeTexts(out);
            r.warehouses.writeIds(out);
            r.categories.writeIds(out);
        }

        @Override
        public SkuDays read(SnapshotInput in) throws IOException {
            return new SkuDays(in.readBoolean(), DayIndex.read(in), in.readInts(), in.readInts(), in.readInts(),
                    in.readInts(), in.readInts(), in.readLongs(), in.readLongs(), in.readLongs(), in.readLongs(),
                    in.readLongs(), ColumnCodes.readIds(in), ColumnCodes.readTexts(in), ColumnCodes.readIds(in),
                    ColumnCodes.readIds(in));
        }
    };

    /** Every amount is a whole number of ten-thousandths; when not, the index answers nothing (SQL does). */
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

    private SkuDays(boolean exact, DayIndex days, int[] sku, int[] channel, int[] province, int[] warehouse,
                    int[] category, long[] gmv, long[] units, long[] costedGmv, long[] cost, long[] skuIds,
                    ColumnCodes<Long> channels, ColumnCodes<String> provinces, ColumnCodes<Long> warehouses,
                    ColumnCodes<Long> categories) {
        int n = sku.length;
        if (channel.length != n || province.length != n || warehouse.length != n || category.length != n
                || gmv.length != n || units.length != n || costedGmv.length != n || cost.length != n) {
            throw new IllegalArgumentException("the SKU days' arrays differ in length");
        }
        this.exact = exact;
        this.days = days;
        this.sku = sku;
        this.channel = channel;
        this.province = province;
        this.warehouse = warehouse;
        this.category = category;
        this.gmv = gmv;
        this.units = units;
        this.costedGmv = costedGmv;
        this.cost = cost;
        this.skuIds = skuIds;
        this.channels = channels;
        this.provinces = provinces;
        this.warehouses = warehouses;
        this.categories = categories;
    }

    static SkuDays load(KpiSkuDayRepository repository) {
        Loaded loaded = new Loaded();
        repository.forEachSkuDay(chunk -> chunk.forEach(loaded::add));
        return sorted(loaded);
    }

    /** These SKU days with those of the given days read again (a catch-up rolled them up again, KpiRollups). */
    static SkuDays reread(SkuDays old, Set<LocalDate> days, KpiSkuDayRepository repository) {
        Loaded loaded = new Loaded(old);
        repository.forEachSkuDay(days, chunk -> chunk.forEach(loaded::add));
        SkuDays fresh = sorted(loaded);
        DayIndex.Merged merged = DayIndex.merge(old.days, old.columns(), fresh.days, fresh.columns(), days);
        Object[] c = merged.columns();
        return new SkuDays(old.exact && fresh.exact, merged.days(), (int[]) c[0], (int[]) c[1], (int[]) c[2],
                (int[]) c[3], (int[]) c[4], (long[]) c[5], (long[]) c[6], (long[]) c[7], (long[]) c[8], fresh.skuIds,
                fresh.channels, fresh.provinces, fresh.warehouses, fresh.categories);
    }

    /** The per-row arrays in the constructor's order. */
    private Object[] columns() {
        return new Object[] {sku, channel, province, warehouse, category, gmv, units, costedGmv, cost};
    }

    /** The SKU days as read, placed by day. */
    private static SkuDays sorted(Loaded loaded) {
        long[] skuIds = new long[loaded.skuIds.size()];
        loaded.skuIds.forEach((id, code) -> skuIds[code] = id);
        int n = loaded.size;
        int[] positions = new int[n];
        DayIndex days = DayIndex.of(loaded.day, n, positions);
        int[] sku = new int[n];
        int[] channel = new int[n];
        int[] province = new int[n];
        int[] warehouse = new int[n];
        int[] category = new int[n];
        long[] gmv = new long[n];
        long[] units = new long[n];
        long[] costedGmv = new long[n];
        long[] cost = new long[n];
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
        return new SkuDays(loaded.exact, days, sku, channel, province, warehouse, category, gmv, units, costedGmv,
                cost, skuIds, loaded.channels, loaded.provinces, loaded.warehouses, loaded.categories);
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
        final ColumnCodes<Long> channels;
        final ColumnCodes<String> provinces;
        final ColumnCodes<Long> warehouses;
        final ColumnCodes<Long> categories;

        Loaded() {
            channels = new ColumnCodes<>();
            provinces = new ColumnCodes<>();
            warehouses = new ColumnCodes<>();
            categories = new ColumnCodes<>();
        }

        /** SKU days to be placed among earlier ones: their values keep the codes the earlier ones gave them. */
        Loaded(SkuDays earlier) {
            for (long id : earlier.skuIds) {
                skuIds.put(id, skuIds.size());
            }
            channels = earlier.channels.copy();
            provinces = earlier.provinces.copy();
            warehouses = earlier.warehouses.copy();
            categories = earlier.categories.copy();
        }

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
                gmv[size] = d.gmv().movePointRight(KpiSliceIndex.SCALE).longValueExact();
                costedGmv[size] = d.costedGmv().movePointRight(KpiSliceIndex.SCALE).longValueExact();
                cost[size] = d.cost().movePointRight(KpiSliceIndex.SCALE).longValueExact();
            } catch (ArithmeticException notWholeTenThousandths) {
                exact = false;
            }
            units[size] = d.units();
            size++;
        }
    }
}
