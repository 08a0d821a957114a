package io.storedesk.store.backup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.Services;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.StockChange;
import io.storedesk.sync.ChannelAdapters;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.credentials.ChannelSecrets;
import io.storedesk.sync.credentials.CredentialVault;
import io.storedesk.sync.credentials.VaultKey;
import io.storedesk.sync.engine.NewChannel;
import io.storedesk.sync.engine.SyncHttp;
import io.storedesk.sync.engine.SyncProgress;
import io.storedesk.sync.engine.SyncServices;
import io.storedesk.sync.inbound.InboundUpserts;
import io.storedesk.sync.shopify.FakeShopify;
import io.storedesk.sync.shopify.ShopifyFixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;

/**
 * Child process of the sync kill test: against a Shopify-shaped server of its own (FakeShopify on
 * MockWebServer, selling the fixtures' iPod in four colours), it adds a shop, syncs it whole (products, orders on two pages, stock, refunds; the changed
 * levels queued and pushed), receives a unit of each listed SKU and syncs again (those levels queued and
 * pushed), over and over with a new shop each time, until it is killed.
 */
public final class KillTestSyncWorker {

    static final String TOKEN_VARIABLE = "SHOPIFY_TOKEN";

    private KillTestSyncWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        Path keys = Path.of(args[1]);
        int first = Integer.parseInt(args[2]);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(FakeShopify.standardStore().pages("products.json", "{\"products\":["
                    + activeProduct() + "]}"));
            server.start();
            String url = server.url("/").toString().replaceAll("/$", "");
            try (Services services = new Services(KillTestWorker.openStore(dataDirectory), Clock.systemUTC());
                 SyncServices sync = sync(services, keys)) {
                long warehouse = warehouse(services);
                System.out.println("READY " + services.store().config().displayUrl());
                for (int i = first; ; i++) {
                    String code = sync.channels().add(new NewChannel(ChannelKind.SHOPIFY, "KT shop " + i, url, "USD",
                            new NewChannel.FromEnvironment(null, TOKEN_VARIABLE), Map.of()), "killtest")
                            .channel().code();
                    System.out.println("CHANNEL " + i);
                    sync.engine().run(code, SyncProgress.NONE);
                    System.out.println("PULLED " + i);
                    for (long sku : listed(services, code)) {
                        services.stockLedger().receive(StockChange.of(new PositionKey(sku, warehouse), 1),
                                "killtest");
                    }
                    System.out.println("RECEIVED " + i);
                    sync.engine().run(code, EnumSet.of(SyncResource.ORDERS), SyncProgress.NONE);
                    System.out.println("PUSHED " + i);
                }
            }
        }
    }

    /** The fixtures' iPod with its four variants, on sale and with inventory items, so its levels are pushed. */
    private static ObjectNode activeProduct() {
        ObjectNode product = (ObjectNode) ShopifyFixtures.tree("product.json").get("product").deepCopy();
        product.put("status", "active");
        for (int v = 0; v < product.get("variants").size(); v++) {
            ((ObjectNode) product.get("variants").get(v)).put("inventory_item_id", 39_072_850L + v);
        }
        return product;
    }

    static SyncServices sync(Services services, Path keys) {
        CredentialVault vault = new CredentialVault(services.store().config().dataDirectory().resolve("secrets")
                .resolve("channel-secrets.json"), new VaultKey(keys.resolve("vault.key")));
        Map<String, String> environment = Map.of(TOKEN_VARIABLE, FakeShopify.TOKEN);
        return new SyncServices(services.store(), new SyncServices.Parts(ChannelAdapters.load(),
                new ChannelSecrets(vault, environment::get), SyncHttp.standard(), InboundUpserts.create(services)),
                services.channelStock(), services.audit(), services.shop(), services.clock(), services.access());
    }

    private static long warehouse(Services services) throws SQLException {
        List<Long> ids = ids(services, "SELECT id FROM warehouse WHERE code = ?", KillTestWorker.WAREHOUSE);
        return ids.get(0);
    }

    private static List<Long> listed(Services services, String channelCode) throws SQLException {
        return ids(services, "SELECT s.sku_id FROM channel_sku s JOIN channel c ON c.id = s.channel_id "
                + "WHERE c.code = ? ORDER BY s.sku_id", channelCode);
    }

    private static List<Long> ids(Services services, String sql, String parameter) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = services.store().dataSource().getConnection();
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }
}
