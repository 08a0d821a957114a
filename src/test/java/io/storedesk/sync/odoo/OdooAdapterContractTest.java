package io.storedesk.sync.odoo;

import io.storedesk.sync.ChannelAdapterContract;
import io.storedesk.sync.ChannelCredentials;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.PushMessage;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;

/** The Odoo adapter against FakeOdoo with the hand-written Odoo 17 payloads, three records a page. */
class OdooAdapterContractTest extends ChannelAdapterContract {

    @Override
    protected ChannelKind kind() {
        return ChannelKind.ODOO;
    }

    @Override
    protected Dispatcher remote() {
        return FakeOdoo.withFixtures();
    }

    @Override
    protected ChannelCredentials goodCredentials() {
        return OdooSamples.GOOD;
    }

    @Override
    protected ChannelCredentials wrongCredentials() {
        return OdooSamples.WRONG_KEY;
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of("page_size", "3");
    }

    @Override
    protected List<PushMessage> acceptedPushes(PushKind kind) {
        return switch (kind) {
            case PURCHASE_ORDER -> List.of(OdooSamples.purchaseOrder("po-1", "PO-2024-0042"),
                    OdooSamples.purchaseOrderByName("po-2", "PO-2024-0043"));
            case SALES_ORDER -> List.of(OdooSamples.salesOrder("so-1", "TAOBAO:100231"));
            default -> List.of();
        };
    }
}
