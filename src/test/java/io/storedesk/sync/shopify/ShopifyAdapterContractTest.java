package io.storedesk.sync.shopify;

import io.storedesk.sync.ChannelAdapterContract;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.List;
import mockwebserver3.Dispatcher;

class ShopifyAdapterContractTest extends ChannelAdapterContract {

    @Override
    protected ChannelKind kind() {
        return ChannelKind.SHOPIFY;
    }

    @Override
    protected Dispatcher remote() {
        return FakeShopify.standardStore();
    }

    @Override
    protected ChannelCredentials goodCredentials() {
        return new ChannelCredentials(null, FakeShopify.TOKEN, null);
    }

    @Override
    protected ChannelCredentials wrongCredentials() {
        return new ChannelCredentials(null, FakeShopify.WRONG_TOKEN, null);
    }

    @Override
    protected List<PushMessage> acceptedPushes(PushKind kind) {
        return switch (kind) {
            case STOCK_LEVEL -> List.of(new StockLevelPush("stock-1", "IPOD2008PINK", "632910392", "808950810",
                    "808950810", 7), new StockLevelPush("stock-2", "IPOD2008GREEN", "632910392", "39072856", "39072856", 0));
            case FULFILMENT -> List.of(new FulfilmentPush("ship-1", "450789469", "UPS", "1Z9999W99999999999",
                    List.of(new FulfilmentPush.Line("466157049", "IPOD2008GREEN", 1))));
            default -> List.of();
        };
    }
}
