package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.cli.Cli;
import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.Dimension;
import io.storedesk.dashboard.kpi.KpiFigures;
import io.storedesk.dashboard.kpi.KpiFilter;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.dashboard.ui.DashboardReads;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.store.Store;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Shared;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/**
 * The KPI engine on KpiBenchStore's store of 1,000,000 order lines (500,000 orders over 90 days in 3 channels, 31
 * provinces, 4 warehouses and 10 categories, 60 % of them by 150,000 identified buyers): a rebuild of the rollups
 * (budget 5 s), the whole pane the first time after opening the store (budget 1 s) and the pane's reports (budget 150 ms
 * each).
 * H2 hands back the last result of a statement run again unchanged, so each timed run asks something new (the
 * period ends a day earlier, or the filter changes), as a person changing the period or the filter does; only
 * "the same report again" repeats itself. Times are wall clock and, after the slash, CPU time of the thread
 * (not of the thread a report reads the stock figures on; the build machine is shared: the load average is
 * reported with them). Then, where the Online Retail file is, the CLI's figures for it after the order import. -Dkpi.rebuilds=N times N rebuilds (3) after the untimed one (0: none).
 */
final class KpiBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private KpiBench() {
    }

    static void run(BiConsumer<String, String> report) {
        Path dir = TestStores.newDirectory();
        long lines = KpiBenchStore.create(dir);
        report.accept("kpi: store", String.format(Locale.ROOT, "%,d order lines; load %s", lines, load()));
        measure(dir, report);
        RoutingHistoryBench.measure(dir, report);
        Shared.file("datasets/online-retail/online_retail.csv").ifPresent(file -> onlineRetail(file, report));
    }

    /** The timings on a store KpiBenchStore made. */
    static void measure(Path dir, BiConsumer<String, String> report) {
        LocalDate today = LocalDate.ofInstant(StockPlanStoreBench.NOW, ShopSettings.DEFAULT_ZONE);
        int rebuilds = Integer.getInteger("kpi.rebuilds", 3);
        if (rebuilds > 0) {
            // -Dkpi.rebuilds=0 leaves the rollups as they are, to time the reports alone.
            try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
                report.accept("kpi: rebuild the rollups (budget 5000 ms)",
                        median(rebuilds, run -> s.kpiRollups().rebuild()));
            }
        }
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            // The goal's "first open" is the pane's: its reads load the customer and SKU indexes and the ledger;
            // after a rebuild (a new generation) the indexes come from the store, else from their snapshots.
            report.accept("kpi: the whole pane, first time after opening the store, 30 days (budget 1000 ms)",
                    once(() -> wholePane(s, new KpiQuery(Period.lastDays(today, 30)))));
            report.accept("kpi: report, 30 days vs previous, a new period each run (budget 150 ms)",
                    median(5, run -> s.kpi().report(new KpiQuery(Period.lastDays(today.minusDays(run + 1), 30)))));
            report.accept("kpi: report, 90 days vs previous, a new period each run (budget 150 ms)",
                    median(5, run -> s.kpi().report(new KpiQuery(Period.lastDays(today.minusDays(run + 1), 90)))));
            List<KpiFilter> filters = filters(s, today);
            KpiQuery month = new KpiQuery(Period.lastDays(today, 30));
            report.accept("kpi: report, 30 days, a new filter each run (budget 150 ms)", median(filters.size() - 1,
                    run -> s.kpi().report(new KpiQuery(month.period(), filters.get(run + 1)))));
            report.accept("kpi: the same report again (budget 150 ms)", median(5, run -> s.kpi().report(month)));
            report.accept("kpi: breakdown by weekday-hour, 90 days, a new period each run (budget 150 ms)",
                    median(5, run -> s.kpi().breakdown(new KpiQuery(Period.lastDays(today.minusDays(run + 1), 90)),
                            Dimension.WEEKDAY_HOUR)));
            report.accept("kpi: top 20 SKUs, 90 days, a new period each run (budget 150 ms)",
                    median(5, run -> s.kpi().topSkus(new KpiQuery(Period.lastDays(today.minusDays(run + 1), 90)), 20)));
            report.accept("kpi: the whole pane as DashboardDesk reads it, 30 days, a new period each run (budget 300 ms)",
                    median(5, run -> wholePane(s, new KpiQuery(Period.lastDays(today.minusDays(run + 1), 30)))));
            report.accept("kpi: the whole pane, 30 days, a new filter each run (budget 150 ms)",
                    median(filters.size() - 1, run -> wholePane(s, new KpiQuery(month.period(), filters.get(run + 1)))));
            KpiFigures figures = s.kpi().report(month).current();
            report.accept("kpi: 30-day gmv / orders / customers / new / repurchasers",
                    figures.gmv().toPlainString() + " / " + figures.orders() + " / " + figures.customers() + " / "
                            + figures.newCustomers() + " / " + figures.repurchasers() + "; load " + load());
        }
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            // The rollups did not change since the session above: their copies come from its snapshots (0038).
            report.accept("kpi: the whole pane, first time in the next session, indexes from their snapshots, 30 days "
                    + "(budget 1000 ms)", once(() -> wholePane(s, new KpiQuery(Period.lastDays(today, 30)))));
        }
    }

    /** What the dashboard pane reads for a query (DashboardDesk.load, without catching up the rollups). */
    private static void wholePane(Services s, KpiQuery query) {
        DashboardReads.wholePane(s, query);
    }

    /** No filter (the first, run before timing), then a channel, a warehouse, a category, a province, a pair. */
    private static List<KpiFilter> filters(Services s, LocalDate today) {
        long channel = s.kpi().channelId("JD").orElseThrow();
        KpiQuery year = new KpiQuery(Period.lastDays(today, 365));
        long warehouse = Long.parseLong(s.kpi().breakdown(year, Dimension.WAREHOUSE).get(0).key());
        long category = Long.parseLong(s.kpi().breakdown(year, Dimension.CATEGORY).get(0).key());
        return List.of(KpiFilter.NONE, new KpiFilter(channel, null, null, null),
                new KpiFilter(null, warehouse, null, null), new KpiFilter(null, null, category, null),
                new KpiFilter(null, null, null, "广东省"), new KpiFilter(channel, warehouse, category, null),
                new KpiFilter(null, warehouse, null, "广东省"));
    }

    /** Imports the Online Retail file as the app does, then asks the CLI for the whole period's KPIs. */
    static void onlineRetail(Path file, BiConsumer<String, String> report) {
        Path dir = TestStores.newDirectory();
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), TestStores.DEMO_CLOCK)) {
            s.imports().run(ImportKindId.ORDERS, file, new ImportOptions(ImportMode.VALID_ONLY, false, true,
                    Map.of(), "bench"), ImportProgress.NONE);
        }
        StringWriter out = new StringWriter();
        int exit = Cli.create(d -> { }, d -> new Services(Store.open(StoreConfig.embedded(Path.of(d))),
                        TestStores.DEMO_CLOCK), new PrintWriter(out, true), new PrintWriter(out, true), Locale.ENGLISH)
                .execute("kpi", "--data-dir", dir.toString(), "--from", "2010-01-01", "--to", "2011-12-31", "--json");
        report.accept("kpi: Online Retail via the CLI (exit " + exit + ")", out.toString().replaceAll("\\s+", " "));
    }

    /** Runs the work once untimed, then runs times; the median and every run, wall / CPU ms. */
    private static String median(int runs, IntConsumer work) {
        work.accept(-1);
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        String[] each = new String[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStarted = THREADS.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            work.accept(i);
            wall[i] = (System.nanoTime() - started) / 1_000_000;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
            each[i] = wall[i] + "/" + cpu[i];
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return wall[runs / 2] + " ms, CPU " + cpu[runs / 2] + " ms (runs " + String.join(", ", each) + ")";
    }

    private static String once(Runnable work) {
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1_000_000 + " ms, CPU "
                + (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000 + " ms";
    }

    /** The load average over the last minute (of the two cores), where the system tells it. */
    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Runs the group alone: java -cp … io.storedesk.bench.KpiBench [retail | store DIR | routing DIR]. */
    public static void main(String[] args) {
        BiConsumer<String, String> print = (name, value) -> System.out.printf(Locale.ROOT, "%-55s %s%n", name, value);
        if (args.length > 1 && args[0].equals("store")) {
            // Keeps the store between runs (making it takes minutes): java … KpiBench store DIR.
            Path dir = Path.of(args[1]);
            if (!Files.isDirectory(dir)) {
                print.accept("kpi: store", String.format(Locale.ROOT, "%,d order lines; load %s",
                        KpiBenchStore.create(dir), load()));
            }
            measure(dir, print);
        } else if (args.length > 1 && args[0].equals("routing")) {
            // Changes the store: java … KpiBench routing DIR on a copy of one that KpiBench store DIR made.
            RoutingHistoryBench.measure(Path.of(args[1]), print);
        } else if (args.length > 0 && args[0].equals("retail")) {
            Shared.file("datasets/online-retail/online_retail.csv").ifPresent(f -> onlineRetail(f, print));
        } else {
            run(print);
        }
        System.exit(0);
    }
}
