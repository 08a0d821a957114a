package io.storedesk.sync.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.sync.engine.SyncHttp;
import io.storedesk.sync.engine.SyncProgress;
import io.storedesk.sync.engine.SyncRunReport;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.inbound.InboundUpserts;
import io.storedesk.testing.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole way from a Shopify-shaped server into the store: the real adapter on the paced, retrying transport,
 * the engine, and the inbound upserts, on an empty store (FakeShopify's fixture shop: three orders on two pages,
 * two of them with a refund, four products on two pages).
 */
class ShopifySyncEndToEndTest {

    private final MockWebServer server = new MockWebServer();
    private Services services;
    private SyncServices sync;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(FakeShopify.standardStore());
        server.start();
        services = TestStores.emptyInMemory();
        Path keys = TestStores.newDirectory();
        CredentialVault vault = new CredentialVault(services.store().config().dataDirectory().resolve("secrets")
                .resolve("channel-secrets.json"), new VaultKey(keys.resolve("vault.key")));
        Map<String, String> environment = Map.of("SHOPIFY_TOKEN", FakeShopify.TOKEN);
        sync = new SyncServices(services.store(), new SyncServices.Parts(ChannelAdapters.load(),
                new ChannelSecrets(vault, environment::get), SyncHttp.standard(), InboundUpserts.create(services)),
                services.channelStock(), services.audit(), services.shop(), services.clock(), services.access());
    }

    @AfterEach
    void stop() {
        sync.close();
        services.close();
        server.close();
    }

    @Test
    void aShopifyShopsOrdersListingsAndRefundsLandInTheStoreAndASecondRunChangesNothing() {
        String code = sync.channels().add(new NewChannel(ChannelKind.SHOPIFY, "Apple Computers",
                server.url("/").toString().replaceAll("/$", ""), "USD",
                new NewChannel.FromEnvironment(null, "SHOPIFY_TOKEN"), Map.of()), "tester").channel().code();
        assertThat(sync.channels().test(code).ok()).isTrue();

        SyncRunReport first = sync.engine().run(code, SyncProgress.NONE);

        assertThat(first.errors()).isEmpty();
        assertThat(first.pulled().get(SyncResource.ORDERS).created()).isEqualTo(3);
        assertThat(first.pulled().get(SyncResource.ORDERS).complete()).isTrue();
        DSLContext dsl = services.store().dsl();
        long channelId = sync.channels().find(code).channel().id();
        assertThat(count(dsl, "SELECT COUNT(*) FROM orders WHERE channel_id = " + channelId)).isEqualTo(3);
        assertThat(count(dsl, "SELECT COUNT(*) FROM channel_sku WHERE channel_id = " + channelId)).isPositive();
        long refunds = count(dsl, "SELECT COUNT(DISTINCT r.external_id) FROM refund r JOIN orders o "
                + "ON o.id = r.order_id WHERE o.channel_id = " + channelId);
        assertThat(refunds).isPositive();
        assertThat(count(dsl, "SELECT COUNT(*) FROM sync_cursor WHERE channel_id = " + channelId
                + " AND page_token IS NULL AND cursor_value IS NOT NULL")).isEqualTo(4);   // every resource done

        String before = snapshot(dsl, channelId);
        SyncRunReport second = sync.engine().run(code, SyncProgress.NONE);

        assertThat(second.errors()).isEmpty();
        assertThat(second.pulled().get(SyncResource.ORDERS).created()).isZero();
        assertThat(snapshot(dsl, channelId)).isEqualTo(before);
    }

    @Test
    void paidOrdersArePassedOnToTheErpOnceAsSalesOrders() {
        String code = sync.channels().add(new NewChannel(ChannelKind.SHOPIFY, "Apple Computers",
                server.url("/").toString().replaceAll("/$", ""), "USD",
                new NewChannel.FromEnvironment(null, "SHOPIFY_TOKEN"), Map.of()), "tester").channel().code();
        long erp = sync.channels().add(new NewChannel(ChannelKind.ODOO, "Odoo", "http://127.0.0.1:9", "USD",
                new NewChannel.NoSignIn(), Map.of("database", "shop")), "tester").channel().id();

        sync.engine().run(code, java.util.EnumSet.of(SyncResource.PRODUCTS, SyncResource.ORDERS), SyncProgress.NONE);
        sync.engine().run(code, java.util.EnumSet.of(SyncResource.ORDERS), SyncProgress.NONE);   // the same again

        DSLContext dsl = services.store().dsl();
        long channelId = sync.channels().find(code).channel().id();
        long paid = count(dsl, "SELECT COUNT(*) FROM orders WHERE channel_id = " + channelId
                + " AND status IN ('PAID', 'SHIPPED', 'DELIVERED')");
        assertThat(paid).isPositive();
        assertThat(count(dsl, "SELECT COUNT(*) FROM outbox WHERE channel_id = " + erp + " AND kind = 'SALES_ORDER'"))
                .isEqualTo(paid);
        assertThat(count(dsl, "SELECT COUNT(*) FROM orders WHERE channel_id = " + channelId)).isGreaterThan(paid);
    }

    private static long count(DSLContext dsl, String sql) {
        return ((Number) dsl.fetchValue(sql)).longValue();
    }

    /** What the channel's orders, lines and refunds say, to compare two runs. */
    private static String snapshot(DSLContext dsl, long channelId) {
        return dsl.fetch("SELECT o.external_id, o.status, o.total_amount, o.version, COUNT(l.id), "
                + "(SELECT COUNT(*) FROM refund r WHERE r.order_id = o.id) FROM orders o "
                + "JOIN order_line l ON l.order_id = o.id WHERE o.channel_id = ? "
                + "GROUP BY o.id, o.external_id, o.status, o.total_amount, o.version ORDER BY o.external_id",
                channelId).formatCSV();
    }
}
