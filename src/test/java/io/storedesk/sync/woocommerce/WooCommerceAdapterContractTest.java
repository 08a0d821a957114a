package io.storedesk.sync.woocommerce;

import io.storedesk.sync.ChannelAdapterContract;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;

/** The WooCommerce adapter against a local shop built from the REST API docs' payloads, two records a page. */
class WooCommerceAdapterContractTest extends ChannelAdapterContract {

    @Override
    protected ChannelKind kind() {
        return ChannelKind.WOOCOMMERCE;
    }

    @Override
    protected Dispatcher remote() {
        return FakeWooShop.standard();
    }

    @Override
    protected ChannelCredentials goodCredentials() {
        return new ChannelCredentials(FakeWooShop.KEY, FakeWooShop.SECRET, null);
    }

    @Override
    protected ChannelCredentials wrongCredentials() {
        return new ChannelCredentials(FakeWooShop.KEY, "cs_0000000000000000000000000000000000000000", null);
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("perPage", "2");
    }

    @Override
    protected List<PushMessage> acceptedPushes(PushKind kind) {
        return switch (kind) {
            case STOCK_LEVEL -> List.of(
                    new StockLevelPush("stock-1", "PREMIUM-Q", "794", "794", null, 7),
                    new StockLevelPush("stock-2", "SHIP-IDEA-GREEN", "799", "733", null, 3),
                    new StockLevelPush("stock-3", "PREMIUM-2", null, null, null, 0));
            case FULFILMENT -> List.of(new FulfilmentPush("ship-727", "727", "UPS", "1Z999AA10123456784",
                    List.of(new FulfilmentPush.Line("315", null, 2), new FulfilmentPush.Line("316", "Bar3", 1))));
            default -> List.of();
        };
    }
}
