package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiQueryRepository.Group;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** Groups a period's sales (and refunds, by refund date) by channel, warehouse, category, province or time. */
final class KpiBreakdowns {

    private final KpiQueryRepository repository;
    private final KpiSales sales;

    KpiBreakdowns(KpiQueryRepository repository, KpiSales sales) {
        this.repository = repository;
        this.sales = sales;
    }

    List<BreakdownRow> breakdown(KpiQuery query, Dimension by) {
        KpiFilter filter = query.filter();
        LocalDate from = query.period().first();
        LocalDate to = query.period().last();
        return switch (by) {
            case CHANNEL -> named("channel_id", "channel", filter, from, to);
            case WAREHOUSE -> named("warehouse_id", "warehouse", filter, from, to);
            case CATEGORY -> named("category_id", "category", filter, from, to);
            case PROVINCE -> named("province", null, filter, from, to);
            case DAY -> inTime(sales.by("placed_day", filter, from, to),
                    repository.refundsBy("refunded_day", filter, from, to), key -> key);
            case MONTH -> inTime(sales.by("placed_day", filter, from, to),
                    repository.refundsBy("refunded_day", filter, from, to), key -> key.substring(0, 7));
            case WEEKDAY_HOUR -> inTime(sales.byDayAndHour(filter, from, to), Map.of(), KpiBreakdowns::slot);
        };
    }

    private List<BreakdownRow> named(String column, String table, KpiFilter filter, LocalDate from, LocalDate to) {
        Map<String, String> names = table == null ? Map.of() : repository.names(table);
        Map<String, BigDecimal> refunds = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        refunds.putAll(repository.refundsBy(column, filter, from, to));
        List<BreakdownRow> rows = new ArrayList<>();
        for (Group g : sales.by(column, filter, from, to)) {
            BigDecimal refunded = refunds.getOrDefault(g.key(), BigDecimal.ZERO);
            rows.add(new BreakdownRow(g.key(), label(names, g.key()), g.gmv(), g.orders(), g.units(),
                    g.net().subtract(refunded), refunded));
            refunds.remove(g.key());
        }
        refunds.forEach((key, amount) -> rows.add(new BreakdownRow(key, label(names, key), BigDecimal.ZERO, 0, 0,
                amount.negate(), amount)));
        rows.sort(Comparator.comparing(BreakdownRow::gmv).reversed()
                .thenComparing(BreakdownRow::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return rows;
    }

    /** Groups of the same key add up: days into months, dates into weekdays. */
    private static List<BreakdownRow> inTime(List<Group> sales, Map<String, BigDecimal> refunds,
                                             UnaryOperator<String> bucket) {
        Map<String, BreakdownRow> rows = new TreeMap<>();
        for (Group g : sales) {
            rows.merge(bucket.apply(g.key()), new BreakdownRow(bucket.apply(g.key()), bucket.apply(g.key()), g.gmv(),
                    g.orders(), g.units(), g.net(), BigDecimal.ZERO), KpiBreakdowns::plus);
        }
        refunds.forEach((day, amount) -> rows.merge(bucket.apply(day), new BreakdownRow(bucket.apply(day),
                bucket.apply(day), BigDecimal.ZERO, 0, 0, amount.negate(), amount), KpiBreakdowns::plus));
        return List.copyOf(rows.values());
    }

    /** "2026-11-20 9" → "5-09" (ISO weekday, hour). */
    private static String slot(String dayAndHour) {
        String[] parts = dayAndHour.split(" ");
        int weekday = LocalDate.parse(parts[0]).getDayOfWeek().getValue();
        return weekday + "-" + String.format(java.util.Locale.ROOT, "%02d", Integer.parseInt(parts[1]));
    }

    private static BreakdownRow plus(BreakdownRow a, BreakdownRow b) {
        return new BreakdownRow(a.key(), a.label(), a.gmv().add(b.gmv()), a.orders() + b.orders(),
                a.units() + b.units(), a.netRevenue().add(b.netRevenue()), a.refunds().add(b.refunds()));
    }

    private static String label(Map<String, String> names, String key) {
        return key == null ? null : names.getOrDefault(key, key);
    }
}
