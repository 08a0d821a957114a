package io.storedesk.dashboard.anomaly;

import io.storedesk.dashboard.kpi.DailySales;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The daily series in the shop's zone: gmv and orders from the KPI rollups' daily sales (kpi_sales), so that they
 * are the dashboard's own figures and a scan reads a few thousand rows, not weeks of order lines (half a minute on a
 * store of a million lines); refunds from the store, which holds few. Days are known from the first day with any
 * activity in the window, so a young shop's empty past is not read as zeros. The rollups must be caught up first
 * (KpiRollups.catchUp), as for every other figure of the dashboard.
 */
public final class RollupDailySeries implements DailySeriesSource {

    private final AnomalyRepository repository;
    private final BiFunction<LocalDate, LocalDate, List<DailySales>> dailySales;
    private final Supplier<ZoneId> zone;

    /** dailySales: the rollups' sales of the days from..to (KpiQueryRepository.dailySales). */
    public RollupDailySeries(AnomalyRepository repository, BiFunction<LocalDate, LocalDate, List<DailySales>> dailySales,
                            Supplier<ZoneId> zone) {
        this.repository = repository;
        this.dailySales = dailySales;
        this.zone = zone;
    }

    @Override
    public KpiHistory history(Kpi kpi, LocalDate from, LocalDate to) {
        ZoneId shopZone = zone.get();
        Sums sums = new Sums();
        switch (kpi) {
            case GMV -> dailySales.apply(from, to).forEach(s -> sums.add(s, s.gmv()));
            case ORDERS -> dailySales.apply(from, to).forEach(s -> sums.add(s, BigDecimal.valueOf(s.orders())));
            case REFUNDS -> repository.refunds(from.atStartOfDay(shopZone).toInstant(),
                    to.plusDays(1).atStartOfDay(shopZone).toInstant(), refund -> sums.add(
                            day(refund.refundedAt(), shopZone), refund.channel(), refund.category(), refund.warehouse(),
                            refund.amount()));
        }
        return sums.history(to);
    }

    /**
     * The day before the last order placed or the last channel sync that pulled orders: the day of that news is
     * known only up to it (the demo shop's last order is placed at half past nine in the evening).
     */
    @Override
    public Optional<LocalDate> lastDayWithNews() {
        return repository.lastNews().map(at -> day(at, zone.get()).minusDays(1));
    }

    private static LocalDate day(Instant instant, ZoneId shopZone) {
        return instant.atZone(shopZone).toLocalDate();
    }

    private static String name(String slice) {
        return slice == null ? Driver.UNKNOWN : slice;
    }

    /** Sparse daily sums, made into series once everything is added. */
    private static final class Sums {
        private final Map<LocalDate, BigDecimal> total = new HashMap<>();
        private final Map<Dimension, Map<String, Map<LocalDate, BigDecimal>>> slices = new EnumMap<>(Dimension.class);

        /**
         * A channel's whole day counts in the total and in the channel; its parts in their warehouse or category
         * (an order counts once in each, as the rollups count it).
         */
        void add(DailySales sales, BigDecimal value) {
            switch (sales.split()) {
                case NONE -> {
                    addTotal(sales.day(), value);
                    addSlice(Dimension.CHANNEL, name(sales.channel()), sales.day(), value);
                }
                case WAREHOUSE -> addSlice(Dimension.WAREHOUSE, name(sales.part()), sales.day(), value);
                case CATEGORY -> addSlice(Dimension.CATEGORY, name(sales.part()), sales.day(), value);
            }
        }

        void add(LocalDate day, String channel, String category, String warehouse, BigDecimal amount) {
            addTotal(day, amount);
            addSlice(Dimension.CHANNEL, name(channel), day, amount);
            addSlice(Dimension.CATEGORY, name(category), day, amount);
            addSlice(Dimension.WAREHOUSE, name(warehouse), day, amount);
        }

        void addTotal(LocalDate day, BigDecimal amount) {
            total.merge(day, amount, BigDecimal::add);
        }

        void addSlice(Dimension dimension, String slice, LocalDate day, BigDecimal amount) {
            slices.computeIfAbsent(dimension, d -> new HashMap<>()).computeIfAbsent(slice, s -> new HashMap<>())
                    .merge(day, amount, BigDecimal::add);
        }

        KpiHistory history(LocalDate to) {
            if (total.isEmpty()) {
                return new KpiHistory(new DailySeries(new TreeMap<>()), Map.of());
            }
            LocalDate first = new TreeMap<>(total).firstKey();
            Map<Dimension, Map<String, DailySeries>> series = new EnumMap<>(Dimension.class);
            slices.forEach((dimension, bySlice) -> {
                Map<String, DailySeries> named = new HashMap<>();
                bySlice.forEach((slice, days) -> named.put(slice, DailySeries.zeroFilled(first, to, days)));
                series.put(dimension, named);
            });
            return new KpiHistory(DailySeries.zeroFilled(first, to, total), series);
        }
    }
}
