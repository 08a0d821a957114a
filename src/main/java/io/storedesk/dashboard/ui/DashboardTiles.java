package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.kpi.KpiFigures;
import io.storedesk.dashboard.kpi.KpiReport;
import io.storedesk.ui.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The tiles the dashboard shows, in reading order: what each measures (a KPI of a period's figures, null when
 * undefined), how it is written, and whether up is good. Ticket figures have no per-day points.
 */
final class DashboardTiles {

    /**
     * One tile: the figure of a period (null = not defined) and how it reads. daily: whether the figure of each
     * day draws the period's course; the repurchase rate does not (a buyer seldom orders twice in one day, so
     * every day's rate is about 0 while the period's is 7 %).
     */
    record Spec(String id, String key, boolean higherIsBetter, Function<KpiFigures, BigDecimal> figure,
                BiFunction<Formats, BigDecimal, String> format, boolean daily) {

        Spec(String id, String key, boolean higherIsBetter, Function<KpiFigures, BigDecimal> figure,
             BiFunction<Formats, BigDecimal, String> format) {
            this(id, key, higherIsBetter, figure, format, true);
        }
    }

    static final List<Spec> SALES = List.of(
            new Spec("tile-gmv", "dashboard.kpi.gmv", true, KpiFigures::gmv, DashboardTiles::money),
            new Spec("tile-net", "dashboard.kpi.net_revenue", true, KpiFigures::netRevenue, DashboardTiles::money),
            new Spec("tile-refunds", "dashboard.kpi.refunds", false, KpiFigures::refunds, DashboardTiles::money),
            new Spec("tile-orders", "dashboard.kpi.orders", true, f -> BigDecimal.valueOf(f.orders()),
                    DashboardTiles::count),
            new Spec("tile-units", "dashboard.kpi.units", true, f -> BigDecimal.valueOf(f.units()),
                    DashboardTiles::count),
            new Spec("tile-aov", "dashboard.kpi.aov", true, KpiFigures::aov, DashboardTiles::money),
            new Spec("tile-customers", "dashboard.kpi.customers", true, f -> BigDecimal.valueOf(f.customers()),
                    DashboardTiles::count),
            new Spec("tile-new-customers", "dashboard.kpi.new_customers", true,
                    f -> BigDecimal.valueOf(f.newCustomers()), DashboardTiles::count),
            new Spec("tile-repurchase", "dashboard.kpi.repurchase_rate", true, KpiFigures::repurchaseRate,
                    DashboardTiles::percent, false),
            new Spec("tile-refund-rate", "dashboard.kpi.refund_rate", false, KpiFigures::refundRate,
                    DashboardTiles::percent),
            new Spec("tile-margin", "dashboard.kpi.gross_margin", true, KpiFigures::grossMargin, DashboardTiles::percent),
            new Spec("tile-conversion", "dashboard.kpi.conversion", true, KpiFigures::conversion,
                    DashboardTiles::percent));

    private DashboardTiles() {
    }

    static String money(Formats f, BigDecimal amount) {
        return f.money(amount, "CNY");
    }

    static String count(Formats f, BigDecimal n) {
        return f.integer(n.longValue());
    }

    static String percent(Formats f, BigDecimal ratio) {
        return f.percent(ratio);
    }

    /**
     * The tile's points, one per day of the period; a day without the figure (a ratio on a day without orders, such
     * as today before the first one) is NaN, which the line steps over instead of falling to 0. None when the days
     * do not draw the figure's course or none of them has it (conversion without traffic): a flat line at 0 would
     * say the figure was 0 all along.
     */
    static List<Double> points(Spec spec, KpiReport report) {
        if (!spec.daily() || report.days().stream().allMatch(d -> spec.figure().apply(d.figures()) == null)) {
            return List.of();
        }
        return report.days().stream().map(d -> {
            BigDecimal v = spec.figure().apply(d.figures());
            return v == null ? Double.NaN : v.doubleValue();
        }).toList();
    }
}
