package io.storedesk.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.dashboard.Period;
import io.storedesk.demo.DemoShop;
import io.storedesk.store.Store;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every grain of kpi_sales (and the order slices in memory behind the questions no grain answers, which the
 * slices in the store must sum alike) against a plain scan of the demo shop's order lines in Java: each breakdown
 * by each dimension and each day's figures with their costs under filters of every kind, and each period's
 * customers, new customers and repurchasers.
 */
class KpiGrainsTest {

    private static Services services;
    private static List<Line> lines;
    private static Map<Long, LocalDate> firstDays;
    private static KpiFilter[] filters;

    /** A line as read straight from orders and order_line, with its order's local day and hour. */
    private record Line(long order, LocalDate day, int hour, String channel, String province, Long customer,
                        String warehouse, String category, boolean sold, BigDecimal gmv, long units,
                        BigDecimal amount, Long sku, BigDecimal skuCost) {
    }

    @BeforeAll
    static void rollUpTheDemoShop() {
        services = new Services(Store.open(TestStores.demoStore()), TestStores.DEMO_CLOCK);
        services.kpiRollups().rebuild();
        ZoneId zone = services.shop().zone();
        lines = new ArrayList<>();
        services.store().dsl().fetch("SELECT o.id, o.placed_at, o.channel_id, o.province, o.customer_id, l.kind, "
                + "l.quantity, l.unit_price, l.amount, l.warehouse_id, p.category_id, l.sku_id, s.cost FROM orders o "
                + "JOIN order_line l ON l.order_id = o.id LEFT JOIN sku s ON s.id = l.sku_id "
                + "LEFT JOIN product p ON p.id = s.product_id").forEach(r -> {
                    LocalDateTime local = LocalDateTime.ofInstant(r.get(1, OffsetDateTime.class).toInstant(), zone);
                    int quantity = r.get(6, Integer.class);
                    BigDecimal price = r.get(7, BigDecimal.class);
                    boolean sold = "SALE".equals(r.get(5, String.class)) && quantity > 0 && price.signum() > 0;
                    lines.add(new Line(r.get(0, Long.class), local.toLocalDate(), local.getHour(),
                            r.get(2, String.class), r.get(3, String.class), r.get(4, Long.class),
                            r.get(9, String.class), r.get(10, String.class), sold,
                            sold ? price.multiply(BigDecimal.valueOf(quantity)) : BigDecimal.ZERO, sold ? quantity : 0,
                            r.get(8, BigDecimal.class), r.get(11, Long.class), r.get(12, BigDecimal.class)));
                });
        firstDays = new HashMap<>();
        lines.stream().filter(l -> l.sold && l.customer != null)
                .forEach(l -> firstDays.merge(l.customer, l.day, (a, b) -> a.isBefore(b) ? a : b));
        Long channel = id(mostCommon(Line::channel));
        Long warehouse = id(mostCommon(Line::warehouse));
        Long category = id(mostCommon(Line::category));
        String province = mostCommon(Line::province);
        filters = new KpiFilter[] {KpiFilter.NONE, new KpiFilter(channel, null, null, null),
            new KpiFilter(null, warehouse, null, null), new KpiFilter(null, null, category, null),
            new KpiFilter(null, null, null, province), new KpiFilter(channel, warehouse, category, null),
            new KpiFilter(channel, null, null, province), new KpiFilter(null, warehouse, null, province),
            new KpiFilter(null, null, category, province)};
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void everyBreakdownUnderEveryFilterEqualsAScanOfTheLines() {
        Period month = Period.lastDays(DemoShop.LAST_DAY, 30);
        int compared = 0;
        for (KpiFilter filter : filters) {
            for (Dimension by : Dimension.values()) {
                Map<String, String> rolledUp = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
                for (BreakdownRow row : services.kpi().breakdown(new KpiQuery(month, filter), by)) {
                    String figures = figures(row.gmv(), row.units(), row.orders(), row.netRevenue().add(row.refunds()));
                    if (!figures.equals(figures(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO))) {
                        rolledUp.put(row.key(), figures);
                    }
                }
                Map<String, String> scanned = scan(month, filter, key(by));

                assertThat(rolledUp).as(by + " " + filter).isEqualTo(scanned);
                compared += scanned.size();
            }
        }
        assertThat(compared).isGreaterThan(1_000);
    }

    @Test
    void everyPeriodsDaysUnderEveryFilterEqualAScanOfTheLinesWithTheirCosts() {
        int compared = 0;
        for (Period period : List.of(Period.lastDays(DemoShop.LAST_DAY, 7), Period.lastDays(DemoShop.LAST_DAY, 30))) {
            for (KpiFilter filter : filters) {
                Map<LocalDate, String> scanned = new TreeMap<>();
                for (LocalDate day = period.first(); !day.isAfter(period.last()); day = day.plusDays(1)) {
                    LocalDate on = day;
                    List<Line> ofDay = lines.stream().filter(l -> l.day.equals(on) && matches(filter, l)).toList();
                    BigDecimal costedGmv = BigDecimal.ZERO;
                    BigDecimal cost = BigDecimal.ZERO;
                    for (Line l : ofDay) {
                        if (l.sold && l.skuCost != null) {
                            costedGmv = costedGmv.add(l.gmv);
                            cost = cost.add(l.skuCost.multiply(BigDecimal.valueOf(l.units)));
                        }
                    }
                    scanned.put(day, figures(ofDay.stream().map(Line::gmv).reduce(BigDecimal.ZERO, BigDecimal::add),
                            ofDay.stream().mapToLong(Line::units).sum(),
                            ofDay.stream().filter(Line::sold).map(Line::order).distinct().count(),
                            ofDay.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                            + costs(costedGmv, cost));
                }

                Map<LocalDate, String> reported = new TreeMap<>();
                for (DayFigures d : services.kpi().report(new KpiQuery(period, filter)).days()) {
                    KpiFigures f = d.figures();
                    reported.put(d.day(), figures(f.gmv(), f.units(), f.orders(), f.netRevenue().add(f.refunds()))
                            + costs(f.costedGmv(), f.cost()));
                }
                assertThat(reported).as(period + " " + filter).isEqualTo(scanned);
                compared += scanned.size();
            }
        }
        assertThat(compared).isEqualTo(filters.length * (7 + 30));
        assertThat(lines.stream().filter(l -> l.sold && l.skuCost != null).count()).isPositive();
    }

    @Test
    void salesSummedInMemoryEqualTheStoresOwnSumForEveryGroupingAndFilter() {
        KpiQueryRepository store = new KpiQueryRepository(services.store().dsl());
        KpiSliceIndex slices = new KpiSliceIndex(new KpiSliceRepository(services.store().dsl()), RollupSnapshots.none());
        Period month = Period.lastDays(DemoShop.LAST_DAY, 30);
        LocalDate from = month.first();
        LocalDate to = month.last();
        int compared = 0;
        for (KpiFilter filter : filters) {
            for (String column : List.of("placed_day", "channel_id", "warehouse_id", "category_id", "province")) {
                List<String> inMemory = groups(slices.sales(KpiSliceIndex.SliceKey.ofColumn(column), filter, from, to)
                        .orElseThrow());
                assertThat(inMemory).as(column + " " + filter).isEqualTo(groups(store.salesBy(column, filter, from, to)));
                compared += inMemory.size();
            }
            assertThat(groups(slices.sales(KpiSliceIndex.SliceKey.DAY_HOUR, filter, from, to).orElseThrow()))
                    .as("hour " + filter).isEqualTo(groups(store.salesByDayAndHour(filter, from, to)));
        }
        assertThat(compared).isGreaterThan(500);
    }

    private static List<String> groups(List<KpiQueryRepository.Group> groups) {
        return groups.stream().map(g -> g.key() + " " + figures(g.gmv(), g.units(), g.orders(), g.net()))
                .sorted().toList();
    }

    private static String costs(BigDecimal costedGmv, BigDecimal cost) {
        return " costed " + costedGmv.stripTrailingZeros().toPlainString() + " cost "
                + cost.stripTrailingZeros().toPlainString();
    }

    @Test
    void theStockOutsTileCountsTheSkusItsDrillListsForAllWarehousesAndEach() {
        Period month = Period.lastDays(DemoShop.LAST_DAY, 30);
        List<Long> warehouses = new ArrayList<>();
        warehouses.add(null);
        warehouses.addAll(services.store().dsl().fetch("SELECT id FROM warehouse ORDER BY id").getValues(0, Long.class));
        int counted = 0;
        for (Long warehouse : warehouses) {
            // Two code paths: the tile from the SKU days in memory and a scan of the levels, the drill in SQL.
            KpiQuery query = new KpiQuery(month, new KpiFilter(null, warehouse, null, null));
            int tile = services.kpi().report(query).stock().stockOuts();

            assertThat(tile).as("warehouse " + warehouse).isEqualTo(services.kpiDrill().stockOuts(query).size());
            counted += tile;
        }
        assertThat(counted).isPositive();
    }

    @Test
    void everyPeriodsCustomersUnderEveryFilterEqualAScanOfTheLines() {
        int withRepurchasers = 0;
        for (Period period : List.of(Period.lastDays(DemoShop.LAST_DAY, 7), Period.lastDays(DemoShop.LAST_DAY, 30),
                new Period(DemoShop.FIRST_DAY, DemoShop.LAST_DAY))) {
            for (KpiFilter filter : filters) {
                KpiReport report = services.kpi().report(new KpiQuery(period, filter));
                Map<Long, Set<Long>> orders = new HashMap<>();
                Map<LocalDate, Set<Long>> byDay = new TreeMap<>();
                for (Line l : lines) {
                    if (l.sold && l.customer != null && in(period, l) && matches(filter, l)) {
                        orders.computeIfAbsent(l.customer, c -> new HashSet<>()).add(l.order);
                        byDay.computeIfAbsent(l.day, d -> new HashSet<>()).add(l.customer);
                    }
                }
                long repurchasers = orders.values().stream().filter(o -> o.size() >= 2).count();
                long newCustomers = orders.keySet().stream().filter(c -> !firstDays.get(c).isBefore(period.first())
                        && !firstDays.get(c).isAfter(period.last())).count();
                Map<LocalDate, String> days = new TreeMap<>();
                byDay.forEach((day, customers) -> days.put(day, customers.size() + " new "
                        + customers.stream().filter(c -> firstDays.get(c).equals(day)).count()));

                KpiFigures figures = report.current();
                assertThat(List.of(figures.customers(), figures.repurchasers(), figures.newCustomers()))
                        .as(period + " " + filter).containsExactly((long) orders.size(), repurchasers, newCustomers);
                Map<LocalDate, String> reported = new TreeMap<>();
                report.days().stream().filter(d -> d.figures().customers() > 0).forEach(d -> reported.put(d.day(),
                        d.figures().customers() + " new " + d.figures().newCustomers()));
                assertThat(reported).as(period + " " + filter).isEqualTo(days);
                withRepurchasers += repurchasers > 0 ? 1 : 0;
            }
        }
        assertThat(withRepurchasers).isGreaterThan(3);
    }

    @Test
    void topSkusOfEveryPeriodUnderEveryFilterEqualAScanOfTheLinesAndTheStoresOwnSum() {
        int compared = 0;
        for (Period period : List.of(Period.lastDays(DemoShop.LAST_DAY, 7), Period.lastDays(DemoShop.LAST_DAY, 30),
                new Period(DemoShop.FIRST_DAY, DemoShop.LAST_DAY))) {
            for (KpiFilter filter : filters) {
                Map<Long, BigDecimal> gmv = new HashMap<>();
                Map<Long, Long> units = new HashMap<>();
                for (Line l : lines) {
                    if (l.sold && l.sku != null && in(period, l) && matches(filter, l)) {
                        gmv.merge(l.sku, l.gmv, BigDecimal::add);
                        units.merge(l.sku, l.units, Long::sum);
                    }
                }
                List<String> scanned = gmv.keySet().stream()
                        .sorted(Comparator.comparing((Long sku) -> gmv.get(sku)).reversed()
                                .thenComparing(Comparator.naturalOrder()))
                        .limit(15).map(sku -> sku + " gmv " + gmv.get(sku).stripTrailingZeros().toPlainString()
                                + " units " + units.get(sku)).toList();

                List<String> fromIndex = topSkus(services.kpi().topSkus(new KpiQuery(period, filter), 15));
                List<String> fromStore = topSkus(new KpiQueryRepository(services.store().dsl())
                        .topSkus(filter, period.first(), period.last(), 15));
                assertThat(fromIndex).as(period + " " + filter).isEqualTo(scanned);
                assertThat(fromStore).as(period + " " + filter).isEqualTo(scanned);
                compared += scanned.size();
            }
        }
        assertThat(compared).isGreaterThan(200);
    }

    private static List<String> topSkus(List<TopSku> top) {
        return top.stream().map(t -> t.skuId() + " gmv " + t.gmv().stripTrailingZeros().toPlainString()
                + " units " + t.units()).toList();
    }

    private static Map<String, String> scan(Period period, KpiFilter filter, Function<Line, String> key) {
        Map<String, BigDecimal[]> money = new HashMap<>();
        Map<String, Long> units = new HashMap<>();
        Map<String, Set<Long>> orders = new HashMap<>();
        for (Line l : lines) {
            if (in(period, l) && matches(filter, l)) {
                String k = key.apply(l);
                BigDecimal[] m = money.computeIfAbsent(k, x -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                m[0] = m[0].add(l.gmv);
                m[1] = m[1].add(l.amount);
                units.merge(k, l.units, Long::sum);
                Set<Long> o = orders.computeIfAbsent(k, x -> new HashSet<>());
                if (l.sold) {
                    o.add(l.order);
                }
            }
        }
        Map<String, String> groups = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        money.forEach((k, m) -> groups.put(k, figures(m[0], units.get(k), orders.get(k).size(), m[1])));
        groups.values().removeIf(figures(BigDecimal.ZERO, 0, 0, BigDecimal.ZERO)::equals);
        return groups;
    }

    private static Function<Line, String> key(Dimension by) {
        return switch (by) {
            case CHANNEL -> Line::channel;
            case WAREHOUSE -> Line::warehouse;
            case CATEGORY -> Line::category;
            case PROVINCE -> Line::province;
            case DAY -> l -> l.day.toString();
            case MONTH -> l -> l.day.toString().substring(0, 7);
            case WEEKDAY_HOUR -> l -> l.day.getDayOfWeek().getValue() + "-" + String.format(Locale.ROOT, "%02d", l.hour);
        };
    }

    private static boolean in(Period period, Line l) {
        return !l.day.isBefore(period.first()) && !l.day.isAfter(period.last());
    }

    private static boolean matches(KpiFilter f, Line l) {
        return (f.channelId() == null || f.channelId().toString().equals(l.channel))
                && (f.warehouseId() == null || f.warehouseId().toString().equals(l.warehouse))
                && (f.categoryId() == null || f.categoryId().toString().equals(l.category))
                && (f.province() == null || f.province().equals(l.province));
    }

    private static String mostCommon(Function<Line, String> column) {
        return lines.stream().map(column).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Long id(String value) {
        return Long.valueOf(value);
    }

    private static String figures(BigDecimal gmv, long units, long orders, BigDecimal lineAmounts) {
        return "gmv " + gmv.stripTrailingZeros().toPlainString() + " units " + units + " orders " + orders
                + " lines " + lineAmounts.stripTrailingZeros().toPlainString();
    }
}
