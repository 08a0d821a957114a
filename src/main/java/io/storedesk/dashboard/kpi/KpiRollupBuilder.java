package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.RollupRows.Sales;
import io.storedesk.dashboard.kpi.RollupRows.SkuDay;
import io.storedesk.dashboard.kpi.RollupRows.SkuFacts;
import io.storedesk.dashboard.kpi.RollupRows.Slice;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls order lines up in memory, in one pass over them: each order's slices, the SKU days and every grain of
 * kpi_sales, and each buyer's first day. Days and hours are local to the zone. Money is summed exactly as whole
 * units of 0.0001 (the scale of every amount in the store), so nothing is rounded.
 *
 * <p>Lines come chunk by chunk (KpiRollups); slices and SKU days are taken after each chunk and written, the
 * sales and first days once at the end. An order's lines must all be in one chunk. A SKU day whose orders fall
 * in two chunks is written as two rows: every reader sums them.
 */
final class KpiRollupBuilder {

    private static final int SCALE = 4;

    private final ZoneId zone;
    private final Map<Long, SkuFacts> skus;
    private final Map<SalesKey, Sums> sales = new HashMap<>();
    private final Map<SkuKey, Sums> skuDays = new HashMap<>();
    private final Map<Long, LocalDate> firstDays = new HashMap<>();
    private final List<Slice> slices = new ArrayList<>();
    private final RollupKeys keys = new RollupKeys();

    KpiRollupBuilder(ZoneId zone, Map<Long, SkuFacts> skus) {
        this.zone = zone;
        this.skus = skus;
    }

    /** Adds lines whose orders' lines are all given here and next to each other. */
    void add(List<RolledLine> lines) {
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).orderId() != lines.get(start).orderId()) {
                addOrder(lines.subList(start, i));
                start = i;
            }
        }
    }

    /** The order slices added since last taken. */
    List<Slice> takeSlices() {
        List<Slice> taken = List.copyOf(slices);
        slices.clear();
        return taken;
    }

    /** The SKU days added since last taken. */
    List<SkuDay> takeSkuDays() {
        List<SkuDay> taken = new ArrayList<>(skuDays.size());
        skuDays.forEach((k, s) -> taken.add(new SkuDay(keys.next(k.day), k.day, k.channel, k.warehouse, k.category,
                k.sku, k.province, money(s.gmv), s.units, money(s.costedGmv), money(s.cost))));
        skuDays.clear();
        return taken;
    }

    /** Every grain's rows of all lines added. */
    List<Sales> sales() {
        List<Sales> rows = new ArrayList<>(sales.size());
        sales.forEach((k, s) -> rows.add(new Sales(k.grain, k.day, k.hour, k.channel, k.province, k.warehouse,
                k.category, s.orders, money(s.gmv), s.units, money(s.net), money(s.costedGmv), money(s.cost))));
        return rows;
    }

    /** The first day each identified buyer bought something (a sold line) among the lines added. */
    Map<Long, LocalDate> firstDays() {
        return firstDays;
    }

    private void addOrder(List<RolledLine> lines) {
        RolledLine order = lines.get(0);
        LocalDateTime placed = LocalDateTime.ofInstant(order.placedAt(), zone);
        LocalDate day = placed.toLocalDate();
        Map<LineKey, Sums> bySlice = new LinkedHashMap<>();
        for (RolledLine line : lines) {
            SkuFacts sku = line.skuId() == null ? null : skus.get(line.skuId());
            Long category = sku == null ? null : sku.categoryId();
            Sums slice = bySlice.computeIfAbsent(new LineKey(line.warehouseId(), category), k -> new Sums());
            slice.net = Math.addExact(slice.net, units(line.amount()));
            if (line.sold()) {
                long gmv = Math.multiplyExact(units(line.unitPrice()), line.quantity());
                boolean costed = sku != null && sku.cost() != null;
                long cost = costed ? Math.multiplyExact(units(sku.cost()), line.quantity()) : 0;
                Sums sold = new Sums();
                sold.sell(gmv, line.quantity(), costed ? gmv : 0, cost);
                slice.add(sold);
                skuDays.computeIfAbsent(new SkuKey(day, order.channelId(), line.warehouseId(), category, line.skuId(),
                        order.province()), k -> new Sums()).add(sold);
            }
        }
        boolean anySold = false;
        for (Map.Entry<LineKey, Sums> e : bySlice.entrySet()) {
            Sums s = e.getValue();
            anySold |= s.orders > 0;
            slices.add(new Slice(keys.next(day), order.orderId(), e.getKey().warehouse, e.getKey().category, day,
                    placed.getHour(), order.channelId(), order.province(), order.customerId(), s.orders > 0,
                    money(s.gmv), s.units, money(s.net)));
        }
        if (anySold && order.customerId() != null) {
            firstDays.merge(order.customerId(), day, (a, b) -> a.isBefore(b) ? a : b);
        }
        for (KpiGrain grain : KpiGrain.values()) {
            Map<SalesKey, Sums> cells = new HashMap<>();
            bySlice.forEach((slice, s) -> cells.computeIfAbsent(new SalesKey(grain, day,
                    grain.hour ? placed.getHour() : null, order.channelId(), grain.province ? order.province() : null,
                    grain.warehouse ? slice.warehouse : null, grain.category ? slice.category : null),
                    k -> new Sums()).add(s));
            // An order counts once in each row any of its sold lines falls in.
            cells.forEach((key, s) -> sales.computeIfAbsent(key, k -> new Sums()).addOrder(s));
        }
    }

    private static long units(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    private static BigDecimal money(long units) {
        return BigDecimal.valueOf(units, SCALE);
    }

    private record LineKey(Long warehouse, Long category) {
    }

    private record SkuKey(LocalDate day, long channel, Long warehouse, Long category, Long sku, String province) {
    }

    private record SalesKey(KpiGrain grain, LocalDate day, Integer hour, long channel, String province,
                            Long warehouse, Long category) {
    }

    /** Running sums in units of 0.0001; orders = how many orders (within one order: 1 if a line sold). */
    private static final class Sums {
        long orders;
        long gmv;
        long units;
        long net;
        long costedGmv;
        long cost;

        void sell(long gmv, long units, long costedGmv, long cost) {
            this.orders = 1;
            this.gmv = gmv;
            this.units = units;
            this.costedGmv = costedGmv;
            this.cost = cost;
        }

        /** Adds another part of the same order. */
        void add(Sums s) {
            orders = Math.max(orders, s.orders);
            plus(s);
        }

        /** Adds a whole order (or another group of orders). */
        void addOrder(Sums s) {
            orders += s.orders;
            plus(s);
        }

        private void plus(Sums s) {
            gmv = Math.addExact(gmv, s.gmv);
            units = Math.addExact(units, s.units);
            net = Math.addExact(net, s.net);
            costedGmv = Math.addExact(costedGmv, s.costedGmv);
            cost = Math.addExact(cost, s.cost);
        }
    }
}
