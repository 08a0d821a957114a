package io.storedesk.dashboard;

import io.storedesk.store.ShopSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes the dashboard's figures for a period, in the shop's time zone. */
public final class DashboardService {

    private final KpiRepository repository;
    private final ShopSettings shop;
    private final Clock clock;

    public DashboardService(KpiRepository repository, ShopSettings shop, Clock clock) {
        this.repository = repository;
        this.shop = shop;
        this.clock = clock;
    }

    /** The given number of days up to and including today, in the shop's time zone. */
    public DashboardOverview lastDays(int days) {
        ZoneId zone = shop.zone();
        return overview(Period.lastDays(LocalDate.now(clock.withZone(zone)), days), zone);
    }

    public DashboardOverview overview(Period period, ZoneId zone) {
        Period previous = period.previous();
        Instant from = previous.start(zone);
        Instant to = period.end(zone);
        Map<LocalDate, Map<String, KpiSummary>> byDay = new TreeMap<>();
        for (SaleFact sale : repository.sales(from, to)) {
            add(byDay, LocalDate.ofInstant(sale.placedAt(), zone), sale.channel(),
                    new KpiSummary(sale.gross(), 1, sale.units(), BigDecimal.ZERO));
        }
        for (RefundFact refund : repository.refunds(from, to)) {
            add(byDay, LocalDate.ofInstant(refund.refundedAt(), zone), refund.channel(),
                    new KpiSummary(BigDecimal.ZERO, 0, 0, refund.amount()));
        }
        KpiSummary current = KpiSummary.ZERO;
        KpiSummary before = KpiSummary.ZERO;
        List<DailySales> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, Map<String, KpiSummary>> day : byDay.entrySet()) {
            boolean inPeriod = !day.getKey().isBefore(period.first());
            for (Map.Entry<String, KpiSummary> channel : day.getValue().entrySet()) {
                if (inPeriod) {
                    current = current.plus(channel.getValue());
                    rows.add(new DailySales(day.getKey(), channel.getKey(), channel.getValue()));
                } else {
                    before = before.plus(channel.getValue());
                }
            }
        }
        rows.sort(Comparator.comparing(DailySales::day).reversed().thenComparing(DailySales::channel));
        return new DashboardOverview(period, current, before, rows);
    }

    private static void add(Map<LocalDate, Map<String, KpiSummary>> byDay, LocalDate day, String channel,
                            KpiSummary figures) {
        byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(channel, figures, KpiSummary::plus);
    }
}
