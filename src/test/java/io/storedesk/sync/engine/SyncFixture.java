package io.storedesk.sync.engine;

import static io.storedesk.store.schema.Tables.CHANNEL_SKU;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.STOCK_LEVEL;
import static io.storedesk.store.schema.Tables.WAREHOUSE;

import io.storedesk.Services;
import io.storedesk.store.Transactions;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.sync.outbox.OutboxPusher;
import io.storedesk.sync.outbox.OutboxRepository;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** An empty store with the sync services built on the fake adapter, a fake inbound store and a test vault. */
final class SyncFixture implements AutoCloseable {

    final Services services;
    final FakeInboundStore inbound = new FakeInboundStore();
    final Map<String, String> environment = new HashMap<>();
    final Path keyDirectory = TestStores.newDirectory();
    final SyncServices sync;

    SyncFixture() {
        this(TestStores.emptyInMemory());
    }

    SyncFixture(Services services) {
        this.services = services;
        Path dataDirectory = services.store().config().dataDirectory();
        CredentialVault vault = new CredentialVault(dataDirectory.resolve("secrets").resolve("channel-secrets.json"),
                new VaultKey(keyDirectory.resolve("vault.key")));
        this.sync = new SyncServices(services.store(), new SyncServices.Parts(ChannelAdapters.load(),
                new ChannelSecrets(vault, environment::get), SyncHttp.standard(), inbound), services.channelStock(),
                services.audit(), services.shop(), services.clock(), services.access());
    }

    /** A MANUAL (fake adapter) channel on the remote, without sign-in; returns its code. */
    String channel(String name, FakeRemote remote) {
        return sync.channels().add(new NewChannel(ChannelKind.MANUAL, name, remote.baseUrl, "CNY",
                new NewChannel.NoSignIn(), Map.of()), "tester").channel().code();
    }

    long channelId(String code) {
        return sync.channels().find(code).channel().id();
    }

    DSLContext dsl() {
        return services.store().dsl();
    }

    /** A pusher whose marking transaction dies once (as if the app were killed after the remote's receipt). */
    OutboxPusher pusherThatDiesBeforeMarking() {
        Transactions store = services.store();
        boolean[] died = {false};
        Transactions dying = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                if (!died[0]) {
                    died[0] = true;
                    throw new IllegalStateException("killed before marking");
                }
                return store.inTransaction(work);
            }
        };
        return new OutboxPusher(new OutboxRepository(dsl()), dying, services.clock());
    }

    /**
     * count SKUs S01.. with 10 on hand and 2 reserved in one warehouse (8 available each), each listed on the
     * channel as EXT-S01..; returns the SKU ids in order.
     */
    List<Long> listedSkus(String channelCode, int count) {
        DSLContext dsl = dsl();
        long warehouse = dsl.insertInto(WAREHOUSE, WAREHOUSE.CODE, WAREHOUSE.NAME, WAREHOUSE.PROVINCE, WAREHOUSE.CITY)
                .values("WH1", "Warehouse 1", "上海", "上海").returning(WAREHOUSE.ID).fetchOne().getId();
        long product = dsl.insertInto(PRODUCT, PRODUCT.CODE, PRODUCT.TITLE).values("P1", "Product 1")
                .returning(PRODUCT.ID).fetchOne().getId();
        long channel = channelId(channelCode);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = String.format("S%02d", i);
            long sku = dsl.insertInto(SKU, SKU.PRODUCT_ID, SKU.CODE, SKU.PRICE).values(product, code, BigDecimal.TEN)
                    .returning(SKU.ID).fetchOne().getId();
            dsl.insertInto(STOCK_LEVEL, STOCK_LEVEL.SKU_ID, STOCK_LEVEL.WAREHOUSE_ID, STOCK_LEVEL.ON_HAND,
                    STOCK_LEVEL.RESERVED).values(sku, warehouse, 10, 2).execute();
            dsl.insertInto(CHANNEL_SKU, CHANNEL_SKU.CHANNEL_ID, CHANNEL_SKU.SKU_ID, CHANNEL_SKU.EXTERNAL_SKU,
                    CHANNEL_SKU.EXTERNAL_ITEM_ID).values(channel, sku, "EXT-" + code, "item-" + code).execute();
            ids.add(sku);
        }
        return ids;
    }

    void reserve(long skuId, int reserved) {
        dsl().update(STOCK_LEVEL).set(STOCK_LEVEL.RESERVED, reserved).where(STOCK_LEVEL.SKU_ID.eq(skuId)).execute();
    }

    @Override
    public void close() {
        sync.close();
        services.close();
    }
}
