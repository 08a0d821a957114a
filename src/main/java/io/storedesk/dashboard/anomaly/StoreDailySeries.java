package io.storedesk.dashboard.anomaly;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The daily series summed in the shop's zone from the store's orders and refunds (no rollups). Days are known
 * from the first day with any activity in the window, so a young shop's empty past is not read as zeros.
 */
public final class StoreDailySeries implements DailySeriesSource {

    private final AnomalyRepository repository;
    private final Supplier<ZoneId> zone;

    public StoreDailySeries(AnomalyRepository repository, Supplier<ZoneId> zone) {
        this.repository = repository;
        this.zone = zone;
    }

    @Override
    public KpiHistory history(Kpi kpi, LocalDate from, LocalDate to) {
        ZoneId shopZone = zone.get();
        Instant start = from.atStartOfDay(shopZone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(shopZone).toInstant();
        Sums sums = new Sums();
        switch (kpi) {
            case GMV -> repository.soldLines(start, end, line -> sums.add(day(line.placedAt(), shopZone),
                    line.channel(), line.category(), line.warehouse(), line.amount()));
            case ORDERS -> repository.soldLines(start, end, new OrderCount(shopZone, sums));
            case REFUNDS -> repository.refunds(start, end, refund -> sums.add(day(refund.refundedAt(), shopZone),
                    refund.channel(), refund.category(), refund.warehouse(), refund.amount()));
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

    /**
     * An order counts once in the total and once in each slice any of its sold lines falls in. The lines come
     * order by order, so only the slices of the order at hand are remembered.
     */
    private static final class OrderCount implements Consumer<SoldLineFact> {

        private final ZoneId shopZone;
        private final Sums sums;
        private final Set<String> slicesOfOrder = new HashSet<>();
        private long order = -1;

        OrderCount(ZoneId shopZone, Sums sums) {
            this.shopZone = shopZone;
            this.sums = sums;
        }

        @Override
        public void accept(SoldLineFact line) {
            LocalDate day = day(line.placedAt(), shopZone);
            if (line.orderId() != order) {
                order = line.orderId();
                slicesOfOrder.clear();
                sums.addTotal(day, BigDecimal.ONE);
            }
            String[] names = {line.channel(), line.category(), line.warehouse()};
            for (Dimension dimension : Dimension.values()) {
                String slice = name(names[dimension.ordinal()]);
                if (slicesOfOrder.add(dimension.ordinal() + "|" + slice)) {
                    sums.addSlice(dimension, slice, day, BigDecimal.ONE);
                }
            }
        }
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
