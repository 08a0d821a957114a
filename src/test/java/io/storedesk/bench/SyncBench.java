package io.storedesk.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.ChannelConnection;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RateLimit;
import io.storedesk.sync.RemoteHttp;
import io.storedesk.sync.RemotePage;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.http.SyncTransports;
import io.storedesk.sync.http.TransportStats;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import io.storedesk.sync.shopify.FakeShopify;
import io.storedesk.sync.shopify.ShopifyAdapterProvider;
import io.storedesk.sync.shopify.ShopifyFixtures;
import io.storedesk.sync.shopify.ShopifyLeakyBucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;
import mockwebserver3.MockWebServer;

/**
 * A Shopify sync against a local Shopify-shaped server (loopback only) whose leaky bucket holds 40 calls and
 * drains 20 a second: pull 10,000 orders, 250 a page (order.json with ids and updated_at varied), then push
 * 400 stock levels. Goals: no 429, total time within 1.1x the bucket's minimum ((calls - bucket) / leak),
 * client CPU within 5 s. The pull and the pushes run side by side on one paced transport (and once one after
 * the other, for comparison). The client is the engine's paced, retrying transport (SyncTransports); the
 * server's bucket is ShopifyLeakyBucket.
 */
final class SyncBench {

    static final int ORDERS = 10_000;
    static final int PAGE_SIZE = 250;
    static final int STOCK_PUSHES = 400;
    static final int BUCKET = 40;
    static final double LEAK_PER_SECOND = 20;

    private SyncBench() {
    }

    /** What one run measured. */
    private record Run(int pulled, int accepted, int calls, int refused, long millis, long clientCpuMillis,
                       long processCpuMillis) {

        double minimumSeconds() {
            return Math.max(0, calls - BUCKET) / LEAK_PER_SECOND;
        }

        double ratio() {
            return millis / 1000.0 / minimumSeconds();
        }
    }

    static void run(BiConsumer<String, String> report) {
        List<String> pages = orderPages();
        List<PushMessage> pushes = stockPushes();
        // The engine may push the outbox while it pulls: the 1.6 MB order pages then download while the stock
        // pushes use the bucket. One after the other, the pull's download time adds to the bucket's minimum.
        Run sideBySide = run(pages, pushes, true);
        Run oneAfterTheOther = run(pages, pushes, false);
        report.accept("sync: Shopify bucket 40, leak 20/s", String.format(Locale.ROOT,
                "%,d orders pulled (%d pages), %d of %d stock levels accepted, %d calls", sideBySide.pulled(),
                pages.size(), sideBySide.accepted(), pushes.size(), sideBySide.calls()));
        report.accept("sync: 429 answers seen by the server", String.format(Locale.ROOT, "%d (goal 0) %s",
                sideBySide.refused(), sideBySide.refused() == 0 ? "ok" : "TOO MANY"));
        report.accept("sync: total time / bucket minimum", String.format(Locale.ROOT,
                "%,d ms / %,.0f ms = %.3fx (allowed 1.1x) %s", sideBySide.millis(), sideBySide.minimumSeconds() * 1000,
                sideBySide.ratio(), sideBySide.ratio() <= 1.1 ? "ok" : "TOO SLOW"));
        report.accept("sync: client CPU (the syncing threads)", String.format(Locale.ROOT,
                "%,d ms (allowed 5,000 ms) %s", sideBySide.clientCpuMillis(),
                sideBySide.clientCpuMillis() <= 5_000 ? "ok" : "TOO MUCH"));
        report.accept("sync: process CPU (server, GC and JIT included)", String.format(Locale.ROOT, "%,d ms",
                sideBySide.processCpuMillis()));
        report.accept("sync: pull, then push (for comparison)", String.format(Locale.ROOT,
                "%,d ms = %.3fx the minimum, %d answers 429, client CPU %,d ms", oneAfterTheOther.millis(),
                oneAfterTheOther.ratio(), oneAfterTheOther.refused(), oneAfterTheOther.clientCpuMillis()));
    }

