package io.storedesk.dashboard.kpi;

import io.storedesk.aftersales.report.SlaReport;
import io.storedesk.aftersales.report.SlaReports;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.common.Futures;
import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.KpiSliceIndex.BuyerDay;
import io.storedesk.dashboard.kpi.KpiSliceIndex.CustomerCounts;
import io.storedesk.dashboard.kpi.KpiQueryRepository.SalesDay;
import io.storedesk.dashboard.kpi.KpiQueryRepository.TrafficDay;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** The dashboard's KPIs from the rollups: a period against the one before it, day by day, and breakdowns. */
public final class KpiService {

    private final KpiQueryRepository repository;
    private final KpiSliceIndex slices;
    private final KpiSkuSalesIndex skuSales;
    private final SlaReports slaReports;
    private static final int STOCK_OUT_SALES_DAYS = 90;
    /**
     * Reads the stock figures while the sales figures are summed: they share nothing but the cost of goods sold,
     * and a new filter's report spent 60 % of its time on the stock-outs (a scan of the stock levels).
     */
    private static final ExecutorService STOCK_READS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "kpi-stock");
        thread.setDaemon(true);
        return thread;
    });

    private final KpiSales sales;
    private final KpiBreakdowns breakdowns;
    private final StockKpiRepository stock;
    private final StockValues stockValues;
    private final Supplier<ZoneId> zone;

    public KpiService(KpiQueryRepository repository, KpiSliceIndex slices, KpiSkuSalesIndex skuSales,
                      StockKpiRepository stock, SlaReports slaReports, Supplier<ZoneId> zone,
                      RollupSnapshots snapshots) {
        this.repository = repository;
        this.slices = slices;
        this.skuSales = skuSales;
        this.stock = stock;
        this.stockValues = new StockValues(stock, zone, snapshots);
        this.slaReports = slaReports;
        this.zone = zone;
        this.sales = new KpiSales(repository, slices, skuSales);
        this.breakdowns = new KpiBreakdowns(repository, sales);
    }

    public KpiReport report(KpiQuery query) {
        Period period = query.period();
        Period previous = period.previous();
        KpiFilter filter = query.filter();
        CompletableFuture<StockNow> stockNow = CompletableFuture.supplyAsync(() -> stockNow(period, filter),
                STOCK_READS);
        List<DayFigures> all = days(filter, previous.first(), period.last());
        List<DayFigures> current = all.stream().filter(d -> !d.day().isBefore(period.first())).toList();
        List<DayFigures> before = all.stream().filter(d -> d.day().isBefore(period.first())).toList();
        KpiFigures figures = total(current, slices.counts(filter, period.first(), period.last()));
        return new KpiReport(query, figures, total(before, slices.counts(filter, previous.first(),
                previous.last())), current, tickets(period), stock(period, figures.cost(), Futures.join(stockNow)));
    }

    /** The stock figures that do not depend on the sales: the stock's value at the period's edges, the shortages. */
    private record StockNow(StockValues.Edges edges, int stockOuts, int belowSafety) {
    }

    /** Stock values at the period's edges, from the ledger kept in memory (StockValues), and the shortages now. */
    private StockNow stockNow(Period period, KpiFilter filter) {
        Long warehouse = filter.warehouseId();
        return new StockNow(stockValues.edges(warehouse, period.first(), period.last()),
                stockOuts(period.last().minusDays(STOCK_OUT_SALES_DAYS - 1), period.last(), warehouse),
                stock.belowSafety(warehouse));
    }

    private static StockKpis stock(Period period, BigDecimal costOfGoodsSold, StockNow now) {
        int days = (int) (period.last().toEpochDay() - period.first().toEpochDay() + 1);
        return StockKpis.of(now.edges().opening(), now.edges().closing(), costOfGoodsSold, days, now.stockOuts(),
                now.belowSafety());
    }

    /**
     * SKUs that sold on days from..to (from the warehouse, when one is given) and have nothing available now
     * there: the SKUs sold, from the SKU days kept in memory, less those the levels have available, counting
     * only SKUs that still exist.
     */
    private int stockOuts(LocalDate from, LocalDate to, Long warehouse) {
        Set<Long> soldOut = skuSales.soldSkus(warehouse, from, to);
        soldOut.removeAll(stock.availableSkus(warehouse));
        return soldOut.isEmpty() ? 0 : stock.existing(soldOut);
    }

    /** The query's period grouped by a dimension, biggest gmv first (by date for DAY, MONTH and WEEKDAY_HOUR). */
    public List<BreakdownRow> breakdown(KpiQuery query, Dimension by) {
        return breakdowns.breakdown(query, by);
    }

    public List<TopSku> topSkus(KpiQuery query, int limit) {
        LocalDate from = query.period().first();
        LocalDate to = query.period().last();
        return skuSales.top(query.filter(), from, to, limit).map(repository::named)
                .orElseGet(() -> repository.topSkus(query.filter(), from, to, limit));
    }

    /** Top categories: the category breakdown, biggest gmv first. */
    public List<BreakdownRow> topCategories(KpiQuery query, int limit) {
        return breakdown(query, Dimension.CATEGORY).stream().limit(limit).toList();
    }

    /**
     * Cohort repurchase for the 12 months up to the period's last day: who came back 1–6 months after their first
     * order. Only a channel filter applies (a customer belongs to one channel).
     */
    public List<CohortRow> cohorts(KpiQuery query) {
        return Cohorts.of(slices, query.filter().channelId(), query.period().last(), 12, 6);
    }

    /**
     * Brings the in-memory indexes the dashboard has read up to date with the rollups, so that its next read after a
     * catch-up in the background finds them current (indexes never read stay unread).
     */
    public void followRollups() {
        slices.refreshIfHeld();
        skuSales.refreshIfHeld();
    }

    /** The rollups' generation (0: never built); it changes whenever what they hold does. */
    public long rollupGeneration() {
        return slices.generation();
    }

    /** Identified buyers with a sold order on days from..to (RFM's activity), in order of customer id. */
    public List<BuyerActivity> buyers(LocalDate from, LocalDate to) {
        return slices.buyers(from, to);
    }

    public List<RefundReason> refundReasons(KpiQuery query) {
        return repository.refundReasons(query.filter(), query.period().first(), query.period().last());
    }

    /** A channel by its code (any case) or its name. */
    public Optional<Long> channelId(String codeOrName) {
        return Optional.ofNullable(repository.channelId(codeOrName));
    }

    private List<DayFigures> days(KpiFilter filter, LocalDate from, LocalDate to) {
        Map<LocalDate, SalesDay> byDay = new TreeMap<>();
        sales.byDay(filter, from, to).forEach(d -> byDay.put(d.day(), d));
        Map<LocalDate, BuyerDay> buyers = slices.byDay(filter, from, to);
        Map<LocalDate, BigDecimal> refunds = repository.refundsByDay(filter, from, to);
        Map<LocalDate, TrafficDay> traffic = filter.onlyByChannel()
                ? repository.trafficByDay(filter.channelId(), from, to) : Map.of();
        List<DayFigures> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            SalesDay s = byDay.getOrDefault(day, new SalesDay(day, 0, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO));
            BuyerDay b = buyers.getOrDefault(day, new BuyerDay(0, 0));
            BigDecimal refunded = refunds.getOrDefault(day, BigDecimal.ZERO);
            TrafficDay t = traffic.get(day);
            // Repurchase needs two orders: a day's own count means nothing, so days carry 0.
            long repurchasers = 0;
            days.add(new DayFigures(day, new KpiFigures(s.gmv(), refunded, s.net().subtract(refunded), s.orders(),
                    s.units(), b.customers(), b.newCustomers(), repurchasers, s.costedGmv(), s.cost(),
                    t == null ? null : t.visitors(), t == null ? 0 : t.orders())));
        }
        return days;
    }

    /** Sums the additive figures of the days; customer counts are the period's own (they do not add up). */
    private static KpiFigures total(List<DayFigures> days, CustomerCounts customers) {
        BigDecimal gmv = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal costedGmv = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        long orders = 0;
        long units = 0;
        Long visitors = null;
        long trafficOrders = 0;
        for (DayFigures day : days) {
            KpiFigures f = day.figures();
            gmv = gmv.add(f.gmv());
            refunds = refunds.add(f.refunds());
            net = net.add(f.netRevenue());
            costedGmv = costedGmv.add(f.costedGmv());
            cost = cost.add(f.cost());
            orders += f.orders();
            units += f.units();
            if (f.visitors() != null) {
                visitors = (visitors == null ? 0 : visitors) + f.visitors();
                trafficOrders += f.trafficOrders();
            }
        }
        return new KpiFigures(gmv, refunds, net, orders, units, customers.customers(), customers.newCustomers(),
                customers.repurchasers(), costedGmv, cost, visitors, trafficOrders);
    }

    private TicketKpis tickets(Period period) {
        SlaReport report = slaReports.report(period.first(), period.last().plusDays(1));
        SlaReport.TargetAttainment resolution = report.target(SlaTarget.RESOLUTION);
        BigDecimal attainment = resolution.measured() == 0 ? null
                : BigDecimal.valueOf(resolution.met()).divide(BigDecimal.valueOf(resolution.measured()),
                        KpiFigures.RATIO_SCALE, RoundingMode.HALF_UP);
        Double average = report.satisfaction().average();
        BigDecimal satisfaction = average == null ? null
                : BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP);
        return new TicketKpis(report.backlog().open(), attainment, satisfaction);
    }
}
