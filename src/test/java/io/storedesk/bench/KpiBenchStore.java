package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.orders.Address;
import io.storedesk.orders.Customer;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.Warehouse;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.ChannelRepository;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The KPI benchmark's store: 500,000 orders of 2 lines (1,000,000 order lines) over the last 90 days, shaped like
 * a shop rather than a single column of numbers, so the rollups have something to roll up by: 3 channels, 31
 * provinces, 4 warehouses (an order ships from one, 1 in 10 from two), 25,000 SKUs in 50 products over 10
 * categories (bestsellers skewed as in StockPlanStoreBench), 150,000 identified buyers placing 60 % of the orders
 * (the rest are guests), 3 % of the orders refunded, and 100,000 stock positions. Deterministic (seeded).
 */
final class KpiBenchStore {

    static final int SKUS = 25_000;
    static final int ORDERS = 500_000;
    static final int CUSTOMERS = 150_000;
    private static final int CHUNK = 10_000;
    private static final String[] PROVINCES = {"北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省",
        "黑龙江省", "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
        "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
        "宁夏回族自治区", "新疆维吾尔自治区"};

    private KpiBenchStore() {
    }

    /** Fills a new store in dir; answers how many order lines it wrote. */
    static long create(Path dir) {
        Random random = new Random(20261124);
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), StockPlanStoreBench.clock())) {
            var dsl = s.store().dsl();
            StockRepository stock = new StockRepository(dsl);
            CatalogRepository catalog = new CatalogRepository(dsl);
            Map<String, Long> warehouses = stock.insertWarehouses(List.of(
                    new Warehouse(0, "W1", "上海仓", "上海市", "上海市", null, 1, true),
                    new Warehouse(0, "W2", "北京仓", "北京市", "北京市", null, 2, true),
                    new Warehouse(0, "W3", "广州仓", "广东省", "广州市", null, 3, true),
                    new Warehouse(0, "W4", "成都仓", "四川省", "成都市", null, 4, true)));
            long[] warehouseIds = warehouses.values().stream().mapToLong(Long::longValue).sorted().toArray();
            Map<String, Long> channels = new ChannelRepository(dsl).insertChannels(List.of(
                    new Channel(0, "TM", "天猫", ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true),
                    new Channel(0, "JD", "京东", ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true),
                    new Channel(0, "DY", "抖音", ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true)));
            long[] channelIds = {channels.get("TM"), channels.get("JD"), channels.get("DY")};
            List<Category> categories = new ArrayList<>();
            for (int c = 0; c < 10; c++) {
                categories.add(new Category(0, null, "C" + c, "类目" + c, c));
            }
            Map<String, Long> categoryIds = catalog.insertCategories(categories);
            List<Product> products = new ArrayList<>();
            for (int p = 0; p < 50; p++) {
                products.add(new Product(0, "P" + p, "Product " + p, categoryIds.get("C" + (p % 10)), null, List.of(),
                        0));
            }
            Map<String, Long> productIds = catalog.insertProducts(products);
            List<Sku> skus = new ArrayList<>(SKUS);
            for (int i = 0; i < SKUS; i++) {
                // Every 10th SKU has no cost, so gross margin covers part of the sales.
                skus.add(new Sku(0, productIds.get("P" + (i % 50)), code(i), null, "", Money.of("49.90", "CNY"),
                        i % 10 == 9 ? null : Money.of("30", "CNY"), null, null, LifecycleStage.MATURE, true,
                        SkuKind.GOODS, false, 0));
            }
            Map<String, Long> skuIds = catalog.insertSkus(skus);
            List<OpeningBalance> balances = new ArrayList<>();
            for (int i = 0; i < SKUS; i++) {
                for (long warehouse : warehouseIds) {
                    balances.add(new OpeningBalance(skuIds.get(code(i)), warehouse, random.nextInt(60), 0));
                }
            }
            new StockLedgerRepository(dsl).openPositions(balances, "bench", StockPlanStoreBench.NOW);
            OrderRepository orders = new OrderRepository(dsl);
            List<Customer> customers = new ArrayList<>(CUSTOMERS);
            for (int c = 0; c < CUSTOMERS; c++) {
                customers.add(new Customer(0, channelIds[c % 3], "U" + c, "买家" + c, null, null, null, null, null));
            }
            Map<ExternalKey, Long> customerIds = orders.insertCustomers(customers);
            long[] customerOf = new long[CUSTOMERS];
            for (int c = 0; c < CUSTOMERS; c++) {
                customerOf[c] = customerIds.get(new ExternalKey(channelIds[c % 3], "U" + c));
            }
            return orders(orders, channelIds, warehouseIds, customerOf, skuIds, random);
        }
    }

    private static long orders(OrderRepository orders, long[] channels, long[] warehouses, long[] customers,
                               Map<String, Long> skuIds, Random random) {
        Money price = Money.of("49.90", "CNY");
        Money zero = Money.of("0", "CNY");
        long lines = 0;
        for (int from = 0; from < ORDERS; from += CHUNK) {
            List<Order> chunk = new ArrayList<>(CHUNK);
            List<Integer> refunded = new ArrayList<>();
            for (int o = from; o < from + CHUNK; o++) {
                Instant placed = StockPlanStoreBench.NOW.minus(Duration.ofMinutes(1 + random.nextInt(90 * 24 * 60)));
                // 60 % identified; a buyer belongs to the channel they signed up on.
                Long customer = null;
                long channel = channels[random.nextInt(3)];
                if (random.nextInt(10) < 6) {
                    int c = random.nextInt(CUSTOMERS);
                    customer = customers[c];
                    channel = channels[c % 3];
                }
                long warehouse = warehouses[random.nextInt(warehouses.length)];
                List<OrderLine> orderLines = new ArrayList<>(2);
                for (int l = 1; l <= 2; l++) {
                    double u = random.nextDouble();
                    int i = (int) (u * u * SKUS);
                    int quantity = 1 + random.nextInt(2);
                    long lineWarehouse = l == 2 && random.nextInt(10) == 0
                            ? warehouses[random.nextInt(warehouses.length)] : warehouse;
                    orderLines.add(new OrderLine(0, l, skuIds.get(code(i)), code(i), "Bench", LineKind.SALE, quantity,
                            price, price.times(quantity), false, lineWarehouse));
                }
                Money total = orderLines.stream().map(OrderLine::amount).reduce(zero, Money::plus);
                String province = PROVINCES[(int) (Math.pow(random.nextDouble(), 2) * PROVINCES.length)];
                chunk.add(new Order(0, channel, "O" + o, customer, OrderStatus.DELIVERED, false, placed, placed, null,
                        total, zero, zero, total, null, new Address(null, null, "中国", province, "某市", null, "x"),
                        null, null, 0, orderLines));
                if (random.nextInt(100) < 3) {
                    refunded.add(o);
                }
                lines += orderLines.size();
            }
            Map<ExternalKey, Long> ids = orders.insertOrders(chunk, done -> { });
            List<Refund> refunds = new ArrayList<>();
            for (int o : refunded) {
                Order order = chunk.get(o - from);
                refunds.add(new Refund(0, ids.get(new ExternalKey(order.channelId(), "O" + o)), null, null, "R" + o,
                        RefundKind.REFUND_ONLY, 0, price, "DAMAGED", order.placedAt().plus(Duration.ofDays(2))));
            }
            orders.insertRefunds(refunds);
        }
        return lines;
    }

    private static String code(int i) {
        return String.format(Locale.ROOT, "S-%05d", i);
    }
}
