package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.cli.Cli;
import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.Dimension;
import io.storedesk.dashboard.kpi.KpiFilter;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.testing.Shared;
import io.storedesk.testing.TestStores;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The KPI engine on StockPlanStoreBench's store of 1,000,000 order lines (500,000 orders over 90 days): a rebuild
 * of the rollups (budget 5 s) and the pane's reports (budget 150 ms each, warm). Then, where the Online Retail
 * file is, the CLI's figures for it after the order import.
 */
final class KpiBench {

    private KpiBench() {
    }

    static void run(BiConsumer<String, String> report) {
        Path dir = TestStores.newDirectory();
        long lines = StockPlanStoreBench.create(dir);
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            report.accept("kpi: store", String.format(Locale.ROOT, "%,d order lines", lines));
            report.accept("kpi: rebuild the rollups (budget 5000 ms)", median(3, () -> s.kpiRollups().rebuild()));
            LocalDate today = LocalDate.ofInstant(StockPlanStoreBench.NOW, s.shop().zone());
            KpiQuery month = new KpiQuery(Period.lastDays(today, 30));
            KpiQuery quarter = new KpiQuery(Period.lastDays(today, 90));
            long channel = s.kpi().channelId("TM").orElseThrow();
            report.accept("kpi: report, 30 days vs previous (budget 150 ms)", median(5, () -> s.kpi().report(month)));
            report.accept("kpi: report, 90 days vs previous (budget 150 ms)",
                    median(5, () -> s.kpi().report(quarter)));
            report.accept("kpi: report, 30 days, one channel (budget 150 ms)", median(5,
                    () -> s.kpi().report(new KpiQuery(month.period(), KpiFilter.NONE.withChannel(channel)))));
            report.accept("kpi: breakdown by weekday-hour, 90 days (budget 150 ms)",
                    median(5, () -> s.kpi().breakdown(quarter, Dimension.WEEKDAY_HOUR)));
            report.accept("kpi: top 20 SKUs, 90 days (budget 150 ms)", median(5, () -> s.kpi().topSkus(quarter, 20)));
            report.accept("kpi: 30-day gmv / orders / customers",
                    s.kpi().report(month).current().gmv().toPlainString() + " / "
                            + s.kpi().report(month).current().orders() + " / "
                            + s.kpi().report(month).current().customers());
        }
        Shared.file("datasets/online-retail/online_retail.csv").ifPresent(file -> onlineRetail(file, report));
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

    private static String median(int runs, Runnable work) {
        work.run();
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis[runs / 2] + " ms (runs " + Arrays.toString(millis) + ")";
    }

    /** Runs the group alone: java -cp … io.storedesk.bench.KpiBench [retail]. */
    public static void main(String[] args) {
        BiConsumer<String, String> print = (name, value) -> System.out.printf(Locale.ROOT, "%-55s %s%n", name, value);
        if (args.length > 0 && args[0].equals("retail")) {
            Shared.file("datasets/online-retail/online_retail.csv").ifPresent(f -> onlineRetail(f, print));
        } else {
            run(print);
        }
        System.exit(0);
    }
}
