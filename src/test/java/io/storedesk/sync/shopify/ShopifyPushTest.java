package io.storedesk.sync.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ShopifyPushTest extends ShopifyServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aStockLevelIsSetAbsoluteAtTheFirstActiveLocationWithItsIdempotencyKey() throws Exception {
        store = FakeShopify.standardStore();

        List<PushReceipt> receipts = adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("stock-7", "IPOD2008PINK", "632910392", "808950810", "808950810", 7)));

        assertThat(receipts).containsExactly(PushReceipt.accepted("stock-7", "808950810"));
        RecordedRequest set = store.requests("POST", "inventory_levels/set.json").get(0);
        assertThat(set.getHeaders().get("Idempotency-Key")).isEqualTo("stock-7");
        assertThat(JSON.readTree(set.getBody().utf8())).isEqualTo(JSON.readTree(
                "{\"location_id\":487838322,\"inventory_item_id\":808950810,\"available\":7}"));
    }

    @Test
    void theConfiguredLocationIsUsedWithoutAskingForLocations() {
        store = FakeShopify.standardStore();
        settings = Map.of("locationId", "1034478814");

        adapter().push(PushKind.STOCK_LEVEL, List.of(new StockLevelPush("k", "IPOD2008PINK", null, null, "808950810", 1)));

        assertThat(store.requests("GET", "locations.json")).isEmpty();
        assertThat(store.requests("POST", "inventory_levels/set.json").get(0).getBody().utf8())
                .contains("\"location_id\":1034478814");
    }

    @Test
    void aStockLevelWithoutAnItemIdIsLookedUpBySkuInTheCatalogue() {
        var product = (ObjectNode) ShopifyFixtures.tree("product.json").get("product");
        ((ObjectNode) product.get("variants").get(2)).put("inventory_item_id", 39072856L);
        store = FakeShopify.standardStore().pages("products.json", ShopifyFixtures.productsPage(0, 1),
                "{\"products\":[" + product + "]}");

        List<PushReceipt> receipts = adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("a", "IPOD2008GREEN", null, null, null, 3),
                new StockLevelPush("b", "NO-SUCH-SKU", null, null, null, 3)));

        assertThat(receipts).containsExactly(PushReceipt.accepted("a", "39072856"),
                PushReceipt.refused("b", "Shopify has no variant with SKU NO-SUCH-SKU"));
        assertThat(store.requests("GET", "products.json")).hasSize(2);
    }

    @Test
    void a422OnOneMessageIsARefusalWithShopifysWordsAndTheOthersGoOn() {
        store = FakeShopify.standardStore();
        int[] calls = {0};
        store.replace("inventory_levels/set.json", () -> ++calls[0] == 1
                ? FakeShopify.json(422, "{\"errors\":[\"Inventory item does not have inventory tracking enabled\"]}")
                : FakeShopify.json(200, "{\"inventory_level\":{\"inventory_item_id\":39072856,\"available\":2}}"));

        List<PushReceipt> receipts = adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("untracked", "IPOD2008PINK", null, null, "808950810", 1),
                new StockLevelPush("tracked", "IPOD2008GREEN", null, null, "39072856", 2)));

        assertThat(receipts).containsExactly(
                PushReceipt.refused("untracked", "Inventory item does not have inventory tracking enabled"),
                PushReceipt.accepted("tracked", "39072856"));
    }

    @Test
    void aServerFaultOnAPushIsThrownForTheWholeCall() {
        store = FakeShopify.standardStore();
        store.replace("inventory_levels/set.json", () -> FakeShopify.json(503, "{\"errors\":\"Service Unavailable\"}"));

        assertThatThrownBy(() -> adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("k", "IPOD2008PINK", null, null, "808950810", 1))))
                .isInstanceOfSatisfying(RemoteFault.class, f -> assertThat(f.kind()).isEqualTo(RemoteFault.Kind.SERVER));
    }

    @Test
    void aFulfilmentIsCreatedFromTheOpenFulfilmentOrderWithoutAnIdempotencyRetryKey() throws Exception {
        store = FakeShopify.standardStore();

        List<PushReceipt> receipts = adapter().push(PushKind.FULFILMENT, List.of(new FulfilmentPush("ship-1",
                "450789469", "UPS", "1Z9999", List.of(new FulfilmentPush.Line(null, "IPOD2008RED", 1),
                new FulfilmentPush.Line("466157049", "IPOD2008GREEN", 1)))));

        assertThat(receipts).containsExactly(PushReceipt.accepted("ship-1", "255858046"));
        RecordedRequest created = store.requests("POST", "fulfillments.json").get(0);
        assertThat(created.getHeaders().get("Idempotency-Key")).isNull();
        JsonNode body = JSON.readTree(created.getBody().utf8()).get("fulfillment");
        assertThat(body.get("tracking_info")).isEqualTo(JSON.readTree("{\"number\":\"1Z9999\",\"company\":\"UPS\"}"));
        assertThat(body.get("line_items_by_fulfillment_order")).isEqualTo(JSON.readTree(
                "[{\"fulfillment_order_id\":1046000778,\"fulfillment_order_line_items\":"
                        + "[{\"id\":1025578634,\"quantity\":1},{\"id\":1025578633,\"quantity\":1}]}]"));
    }

    @Test
    void aFulfilmentPushedAgainIsRecognisedByItsTrackingNumberAndNotCreatedTwice() {
        store = FakeShopify.standardStore().answer("orders/450789469/fulfillments.json",
                "{\"fulfillments\":[" + ShopifyFixtures.tree("fulfillment.json").get("fulfillment") + "]}");

        List<PushReceipt> receipts = adapter().push(PushKind.FULFILMENT, List.of(new FulfilmentPush("ship-1",
                "450789469", "UPS", "1Z2345", List.of(new FulfilmentPush.Line("466157049", "IPOD2008GREEN", 1)))));

        assertThat(receipts).containsExactly(PushReceipt.accepted("ship-1", "255858046"));
        assertThat(store.requests("POST", "fulfillments.json")).isEmpty();
    }

    @Test
    void aFailedFulfilmentWithTheSameTrackingNumberDoesNotCountAsShipped() {
        // order.json's own fulfilment with tracking 1Z2345 has status "failure"
        store = FakeShopify.standardStore();

        adapter().push(PushKind.FULFILMENT, List.of(new FulfilmentPush("ship-1", "450789469", "UPS", "1Z2345",
                List.of(new FulfilmentPush.Line("466157049", "IPOD2008GREEN", 1)))));

        assertThat(store.requests("POST", "fulfillments.json")).hasSize(1);
    }

    @Test
    void moreThanIsLeftToFulfilIsRefusedWithoutCreatingAnything() {
        store = FakeShopify.standardStore();

        List<PushReceipt> receipts = adapter().push(PushKind.FULFILMENT, List.of(new FulfilmentPush("ship-1",
                "450789469", "UPS", "1Z9999", List.of(new FulfilmentPush.Line("466157049", "IPOD2008GREEN", 2)))));

        assertThat(receipts).containsExactly(PushReceipt.refused("ship-1",
                "Shopify order 450789469 line 466157049 has 1 of 2 left to fulfil"));
        assertThat(store.requests("POST", "fulfillments.json")).isEmpty();
    }

    @Test
    void anUnknownOrderIsARefusalWithShopifysWords() {
        store = FakeShopify.standardStore();

        List<PushReceipt> receipts = adapter().push(PushKind.FULFILMENT, List.of(new FulfilmentPush("ship-9",
                "999", "UPS", "1Z9999", List.of())));

        assertThat(receipts).containsExactly(PushReceipt.refused("ship-9", "Not Found"));
    }
}