    /** One sync against a new server whose bucket starts empty. */
    private static Run run(List<String> pages, List<PushMessage> pushes, boolean sideBySide) {
        FakeShopify store = new FakeShopify().answer("locations.json", ShopifyFixtures.text("locations.json"))
                .pages("orders.json", pages.toArray(String[]::new));
        ShopifyLeakyBucket bucket = new ShopifyLeakyBucket(store, BUCKET, LEAK_PER_SECOND);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(bucket);
            server.start(InetAddress.getLoopbackAddress(), 0);
            Map<String, String> settings = Map.of("bucketSize", String.valueOf(BUCKET),
                    "leakPerSecond", String.valueOf(LEAK_PER_SECOND));
            RateLimit limit = ShopifyAdapterProvider.rateLimit(settings);
            RemoteHttp http = SyncTransports.create(limit, new TransportStats());
            Channel channel = new Channel(1, "bench", "Bench", ChannelKind.SHOPIFY, "USD", BigDecimal.ONE, 0, true);
            ChannelAdapter adapter = new ShopifyAdapterProvider().open(new ChannelConnection(channel,
                    server.url("/").toString().replaceAll("/$", ""), new ChannelCredentials(null, FakeShopify.TOKEN, null),
                    settings), http);

            long processCpu = processCpuNanos();
            long started = System.nanoTime();
            CompletableFuture<long[]> pulling = CompletableFuture.supplyAsync(() -> cpuOf(() -> pullAll(adapter)));
            if (!sideBySide) {
                pulling.join();
            }
            long[] pushed = cpuOf(() -> pushAll(adapter, pushes));
            long[] pulled = pulling.join();
            long millis = (System.nanoTime() - started) / 1_000_000;
            return new Run((int) pulled[0], (int) pushed[0], bucket.calls(), bucket.refused(), millis,
                    (pulled[1] + pushed[1]) / 1_000_000, (processCpuNanos() - processCpu) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {result, CPU nanoseconds of the calling thread}. */
    private static long[] cpuOf(IntSupplier work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        int result = work.getAsInt();
        return new long[] {result, threads.getCurrentThreadCpuTime() - before};
    }

    private static int pullAll(ChannelAdapter adapter) {
        int records = 0;
        PullPosition position = PullPosition.from(null);
        while (true) {
            RemotePage page = adapter.pull(SyncResource.ORDERS, position);
            records += page.records().size();
            if (page.isLast()) {
                return records;
            }
            position = new PullPosition(null, page.nextPageToken());
        }
    }

    private static int pushAll(ChannelAdapter adapter, List<PushMessage> pushes) {
        int batch = adapter.maxBatch(PushKind.STOCK_LEVEL);
        int accepted = 0;
        for (int from = 0; from < pushes.size(); from += batch) {
            for (PushReceipt r : adapter.push(PushKind.STOCK_LEVEL, pushes.subList(from, Math.min(pushes.size(),
                    from + batch)))) {
                accepted += r.accepted() ? 1 : 0;
            }
        }
        return accepted;
    }

    /** order.json's order 10,000 times: ids, numbers, line ids and updated_at (a minute apart) varied. */
    private static List<String> orderPages() {
        JsonNode template = ShopifyFixtures.tree("order.json").get("order");
        OffsetDateTime start = OffsetDateTime.of(2024, 11, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        List<String> pages = new ArrayList<>();
        List<ObjectNode> page = new ArrayList<>();
        for (int i = 0; i < ORDERS; i++) {
            ObjectNode order = template.deepCopy();
            long id = 5_000_000_000L + i;
            order.put("id", id);
            order.put("name", "#" + (1001 + i));
            order.put("order_number", 1001 + i);
            order.put("updated_at", start.plusMinutes(i).toString());
            int line = 0;
            for (JsonNode item : order.get("line_items")) {
                ((ObjectNode) item).put("id", id * 10 + line++);
            }
            page.add(order);
            if (page.size() == PAGE_SIZE) {
                pages.add(ShopifyFixtures.ordersPage(page));
                page = new ArrayList<>();
            }
        }
        if (!page.isEmpty()) {
            pages.add(ShopifyFixtures.ordersPage(page));
        }
        return pages;
    }

    private static List<PushMessage> stockPushes() {
        List<PushMessage> pushes = new ArrayList<>();
        for (int i = 0; i < STOCK_PUSHES; i++) {
            String item = String.valueOf(40_000_000L + i);
            pushes.add(new StockLevelPush("bench-" + i, "BENCH-" + i, null, null, item, i % 50));
        }
        return pushes;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
