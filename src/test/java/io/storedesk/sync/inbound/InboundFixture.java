package io.storedesk.sync.inbound;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.store.Store;
import io.storedesk.store.StoreConfig;
import io.storedesk.sync.Channel;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteRecord;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** A copy of the demo shop with the inbound upserts on it, and short ways to write channel records. */
final class InboundFixture implements AutoCloseable {

    static final Instant T0 = Instant.parse("2024-11-11T02:00:00Z");

    final Services services = new Services(Store.open(StoreConfig.embedded(TestStores.copyOfDemo())),
            TestStores.DEMO_CLOCK);
    final DSLContext dsl = services.store().dsl();
    final InboundUpserts upserts = InboundUpserts.create(services, new Messages(Messages.ENGLISH));
    final Channel shopify = new ChannelRepository(dsl).findByCode("SHOPIFY").orElseThrow();
    private long runs;

    InboundResult store(Channel channel, SyncResource resource, List<? extends RemoteRecord> records) {
        return upserts.store(channel, resource, List.copyOf(records), ++runs, T0.plusSeconds(runs));
    }

    InboundResult orders(RemoteOrder... orders) {
        return store(shopify, SyncResource.ORDERS, List.of(orders));
    }

    /** A goods SKU of the demo with at least this many units available in one warehouse: {skuId, warehouseId}. */
    long[] stockedSku(int units) {
        var r = dsl.fetchOne("SELECT l.sku_id, l.warehouse_id FROM stock_level l JOIN sku s ON s.id = l.sku_id"
                + " WHERE s.kind = 'GOODS' AND s.bundle = FALSE AND l.on_hand - l.reserved >= " + units
                + " ORDER BY s.code, l.warehouse_id LIMIT 1");
        return new long[] {r.get(0, Long.class), r.get(1, Long.class)};
    }

    String skuCode(long skuId) {
        return (String) dsl.fetchValue("SELECT code FROM sku WHERE id = " + skuId);
    }

    Object value(String sql) {
        return dsl.fetchValue(sql);
    }

    int count(String sql) {
        return ((Number) dsl.fetchValue(sql)).intValue();
    }

    static RemoteOrderLine line(String id, String sku, int quantity, String price, String discount) {
        return new RemoteOrderLine(id, sku, "Item " + sku, quantity, new BigDecimal(price), new BigDecimal(discount));
    }

    static RemoteOrder order(String id, RemoteOrderStatus status, Instant updatedAt, List<RemoteOrderLine> lines) {
        return order(id, status, updatedAt, "广州市", lines);
    }

    static RemoteOrder order(String id, RemoteOrderStatus status, Instant updatedAt, String city,
                             List<RemoteOrderLine> lines) {
        return new RemoteOrder(id, "#" + id, status, status.name().toLowerCase(), T0, status == RemoteOrderStatus.PENDING_PAYMENT
                ? null : T0.plusSeconds(60), updatedAt, "CNY", BigDecimal.ZERO, BigDecimal.ZERO, null, null,
                new RemoteCustomer("C-" + id, "买家" + id, "13800138000", "b" + id + "@example.com"),
                new RemoteAddress("收货人", "13800138000", "CN", "GD", city, "天河区", "体育西路 1 号"), lines);
    }

    @Override
    public void close() {
        services.close();
    }
}
