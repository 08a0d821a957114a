package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.StockSetting;
import io.storedesk.stock.StockSettingRepository;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A store for the planning figures that include reading: 25,000 SKUs in 4 warehouses (100,000 positions,
 * each with a setting and a supplier) and 500,000 orders of 2 lines (1,000,000 order lines) over the last 90
 * days, skewed towards a few bestsellers. No shipments: every sale counts at its SKU's fullest position,
 * which reads the same order lines. Deterministic (seeded).
 */
final class StockPlanStoreBench {

    static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");
    static final int SKUS = 25_000;
    static final int WAREHOUSES = 4;
    static final int ORDERS = 500_000;
    private static final int CHUNK = 10_000;

    private StockPlanStoreBench() {
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** Fills a new store in dir; answers how many order lines it wrote. */
    static long create(Path dir) {
        Random random = new Random(20261123);
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), clock())) {
            var dsl = s.store().dsl();
            StockRepository stock = new StockRepository(dsl);
            CatalogRepository catalog = new CatalogRepository(dsl);
            Map<String, Long> warehouses = stock.insertWarehouses(List.of(
                    new Warehouse(0, "W1", "上海仓", "上海市", "上海市", null, 1, true),
                    new Warehouse(0, "W2", "北京仓", "北京市", "北京市", null, 2, true),
                    new Warehouse(0, "W3", "广州仓", "广东省", "广州市", null, 3, true),
                    new Warehouse(0, "W4", "成都仓", "四川省", "成都市", null, 4, true)));
            long supplier = stock.insertSuppliers(List.of(new Supplier(0, "S1", "工厂", null, null, "浙江省", "杭州市",
                    7, "CNY"))).get("S1");
            long channel = new ChannelRepository(dsl).insertChannels(List.of(new Channel(0, "TM", "天猫",
                    ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true))).get("TM");
            long product = catalog.insertProducts(List.of(new Product(0, "BENCH", "Bench", null, null, List.of(), 0)))
                    .get("BENCH");
            List<Sku> skus = new ArrayList<>(SKUS);
            for (int i = 0; i < SKUS; i++) {
                skus.add(new Sku(0, product, code(i), null, "", Money.of("49.90", "CNY"), Money.of("30", "CNY"), null,
                        null, LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0));
            }
            Map<String, Long> ids = catalog.insertSkus(skus);
            List<OpeningBalance> balances = new ArrayList<>();
            List<StockSetting> settings = new ArrayList<>();
            for (int i = 0; i < SKUS; i++) {
                long sku = ids.get(code(i));
                for (long warehouse : warehouses.values()) {
                    balances.add(new OpeningBalance(sku, warehouse, random.nextInt(60), 0));
                    settings.add(new StockSetting(sku, warehouse, supplier, null, null, null, null, 1 + random.nextInt(3),
                            1, new BigDecimal("0.95")));
                }
            }
            new StockLedgerRepository(dsl).openPositions(balances, "bench", NOW);
            new StockSettingRepository(dsl).insertSettings(settings);
            return orders(new OrderRepository(dsl), channel, ids, random);
        }
    }

    private static long orders(OrderRepository orders, long channel, Map<String, Long> ids, Random random) {
        Money price = Money.of("49.90", "CNY");
        Money zero = Money.of("0", "CNY");
        long lines = 0;
        for (int from = 0; from < ORDERS; from += CHUNK) {
            List<Order> chunk = new ArrayList<>(CHUNK);
            for (int o = from; o < from + CHUNK; o++) {
                Instant placed = NOW.minus(Duration.ofMinutes(1 + random.nextInt(90 * 24 * 60)));
                List<OrderLine> orderLines = new ArrayList<>(2);
                for (int l = 1; l <= 2; l++) {
                    // Squared uniform: low SKU numbers sell far more often than high ones.
                    double u = random.nextDouble();
                    int i = (int) (u * u * SKUS);
                    int quantity = 1 + random.nextInt(2);
                    orderLines.add(new OrderLine(0, l, ids.get(code(i)), code(i), "Bench", LineKind.SALE, quantity,
                            price, price.times(quantity), false, null));
                }
                Money total = orderLines.stream().map(OrderLine::amount).reduce(zero, Money::plus);
                chunk.add(new Order(0, channel, "O" + o, null, OrderStatus.DELIVERED, false, placed, placed, null,
                        total, zero, zero, total, null, null, null, null, 0, orderLines));
                lines += orderLines.size();
            }
            orders.insertOrders(chunk, done -> { });
        }
        return lines;
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "S-%05d", i);
    }
}
