package io.storedesk.bench;

import static io.storedesk.store.schema.Tables.CARRIER;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.orders.Carrier;
import io.storedesk.orders.CarrierRate;
import io.storedesk.orders.CarrierRepository;
import io.storedesk.orders.OrderFilter;
import io.storedesk.orders.OrderInbox;
import io.storedesk.orders.Province;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Routing as a shop with a long history meets it: the KPI benchmark's store (500,000 orders, 1,000,000 lines, all
 * delivered) with its newest orders paid and waiting, not yet reviewed, and one carrier. What a person waits for
 * is reading and reviewing those few orders among all the others, so the figure is a pass over the waiting
 * orders in a store just opened (first), the same dry run again, and the real pass that saves them; before
 * them, the order pane's first read of the inbox.
 */
final class RoutingHistoryBench {

    static final int WAITING = 200;

    private RoutingHistoryBench() {
    }

    /** Changes the store in dir (KpiBenchStore's, used up by then): run it after the KPI figures. */
    static void measure(Path dir, BiConsumer<String, String> report) {
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            // The pane's first read: the newest orders and the counts by status (H2 answers the same query again
            // from its cache while nothing changed, so only the first read is a figure).
            long started = System.nanoTime();
            OrderInbox inbox = s.orders().inbox(OrderFilter.ANY, 500);
            report.accept("order pane: the inbox's first read (newest 500, counts by status), store just opened",
                    String.format(Locale.ROOT, "%d ms (%,d orders)", (System.nanoTime() - started) / 1_000_000,
                            inbox.total()));
            prepare(s);
        }
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            String first = pass(s, true);
            String again = pass(s, true);
            String saved = pass(s, false);
            report.accept(String.format(Locale.ROOT, "routing %d waiting orders among 1,000,000 order lines: dry run"
                    + " (store just opened) / again / real pass", WAITING), first + " / " + again + " / " + saved);
        }
    }

    private static String pass(Services s, boolean dryRun) {
        long started = System.nanoTime();
        var run = s.orderRouting().route(null, dryRun, "bench");
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (run.summary().routed() != WAITING) {
            throw new IllegalStateException("every waiting order should route: " + RoutingStoreBench.describe(
                    run.summary()));
        }
        return millis + " ms";
    }

    /** One carrier from every warehouse's province to all 31, SKUs weighed, the newest orders paid and waiting. */
    private static void prepare(Services s) {
        var dsl = s.store().dsl();
        if (dsl.fetchCount(CARRIER) > 0) {
            return;
        }
        CarrierRepository carriers = new CarrierRepository(dsl);
        long carrier = carriers.insertCarriers(List.of(new Carrier(0, "ZTO", "中通快递", "standard", 30_000,
                LocalTime.of(17, 0), true))).get("ZTO");
        List<CarrierRate> rates = new ArrayList<>();
        for (String origin : dsl.selectDistinct(WAREHOUSE.PROVINCE).from(WAREHOUSE).fetch(WAREHOUSE.PROVINCE)) {
            for (Province destination : Province.values()) {
                rates.add(new CarrierRate(carrier, origin, destination.fullName(), 1_000, Money.of("8", "CNY"),
                        Money.of("2", "CNY"), 2));
            }
        }
        carriers.insertRates(rates);
        dsl.execute("UPDATE sku SET weight_grams = 500");
        // The store's orders are delivered and their addresses sketched; these become a day's paid orders.
        dsl.execute("UPDATE orders SET status = 'PAID', reviewed_at = NULL, reviewed_by = NULL, receiver_name = '张三',"
                + " receiver_phone = '138' || LPAD(CAST(id AS VARCHAR), 8, '0'), city = '济南市', district = '历下区',"
                + " address_line = '长江路1号' WHERE id IN (SELECT id FROM orders ORDER BY id DESC LIMIT " + WAITING
                + ")");
    }
}
