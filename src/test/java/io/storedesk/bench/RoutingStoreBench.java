package io.storedesk.bench;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.LifecycleStage;
import io.storedesk.catalog.Product;
import io.storedesk.catalog.Sku;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Money;
import io.storedesk.orders.Address;
import io.storedesk.orders.CarrierRepository;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.routing.CarrierCard;
import io.storedesk.orders.routing.RandomInstances;
import io.storedesk.orders.routing.RouteLine;
import io.storedesk.orders.routing.RouteOrder;
import io.storedesk.orders.routing.Site;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A store holding the routing engine's busy day (RandomInstances.batch: 100,000 paid orders, about 300,000
 * lines, 10 warehouses, 10 carriers, all 31 provinces) for the figure that includes reading the orders, stock
 * and rate cards and saving every parcel, hold and order status. Orders are marked reviewed, so the figure is
 * routing's own. A fresh empty store numbers rows from 1, so the batch's ids are the store's ids.
 */
final class RoutingStoreBench {

    private static final int CHUNK = 10_000;

    private final RandomInstances.Batch batch;

    RoutingStoreBench(RandomInstances.Batch batch) {
        this.batch = batch;
    }

    Clock clock() {
        return Clock.fixed(batch.now(), RandomInstances.ZONE);
    }

    /** Fills a new store in dir with the batch; answers the number of order lines. */
    long create(Path dir) {
        try (Services s = new Services(Store.open(StoreConfig.embedded(dir)), clock())) {
            var dsl = s.store().dsl();
            List<Warehouse> warehouses = new ArrayList<>();
            for (Site site : batch.network().sites()) {
                warehouses.add(new Warehouse(0, site.code(), site.name(), site.province(), site.province(), null,
                        site.priority(), true));
            }
            check(new StockRepository(dsl).insertWarehouses(warehouses).values(), batch.network().sites().size());
            List<Channel> channels = new ArrayList<>();
            for (int c = 1; c <= 3; c++) {
                channels.add(new Channel(0, "CH" + c, "渠道" + c, ChannelKind.MANUAL, "CNY", BigDecimal.ONE, 0, true));
            }
            new ChannelRepository(dsl).insertChannels(channels);
            CarrierRepository carriers = new CarrierRepository(dsl);
            Map<String, Long> carrierIds = carriers.insertCarriers(batch.network().carriers().stream()
                    .map(CarrierCard::carrier).map(c -> new io.storedesk.orders.Carrier(0, c.code(), c.name(),
                            c.service(), c.maxWeightGrams(), c.cutoffTime(), c.active())).toList());
            for (CarrierCard card : batch.network().carriers()) {
                long id = carrierIds.get(card.carrier().code());
                carriers.insertRates(card.rates().stream().map(r -> new io.storedesk.orders.CarrierRate(id,
                        r.originProvince(), r.destinationProvince(), r.firstWeightGrams(), r.firstPrice(),
                        r.extraPricePerKg(), r.transitDays())).toList());
                carriers.insertExclusions(card.exclusions().stream().map(e -> new io.storedesk.orders.CarrierExclusion(
                        id, e.province(), e.city(), e.reason())).toList());
            }
            int skus = skus(new CatalogRepository(dsl));
            List<OpeningBalance> balances = new ArrayList<>();
            for (long sku = 1; sku <= skus; sku++) {
                for (Site site : batch.network().sites()) {
                    int units = batch.stock().available(sku, site.id());
                    if (units > 0) {
                        balances.add(new OpeningBalance(sku, site.id(), units, 0));
                    }
                }
            }
            new StockLedgerRepository(dsl).openPositions(balances, "bench", batch.now());
            long lines = orders(new OrderRepository(dsl));
            dsl.execute("UPDATE orders SET reviewed_at = CURRENT_TIMESTAMP, reviewed_by = 'bench'");
            return lines;
        }
    }

    private int skus(CatalogRepository catalog) {
        Map<Long, Integer> weights = new java.util.HashMap<>();
        long highest = 0;
        for (RouteOrder order : batch.orders()) {
            for (RouteLine line : order.lines()) {
                if (line.skuId() != null) {
                    weights.put(line.skuId(), line.unitWeightGrams());
                    highest = Math.max(highest, line.skuId());
                }
            }
        }
        long product = catalog.insertProducts(List.of(new Product(0, "BENCH", "Bench", null, null, List.of(), 0)))
                .get("BENCH");
        List<Sku> skus = new ArrayList<>();
        for (long sku = 1; sku <= highest; sku++) {
            skus.add(new Sku(0, product, "SKU-" + sku, null, "", Money.of("49.90", "CNY"), null, weights.get(sku), null,
                    LifecycleStage.MATURE, true, SkuKind.GOODS, false, 0));
        }
        check(catalog.insertSkus(skus).values(), skus.size());
        return skus.size();
    }

    private long orders(OrderRepository orders) {
        Money price = Money.of("49.90", "CNY");
        Money zero = Money.of("0", "CNY");
        long lines = 0;
        for (int from = 0; from < batch.orders().size(); from += CHUNK) {
            List<Order> chunk = new ArrayList<>(CHUNK);
            for (RouteOrder o : batch.orders().subList(from, Math.min(batch.orders().size(), from + CHUNK))) {
                List<OrderLine> orderLines = new ArrayList<>();
                int no = 1;
                for (RouteLine l : o.lines()) {
                    orderLines.add(new OrderLine(0, no++, l.skuId(), l.skuCode(), "Bench", LineKind.SALE, l.quantity(),
                            price, price.times(l.quantity()), l.presale(), null));
                }
                Money total = orderLines.stream().map(OrderLine::amount).reduce(zero, Money::plus);
                Instant placed = o.paidAt() == null ? batch.now().minusSeconds(3_600) : o.paidAt();
                chunk.add(new Order(0, o.channelId(), "R" + o.orderId(), null,
                        o.paidAt() == null ? OrderStatus.PENDING_PAYMENT : OrderStatus.PAID, false, placed, o.paidAt(),
                        o.promisedDays(), total, zero, zero, total, null, new Address("买家", "13800000000", "中国",
                        o.province(), o.city(), null, "长江路1号"), null, null, 0, orderLines));
                lines += orderLines.size();
            }
            orders.insertOrders(chunk, done -> { });
        }
        return lines;
    }

    private static void check(java.util.Collection<Long> ids, int expected) {
        Set<Long> wanted = new HashSet<>();
        for (long id = 1; id <= expected; id++) {
            wanted.add(id);
        }
        if (!new HashSet<>(ids).equals(wanted)) {
            throw new IllegalStateException("a fresh store should number rows 1.." + expected + ", got " + ids);
        }
    }

    static String describe(io.storedesk.orders.routing.RouteSummary s) {
        return String.format(Locale.ROOT, "%,d orders, %,d routed, %,d parcels, %,d held or backordered", s.orders(),
                s.routed(), s.shipments(), s.notRouted());
    }
}
