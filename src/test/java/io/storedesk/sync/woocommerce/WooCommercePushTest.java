package io.storedesk.sync.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.remote.FulfilmentPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import io.storedesk.sync.remote.StockLevelPush;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Stock levels through the batch endpoints and fulfilments as order notes, each safe to push twice. */
class WooCommercePushTest extends WooShopFixture {

    @Test
    void aBatchWithOneRefusedObjectAcceptsTheOthersAndGivesWooCommercesReason() {
        List<PushReceipt> receipts = adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("a", "PREMIUM-Q", "794", "794", null, 7),
                new StockLevelPush("b", "GONE", "999", "999", null, 4),
                new StockLevelPush("c", "PREMIUM-1", "801", "801", null, 0)));

        assertThat(receipts).containsExactly(PushReceipt.accepted("a", "794"), PushReceipt.refused("b", "Invalid ID."),
                PushReceipt.accepted("c", "801"));
        assertThat(shop.products.get(794L).get("stock_quantity").asLong()).isEqualTo(7);
        assertThat(shop.products.get(801L).get("stock_quantity").asLong()).isZero();
        assertThat(shop.requestsTo("/products/batch")).hasSize(1);
    }

    @Test
    void variationsGoThroughTheirProductsBatchAndStockIsCountedThere() throws Exception {
        adapter().push(PushKind.STOCK_LEVEL, List.of(new StockLevelPush("v", "SHIP-IDEA-BLACK", "799", "732", null, 11)));

        RecordedRequest post = shop.requestsTo("/products/799/variations/batch").get(0);
        JsonNode body = FakeWooShop.JSON.readTree(post.getBody().utf8());
        assertThat(body.get("update").get(0).toString()).isEqualTo("{\"id\":732,\"manage_stock\":true,\"stock_quantity\":11}");
        assertThat(shop.variations.get(799L).get(1).get("stock_quantity").asLong()).isEqualTo(11);
    }

    @Test
    void aPushWithoutIdsLooksTheSkuUpOnceAndMatchesItExactly() {
        List<PushReceipt> receipts = adapter().push(PushKind.STOCK_LEVEL, List.of(
                new StockLevelPush("x1", "PREMIUM-2", null, null, null, 5),
                new StockLevelPush("x2", "PREMIUM-2", null, null, null, 6),
                new StockLevelPush("x3", "SHIP-IDEA-GREEN", null, null, null, 2),
                new StockLevelPush("x4", "PREMIUM", null, null, null, 1))); // WooCommerce matches it loosely to three SKUs

        assertThat(receipts).extracting(PushReceipt::accepted).containsExactly(true, true, true, false);
        assertThat(receipts.get(3).refusal()).isEqualTo("No product or variation with SKU PREMIUM in WooCommerce");
        assertThat(shop.products.get(802L).get("stock_quantity").asLong()).isEqualTo(6); // the later change wins
        assertThat(shop.variations.get(799L).get(0).get("stock_quantity").asLong()).isEqualTo(2);
        assertThat(shop.requests.stream().filter(r -> "PREMIUM-2".equals(r.getUrl().queryParameter("sku")))).hasSize(1);
    }

    @Test
    void pushingTheSameLevelsTwiceSendsTheSameIdempotencyKeyAndLeavesTheSameStock() {
        List<PushMessage> levels = List.of(new StockLevelPush("k", "PREMIUM-Q", "794", "794", null, 3));
        ChannelAdapter adapter = adapter();
        adapter.push(PushKind.STOCK_LEVEL, levels);
        adapter.push(PushKind.STOCK_LEVEL, levels);

        List<RecordedRequest> posts = shop.requestsTo("/products/batch");
        assertThat(posts.get(0).getHeaders().get("Idempotency-Key")).isEqualTo(posts.get(1).getHeaders().get("Idempotency-Key"));
        assertThat(shop.products.get(794L).get("stock_quantity").asLong()).isEqualTo(3);
        assertThat(adapter.maxBatch(PushKind.STOCK_LEVEL)).isEqualTo(100);
    }

    @Test
    void aFulfilmentCompletesTheOrderWithOneNoteEvenWhenPushedTwice() {
        FulfilmentPush shipped = new FulfilmentPush("f-727", "727", "UPS", "1Z999AA10123456784", List.of());
        ChannelAdapter adapter = adapter();

        assertThat(adapter.push(PushKind.FULFILMENT, List.of(shipped))).containsExactly(PushReceipt.accepted("f-727", "727"));
        assertThat(adapter.push(PushKind.FULFILMENT, List.of(shipped))).containsExactly(PushReceipt.accepted("f-727", "727"));

        assertThat(shop.orders.get(727L).get("status").asText()).isEqualTo("completed");
        assertThat(shop.notes.get(727L)).hasSize(1);
        assertThat(shop.notes.get(727L).get(0).get("note").asText())
                .isEqualTo("Shipped with UPS, tracking number 1Z999AA10123456784.");
        assertThat(shop.notes.get(727L).get(0).get("customer_note").asBoolean()).isTrue();
        assertThat(shop.requests.stream().filter(r -> "PUT".equals(r.getMethod()))).hasSize(1);
    }

    @Test
    void aFulfilmentForACancelledOrUnknownOrderIsRefusedWithTheReason() {
        shop.changeOrder(903, "cancelled", "2017-03-26T10:00:00");

        List<PushReceipt> receipts = adapter().push(PushKind.FULFILMENT, List.of(
                new FulfilmentPush("c", "903", "DHL", "JD0001", List.of()),
                new FulfilmentPush("u", "12345", "DHL", "JD0002", List.of())));

        assertThat(receipts).containsExactly(PushReceipt.refused("c", "Order 903 is cancelled in WooCommerce"),
                PushReceipt.refused("u", "Invalid ID."));
        assertThat(shop.orders.get(903L).get("status").asText()).isEqualTo("cancelled");
        assertThat(shop.notes).doesNotContainKey(903L);
    }
}
