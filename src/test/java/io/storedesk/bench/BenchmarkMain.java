package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.demo.DemoShopGenerator;
import io.storedesk.demo.DemoSource;
import io.storedesk.demo.LoadProgress;
import io.storedesk.catalog.CatalogQuery;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.MarginBand;
import io.storedesk.catalog.SkuSort;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.backup.Backups;
import io.storedesk.testing.Sheets;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowStatus;
import io.storedesk.store.StoreFiles;
import io.storedesk.testing.Shared;
import io.storedesk.ui.SearchableTableModel;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The benchmark figures (./mvnw -Pbench verify). Each figure is the median of several runs after a
 * warm-up; results print and are written to target/bench/results.txt. Later issues add their figures.
 */
public final class BenchmarkMain {

    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(out);
        BenchmarkMain bench = new BenchmarkMain();
        bench.run();
        Files.write(out.resolve("results.txt"), bench.lines);
    }

    /** -Dbench.only=demo|catalog-search|stock|online-retail|catalog-xlsx|stock-plan|stock-plan-store|routing|routing-store|sla|ticket-queue|kpi|sync|startup|memory runs one group. */
    private void run() {
        report("machine", Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, Java " + System.getProperty("java.version"));
        String only = System.getProperty("bench.only", "");
        if (only.isEmpty() || only.equals("demo")) {
            demoShop();
        }
        if (only.isEmpty() || only.equals("catalog-search")) {
            catalogSearch();
        }
        if (only.isEmpty() || only.equals("stock")) {
            stockImports();
        }
        if (only.isEmpty() || only.equals("online-retail")) {
            Shared.file("datasets/online-retail/online_retail.csv").ifPresentOrElse(this::onlineRetail,
                    () -> report("Online Retail import", "skipped: ../shared/datasets/online-retail is not here"));
        }
        if (only.isEmpty() || only.equals("catalog-xlsx")) {
            catalogXlsx();
        }
        if (only.isEmpty() || only.equals("stock-plan")) {
            stockPlan();
        }
        if (only.isEmpty() || only.equals("stock-plan-store")) {
            stockPlanStore();
        }
        if (only.isEmpty() || only.equals("routing")) {
            routing();
        }
        if (only.isEmpty() || only.equals("routing-store")) {
            routingStore();
        }
        if (only.isEmpty() || only.equals("sla")) {
            report("sla: recompute 100,000 open tickets (budget 1 s)", SlaBench.run());
        }
        if (only.isEmpty() || only.equals("ticket-queue")) {
            ticketQueue();
        }
        if (only.isEmpty() || only.equals("kpi")) {
            KpiBench.run(this::report);
        }
        if (only.isEmpty() || only.equals("sync")) {
            SyncBench.run(this::report);
        }
        // startup and memory launch the app image: ./mvnw -B -Ppackage,bench verify -Dpackage.types= builds it first.
        if (only.isEmpty() || only.equals("startup")) {
            StartupBench.startup(this::report);
        }
        if (only.isEmpty() || only.equals("memory")) {
            StartupBench.memory(this::report);
        }
    }

    /** The after-sales queue of 100,000 open tickets: read with every clock, then filtered and sorted. */
    private void ticketQueue() {
        TicketQueueBench bench = new TicketQueueBench();
        try {
            limit("ticket queue: read 100,000 tickets with their SLA clocks", bench.load(), 1_000);
            report("ticket queue: of which", bench.breakdown());
            Map<String, Long> filters = bench.filters();
            report("ticket queue: filters", TicketQueueBench.describe(filters));
            limit("ticket queue: slowest filter and sort of 100,000", filters.values().stream()
                    .mapToLong(Long::longValue).max().orElseThrow(), 100);
        } finally {
            bench.close();
        }
    }

    /**
     * Routing as the pane and the CLI do it on a store of 100,000 paid orders: read orders, stock and rate cards,
     * route, and save every parcel, stock hold and order status. One run: it routes the store's orders.
     */
    private void routingStore() {
        RoutingStoreBench bench = new RoutingStoreBench(io.storedesk.orders.routing.RandomInstances.batch(100_000, 10,
                10, 20260302));
        Path dir = TestStores.newDirectory();
        long started = System.nanoTime();
        long lines = bench.create(dir);
        report("routing store created", String.format(Locale.ROOT, "%,d order lines, %,d ms", lines,
                (System.nanoTime() - started) / 1_000_000));
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), bench.clock())) {
            long start = System.nanoTime();
            var run = s.orderRouting().route(null, false, "bench");
            long millis = (System.nanoTime() - start) / 1_000_000;
            report("routing store: output", RoutingStoreBench.describe(run.summary()));
            limit("routing store: load, route and save 100,000 orders", millis, 10_000);
        }
    }

    /** The order-routing engine: plans against the exhaustive optimum, then 100,000 orders against the clock. */
    private void routing() {
        try (Services s = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
                TestStores.DEMO_CLOCK)) {
            RoutingDemoBench demo = new RoutingDemoBench(s, TestStores.DEMO_CLOCK.instant());
            var ours = demo.route(new io.storedesk.orders.routing.RoutingEngine());
            var baseline = demo.route(new io.storedesk.orders.routing.ShopifyStyleRouter());
            report("routing demo shop: orders (30 days, re-routed)", String.format(Locale.ROOT, "%,d", demo.orders()));
            report("routing demo shop: StoreDesk", RoutingDemoBench.describe(ours));
            report("routing demo shop: Shopify-style baseline", RoutingDemoBench.describe(baseline));
            report("routing demo shop: StoreDesk vs baseline", RoutingDemoBench.verdict(ours, baseline));
        }
        RoutingQualityBench quality = RoutingQualityBench.run(1_000);
        report("routing quality: instances", quality.instances());
        report("routing quality: late parcels vs optimum", quality.late());
        report("routing quality: no more parcels than optimum", quality.shipments());
        report("routing quality: cost within 2 % of optimum", quality.cost());
        RoutingSpeedBench speed = RoutingSpeedBench.generate(100_000, 10, 10, 20260302);
        report("routing: input", String.format(Locale.ROOT, "%,d orders, %,d lines, 10 warehouses, 10 carriers",
                speed.orders(), speed.lines()));
        report("routing: output", RoutingSpeedBench.describe(speed.routeAll()));
        long millis = figure("routing: routeAll, 100,000 orders", 7, speed::routeAll);
        ratio("routing: routeAll / 2 s budget", millis, 2_000, 1.0);
        speed.singleOrderNanos(20_000);
        long[] nanos = speed.singleOrderNanos(20_000);
        long p99 = nanos[nanos.length * 99 / 100];
        report("routing: one order, latency", String.format(Locale.ROOT, "median %d µs, p99 %d µs, max %d µs",
                nanos[nanos.length / 2] / 1_000, p99 / 1_000, nanos[nanos.length - 1] / 1_000));
        ratio("routing: one order p99 / 5 ms budget", p99 / 1_000, 5_000, 1.0);
    }

    /**
     * Planning as the pane and the CLI do it, reading a store of 100,000 positions and 1,000,000 order lines:
     * cold (a new session reads every order line of the window) and with the sales histories cached.
     */
    private void stockPlanStore() {
        Path dir = TestStores.newDirectory();
        long started = System.nanoTime();
        long lines = StockPlanStoreBench.create(dir);
        report("stock plan store created", String.format(Locale.ROOT, "%,d positions, %,d order lines, %,d ms",
                StockPlanStoreBench.SKUS * StockPlanStoreBench.WAREHOUSES, lines,
                (System.nanoTime() - started) / 1_000_000));
        long cold = figure("stock plan from cold (new session; store open included)", 3, () -> {
            try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
                s.stockPlanning().overview();
            }
        });
        limit("stock plan from cold, budget", cold, 10_000);
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            var overview = s.stockPlanning().overview();
            report("stock plan store: output", String.format(Locale.ROOT, "%,d warnings, %,d reorders, %,d transfers",
                    overview.total(), overview.plan().reorders().size(), overview.plan().transfers().size()));
            long cached = figure("stock plan, sales histories cached", 5, () -> s.stockPlanning().overview());
            limit("stock plan cached, budget", cached, 2_000);
            StockPaneBench pane = new StockPaneBench(s);
            long[] shown = IntStream.range(0, 5).mapToLong(i -> pane.showFreshPlan()).sorted().toArray();
            report("stock pane: rows shown", String.format(Locale.ROOT, "%,d", pane.rowsShown()));
            limit("stock pane opens (window-thread work, median of 5)", shown[2], 300);
            long filtered = figure("stock pane: filter by kind and back", 5, pane::filterByKindAndBack);
            limit("stock pane filter, budget", filtered, 300);
        }
    }

    /** The stock planner on 100,000 positions (25,000 SKUs in 4 warehouses) with 90-day histories. */
    private void stockPlan() {
        StockPlanBench shop = StockPlanBench.generate(25_000, 4, 20261123);
        long millis = figure(String.format(Locale.ROOT, "stock plan, %,d positions x 90 days", shop.positions()), 7,
                shop::plan);
        report("stock plan: output", StockPlanBench.describe(shop.plan()));
        ratio("stock plan: time / 2 s budget", millis, 2_000, 1.0);
    }

    private void demoShop() {
        Path files = TestStores.newDirectory();
        figure("demo shop generation (28 CSV files)", 3, () -> new DemoShopGenerator().writeTo(files));
        List<Path> loaded = new ArrayList<>();
        figure("demo shop load into a new embedded store (first run)", 3, () -> {
            Path dir = TestStores.newDirectory();
            try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), TestStores.DEMO_CLOCK)) {
                s.demoLoader().load(DemoSource.directory(files), LoadProgress.NONE);
            }
            loaded.add(dir);
        });
        Path store = loaded.get(0);
        figure("store open (existing demo store, schema current)", 7,
                () -> Store.open(StoreConfig.embedded(store)).close());
        // Each run asks something different: H2 reuses the result of a query repeated on unchanged tables.
        List<String> keystrokes = List.of("n", "nf", "nf0", "nf01", "z", "zn", "znk", "纸", "纸尿", "纸尿裤", "奶", "奶瓶",
                "t", "tz", "tz0", "tz01", "贝", "贝贝", "贝贝乐", "6", "69", "693", "6931", "wy", "wy0");
        try (Services s = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            figure("catalog search, one keystroke (870 SKUs)", keystrokes.size(),
                    i -> s.catalog().search(keystrokes.get(i), 500));
            figure("stock warnings, one keystroke (3,900 positions)", keystrokes.size(),
                    i -> s.stock().positions(keystrokes.get(i), 500));
            figure("order inbox, one keystroke (29,000 orders)", keystrokes.size(),
                    i -> s.orders().search(keystrokes.get(i), 500));
            s.kpiRollups().rebuildIfMissing();
            LocalDate today = java.time.LocalDate.now(TestStores.DEMO_CLOCK);
            figure("dashboard KPIs, last N days (N = 20..34)", 15, i -> s.kpi().report(
                    new KpiQuery(Period.lastDays(today, 20 + i))));
        }
    }

    /** Search as you type, filters and the category tree on 100,000 SKUs. */
    private void catalogSearch() {
        Path dir = TestStores.newDirectory();
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), TestStores.DEMO_CLOCK)) {
            long started = System.nanoTime();
            LargeCatalog.create(new CatalogRepository(s.store().dsl()), 100_000);
            report("catalog of 100,000 SKUs created", (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        List<String> keystrokes = List.of("c", "cl", "clo", "clou", "cloud", "纸", "纸尿", "纸尿裤", "p0", "p01", "p012",
                "p0123", "6900", "69000", "690000", "爆", "爆款", "g", "gl", "gla", "glas", "glass", "x", "xl", "贝贝乐");
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), TestStores.DEMO_CLOCK)) {
            CatalogQuery page = CatalogQuery.all(SearchableTableModel.PAGE_SIZE);
            long typing = figure("catalog search, one keystroke (100,000 SKUs)", keystrokes.size(),
                    i -> s.catalog().search(page.withText(keystrokes.get(i))));
            report("catalog search per keystroke, limit", typing <= 50 ? "ok (<= 50 ms)" : "TOO SLOW (> 50 ms)");
            List<CatalogQuery> filters = List.of(page, page.withStage(LifecycleStage.DECLINE), page.withListed(false),
                    page.withMarginBand(MarginBand.LOW), page.sortedBy(SkuSort.PRICE, true),
                    page.sortedBy(SkuSort.MARGIN, false), page.withText("cloud").withStage(LifecycleStage.GROWTH),
                    page.page(50_000));
            figure("catalog filter or sort change (100,000 SKUs)", filters.size(), i -> s.catalog().search(filters.get(i)));
            figure("catalog category tree with counts (100,000 SKUs)", 5, () -> s.catalog().categoryTree());
        }
    }

    /**
     * A large stocktake and a full settings sheet: 50,000 positions (10,000 SKUs in 5 warehouses). Every run
     * writes every position (each file moves all figures by one), so no run is a no-op.
     */
    private void stockImports() {
        int skus = 10_000;
        List<String> warehouses = List.of("W1", "W2", "W3", "W4", "W5");
        try (Services s = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())),
                TestStores.DEMO_CLOCK)) {
            StockRepository stock = new StockRepository(s.store().dsl());
            CatalogRepository catalog = new CatalogRepository(s.store().dsl());
            stock.insertWarehouses(warehouses.stream().map(w -> new Warehouse(0, w, w + "仓", "上海市", "上海市", null,
                    1, true)).toList());
            long product = catalog.insertProducts(List.of(new Product(0, "BENCH", "Bench", null, null, List.of(), 0)))
                    .get("BENCH");
            List<String> codes = IntStream.range(0, skus).mapToObj(i -> String.format(Locale.ROOT, "B-%05d", i))
                    .toList();
            catalog.insertSkus(codes.stream().map(c -> new Sku(0, product, c, null, "", Money.of("10", "CNY"), null,
                    null, null, LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0)).toList());
            // The warm-up and three runs each get their own file, written before the clock starts.
            List<Path> counts = new ArrayList<>();
            List<Path> settings = new ArrayList<>();
            for (int run = 1; run <= 4; run++) {
                counts.add(stockSheet("Warehouse,SKU,Counted", warehouses, codes, 100 + run));
                settings.add(stockSheet("Warehouse,SKU,Safety stock", warehouses, codes, run));
            }
            ImportOptions options = ImportOptions.dryRun("bench").applying(ImportMode.ALL_OR_NOTHING);
            int[] call = {0};
            figure("stock count import, 50,000 positions", 3, i -> s.imports().run(ImportKindId.STOCK_COUNT,
                    counts.get(call[0]++), options, ImportProgress.NONE));
            call[0] = 0;
            figure("stock settings import, 50,000 positions", 3, i -> s.imports().run(ImportKindId.STOCK_SETTINGS,
                    settings.get(call[0]++), options, ImportProgress.NONE));
        }
    }

    private static Path stockSheet(String header, List<String> warehouses, List<String> skus, int value) {
        List<String> lines = new ArrayList<>(warehouses.size() * skus.size() + 1);
        lines.add(header);
        for (String w : warehouses) {
            skus.forEach(sku -> lines.add(w + "," + sku + "," + value));
        }
        return Sheets.csv("stock.csv", lines.toArray(String[]::new));
    }

    /** The real merchant's 541,909 lines as orders, against a bare FastCSV parse plus JDBC batch inserts. */
    private void onlineRetail(Path file) {
        long baseline = figure("Online Retail: FastCSV + JDBC batch insert (baseline)", 3, () -> {
            try (Store store = Store.open(StoreConfig.embedded(TestStores.newDirectory()))) {
                OnlineRetailBaseline.run(file, store.dataSource());
            }
        });
        if (Boolean.getBoolean("bench.baselineOnly")) {
            return;
        }
        long storeDesk = figure("Online Retail: order import (valid rows, create SKUs)", 3, () -> {
            try (Services s = new Services(Store.open(StoreConfig.embedded(TestStores.newDirectory())),
                    TestStores.DEMO_CLOCK)) {
                s.imports().run(ImportKindId.ORDERS, file, new ImportOptions(ImportMode.VALID_ONLY, false, true,
                        Map.of(), "bench"), ImportProgress.NONE);
            }
        });
        ratio("Online Retail: import / baseline", storeDesk, baseline, 1.5);
    }

    /**
     * A 100k-row, 15-column XLSX catalog update (dry run, then apply) against fastexcel alone reading the
     * same file; then the same import in a JVM held to 256 MB of heap. Runs alternate between two versions
     * of the file, so every run changes every SKU.
     */
    private void catalogXlsx() {
        Path files = TestStores.newDirectory();
        Path store = TestStores.newDirectory();
        Path[] versions = new Path[2];
        try (Services s = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            List<String> header = CatalogWorkbook.header(s.imports().fields(ImportKindId.CATALOG));
            versions[0] = CatalogWorkbook.write(files.resolve("catalog-v1.xlsx"), header, 1);
            versions[1] = CatalogWorkbook.write(files.resolve("catalog-v2.xlsx"), header, 2);
            CatalogWorkbook.createCategories(new CatalogRepository(s.store().dsl()));
            long start = System.nanoTime();
            ImportResult load = s.imports().run(ImportKindId.CATALOG, versions[0], new ImportOptions(
                    ImportMode.ALL_OR_NOTHING, false, false, Map.of(), "bench"), ImportProgress.NONE);
            report("catalog XLSX: store loaded from version 1", String.format(Locale.ROOT,
                    "%,d new SKUs, %,d refused, %d ms, file %,d KB", load.count(RowStatus.NEW), load.refused(),
                    (System.nanoTime() - start) / 1_000_000, size(versions[1]) / 1024));
        }
        Path smallHeapStore = copyStore(store);

        // Wall time and the process's CPU time: other builds on the machine stretch the first, hardly the second.
        Timed baseline = timedFigure("catalog XLSX: fastexcel reads every cell (baseline)", 5,
                () -> FastexcelRead.everyCell(versions[1]));
        Timed storeDesk;
        Timed importAlone;
        try (Services s = new Services(Store.open(StoreConfig.embedded(store)), TestStores.DEMO_CLOCK)) {
            int[] turn = {0};
            // As a person runs it: an import of 10,000 rows or more backs the store up first (decision 0023).
            storeDesk = timedFigure("catalog XLSX 100k x 15: dry run + apply", 5, () -> CatalogImportInSmallHeap
                    .dryRunAndApply(s, versions[++turn[0] % 2], CatalogWorkbook.SKUS));
            SettingsRepository settings = new SettingsRepository(s.store().dsl());
            settings.put(Backups.LARGE_IMPORT_SETTING, String.valueOf(Long.MAX_VALUE), "bench");
            importAlone = timedFigure("catalog XLSX 100k x 15: the same without the backup", 5, () ->
                    CatalogImportInSmallHeap.dryRunAndApply(s, versions[++turn[0] % 2], CatalogWorkbook.SKUS));
            settings.put(Backups.LARGE_IMPORT_SETTING, String.valueOf(Backups.LARGE_IMPORT_ROWS), "bench");
            report("catalog XLSX: store file after the runs", String.format(Locale.ROOT, "%,d KB",
                    size(StoreFiles.databaseDirectory(store).resolve("storedesk.mv.db")) / 1024));
        }
        ratio("catalog XLSX: import / fastexcel read (wall)", storeDesk.wall(), baseline.wall(), 2.5);
        ratio("catalog XLSX: import / fastexcel read (CPU)", storeDesk.cpu(), baseline.cpu(), 2.5);
        limit("catalog XLSX: dry run + apply within 3 s (wall)", storeDesk.wall(), 3_000);
        ratio("catalog XLSX: without the backup / fastexcel read (wall)", importAlone.wall(), baseline.wall(), 2.5);
        ratio("catalog XLSX: without the backup / fastexcel read (CPU)", importAlone.cpu(), baseline.cpu(), 2.5);
        limit("catalog XLSX: without the backup within 3 s (wall)", importAlone.wall(), 3_000);
        inSmallHeap(smallHeapStore, versions[1], 256);
    }

    /** Medians of wall time and of the process's CPU time (every thread: H2's writer and the collector too). */
    private record Timed(long wall, long cpu) {
    }

    private Timed timedFigure(String name, int runs, Runnable work) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        work.run();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long startCpu = os.getProcessCpuTime();
            work.run();
            wall[i] = (System.nanoTime() - start) / 1_000_000;
            cpu[i] = (os.getProcessCpuTime() - startCpu) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        report(name, String.format(Locale.ROOT, "median %d ms wall (min %d, max %d), %d ms CPU (min %d, max %d), "
                + "%d runs", wall[runs / 2], wall[0], wall[runs - 1], cpu[runs / 2], cpu[0], cpu[runs - 1], runs));
        return new Timed(wall[runs / 2], cpu[runs / 2]);
    }

    /** The import run in a child JVM with -Xmx{megabytes}m: it only finishes when it fits. */
    private void inSmallHeap(Path store, Path file, int megabytes) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx" + megabytes + "m",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                CatalogImportInSmallHeap.class.getName(), store.toString(), file.toString(),
                String.valueOf(CatalogWorkbook.SKUS)).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            Map<String, Long> values = new HashMap<>();
            output.lines().map(l -> l.split(" ")).filter(p -> p.length == 2 && p[1].matches("\\d+"))
                    .forEach(p -> values.put(p[0], Long.parseLong(p[1])));
            if (exit != 0 || !values.containsKey("peakAfterCollectionBytes")) {
                report("catalog XLSX: dry run + apply in -Xmx" + megabytes + "m", "FAILED (exit " + exit + "): "
                        + output.lines().filter(l -> !l.isBlank()).limit(5).toList());
                return;
            }
            report("catalog XLSX: dry run + apply in -Xmx" + megabytes + "m", String.format(Locale.ROOT,
                    "ok; heap after collections up to %d MB (old garbage included), %d ms in a fresh JVM, "
                            + "%d collections taking %d ms",
                    values.get("peakAfterCollectionBytes") / (1024 * 1024), values.get("millis"),
                    values.get("collections"), values.get("collectionMillis")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path copyStore(Path dataDirectory) {
        Path copy = TestStores.newDirectory();
        try {
            Files.createDirectories(StoreFiles.databaseDirectory(copy));
            try (Stream<Path> files = Files.list(StoreFiles.databaseDirectory(dataDirectory))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, StoreFiles.databaseDirectory(copy).resolve(f.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long figure(String name, int runs, Runnable work) {
        return figure(name, runs, i -> work.run());
    }

    /** Runs work(0..runs-1) after one warm-up run of work(0); returns the median in milliseconds. */
    private long figure(String name, int runs, IntConsumer work) {
        work.accept(0);
        long[] millis = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.accept(i);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        report(name, String.format(Locale.ROOT, "median %d ms (min %d, max %d, %d runs)", millis[runs / 2],
                millis[0], millis[runs - 1], runs));
        return millis[runs / 2];
    }

    private void ratio(String name, long measured, long baseline, double allowed) {
        double ratio = (double) measured / baseline;
        report(name, String.format(Locale.ROOT, "%.2fx (allowed %.1fx) %s", ratio, allowed,
                ratio <= allowed ? "ok" : "TOO SLOW"));
    }

    private void limit(String name, long measured, long allowedMillis) {
        report(name, String.format(Locale.ROOT, "%d ms (allowed %d ms) %s", measured, allowedMillis,
                measured <= allowedMillis ? "ok" : "TOO SLOW"));
    }

    private void report(String name, String value) {
        String line = String.format(Locale.ROOT, "%-55s %s", name, value);
        System.out.println(line);
        lines.add(line);
    }
}
