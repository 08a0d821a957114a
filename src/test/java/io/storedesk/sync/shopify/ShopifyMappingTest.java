package io.storedesk.sync.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderLine;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteRefundLine;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.RemoteVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fixtures' values, checked by hand against the JSON files. */
class ShopifyMappingTest {

    @Test
    void thePaidPartlyRefundedOrderOfOrdersJson() {
        RemoteOrder order = (RemoteOrder) ShopifyMapping.orders(ShopifyFixtures.text("orders.json")).records().get(0);

        assertThat(order.externalId()).isEqualTo("450789469");
        assertThat(order.orderNo()).isEqualTo("#1001");
        assertThat(order.status()).isEqualTo(RemoteOrderStatus.PAID);
        assertThat(order.channelStatus()).isEqualTo("partially_refunded");
        // 2008-01-10T11:00:00-05:00
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2008-01-10T16:00:00Z"));
        assertThat(order.paidAt()).isEqualTo(Instant.parse("2008-01-10T16:00:00Z"));
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.total()).isEqualByComparingTo("598.94");
        assertThat(order.discount()).isEqualByComparingTo("10.00");
        // no shipping_lines in this payload: total_shipping_price_set.shop_money says 0.00
        assertThat(order.shipping()).isEqualByComparingTo("0.00");
        assertThat(order.customer()).isEqualTo(new RemoteCustomer("207119551", "Bob Norman", "+16136120707",
                "bob.norman@hostmail.com"));
        assertThat(order.shipTo()).isEqualTo(new RemoteAddress("Bob Norman", "555-625-1199", "US", "Kentucky",
                "Louisville", null, "Chestnut Street 92"));
        assertThat(order.lines()).isEmpty();
    }

    @Test
    void theAuthorizedOrderOfOrderJsonWithItsThreeLines() {
        RemoteOrder order = (RemoteOrder) ShopifyMapping.orders(ShopifyFixtures.ordersPage(List.of(
                ShopifyFixtures.tree("order.json").get("order")))).records().get(0);

        assertThat(order.status()).isEqualTo(RemoteOrderStatus.PENDING_PAYMENT);
        assertThat(order.channelStatus()).isEqualTo("authorized");
        assertThat(order.paidAt()).isNull();
        assertThat(order.total()).isEqualByComparingTo("409.94");
        assertThat(order.discount()).isEqualByComparingTo("0.00");
        assertThat(order.shipping()).isEqualByComparingTo("0.00");
        assertThat(order.customer().phone()).isNull();
        assertThat(order.lines()).containsExactly(
                new RemoteOrderLine("466157049", "IPOD2008GREEN", "IPod Nano - 8gb - green", 1, new BigDecimal("199.00"),
                        BigDecimal.ZERO),
                new RemoteOrderLine("518995019", "IPOD2008RED", "IPod Nano - 8gb - red", 1, new BigDecimal("199.00"),
                        BigDecimal.ZERO),
                new RemoteOrderLine("703073504", "IPOD2008BLACK", "IPod Nano - 8gb - black", 1, new BigDecimal("199.00"),
                        BigDecimal.ZERO));
    }

    @Test
    void shippingLinesAndDiscountAllocationsAreSummed() {
        var order = ShopifyFixtures.order(1L, "2024-11-02T10:00:00+08:00");
        order.putArray("shipping_lines").add(order.objectNode().put("price", "5.50"))
                .add(order.objectNode().put("price", "4.50"));
        var line = (ObjectNode) order.get("line_items").get(0);
        line.putArray("discount_allocations").add(line.objectNode().put("amount", "3.00"))
                .add(line.objectNode().put("amount", "2.00"));
        order.putNull("customer");

        RemoteOrder mapped = (RemoteOrder) ShopifyMapping.orders(ShopifyFixtures.ordersPage(List.of(order))).records()
                .get(0);

        assertThat(mapped.shipping()).isEqualByComparingTo("10.00");
        assertThat(mapped.lines().get(0).discount()).isEqualByComparingTo("5.00");
        assertThat(mapped.customer()).isEqualTo(new RemoteCustomer(null, "Bob Norman", null, "bob.norman@hostmail.com"));
        assertThat(mapped.updatedAt()).isEqualTo(Instant.parse("2024-11-02T02:00:00Z"));
    }

    @Test
    void theRefundOfRefundJson() {
        RemoteRefund refund = (RemoteRefund) ShopifyMapping.refunds(ShopifyFixtures.ordersPage(List.of(
                ShopifyFixtures.refundedOrder(450789469L, 509562969L, "2016-06-20T13:35:06-04:00")))).records().get(0);

        assertThat(refund.externalId()).isEqualTo("509562969");
        assertThat(refund.orderExternalId()).isEqualTo("450789469");
        assertThat(refund.createdAt()).isEqualTo(Instant.parse("2016-06-20T17:35:06Z"));
        assertThat(refund.amount()).isEqualByComparingTo("209.00");
        assertThat(refund.currency()).isEqualTo("USD");
        assertThat(refund.reason()).isEqualTo("it broke during shipping");
        assertThat(refund.restock()).isTrue();
        assertThat(refund.lines()).containsExactly(
                new RemoteRefundLine("703073504", "IPOD2008BLACK", 1, new BigDecimal("199.00")),
                new RemoteRefundLine("466157049", "IPOD2008GREEN", 1, new BigDecimal("199.00")));
    }

    @Test
    void theProductOfProductJsonWithItsFourVariants() {
        RemoteProduct product = (RemoteProduct) ShopifyMapping.products("{\"products\":["
                + ShopifyFixtures.tree("product.json").get("product") + "]}").records().get(0);

        assertThat(product.externalId()).isEqualTo("632910392");
        assertThat(product.title()).isEqualTo("IPod Nano - 8GB");
        assertThat(product.vendor()).isEqualTo("Apple");
        assertThat(product.productType()).isEqualTo("Cult Products");
        assertThat(product.updatedAt()).isEqualTo(Instant.parse("2011-10-20T18:05:13Z"));
        assertThat(product.variants()).extracting(RemoteVariant::externalId, RemoteVariant::sku, RemoteVariant::title)
                .containsExactly(
                        tuple("808950810", "IPOD2008PINK", "Pink"),
                        tuple("49148385", "IPOD2008RED", "Red"),
                        tuple("39072856", "IPOD2008GREEN", "Green"),
                        tuple("457924702", "IPOD2008BLACK", "Black"));
        assertThat(product.variants().get(0)).isEqualTo(new RemoteVariant("808950810", "IPOD2008PINK", "Pink",
                new BigDecimal("199.00"), null, 200, null));
    }

    @Test
    void inventoryLevelsCarryTheItemAndLocationButNoSku() {
        var mapped = ShopifyMapping.stockLevels(ShopifyFixtures.text("inventory_levels.json"));

        assertThat(mapped.records()).hasSize(4);
        assertThat(mapped.records().get(0)).isEqualTo(new RemoteStockLevel("39072856", null, "487838322", 27,
                Instant.parse("2018-05-07T19:33:38Z")));
        assertThat(mapped.newestCursor()).isEqualTo("2018-05-07T15:33:38-04:00");
    }

    @Test
    void theNewestCursorIsTheLatestInstantWrittenAsShopifyWroteIt() {
        var page = ShopifyMapping.orders(ShopifyFixtures.ordersPage(List.of(
                ShopifyFixtures.order(1L, "2024-11-02T10:00:00+08:00"),   // 02:00Z
                ShopifyFixtures.order(2L, "2024-11-01T22:30:00-04:00"),   // 02:30Z, the latest
                ShopifyFixtures.order(3L, "2024-11-02T01:00:00Z"))));
        assertThat(page.newestCursor()).isEqualTo("2024-11-01T22:30:00-04:00");
        assertThat(ShopifyMapping.orders("{\"orders\":[]}").newestCursor()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", textBlock = """
            # financial,         fulfillment, cancelled_at,               status
            pending,             -,           -,                          PENDING_PAYMENT
            authorized,          -,           -,                          PENDING_PAYMENT
            paid,                -,           -,                          PAID
            partially_paid,      unfulfilled, -,                          PAID
            partially_refunded,  -,           -,                          PAID
            paid,                partial,     -,                          PARTLY_SHIPPED
            paid,                fulfilled,   -,                          SHIPPED
            refunded,            fulfilled,   -,                          REFUNDED
            paid,                -,           2024-11-02T10:00:00+08:00,  CANCELLED
            voided,              -,           -,                          CANCELLED
            expired,             -,           -,                          UNKNOWN
            paid,                on_hold,     -,                          UNKNOWN
            """)
    void statusTable(String financial, String fulfillment, String cancelledAt, RemoteOrderStatus expected) {
        assertThat(ShopifyOrderMapping.status(financial, fulfillment, cancelledAt)).isEqualTo(expected);
    }

    @Test
    void aListAnswerWithoutItsListIsABadResponse() {
        assertThatThrownBy(() -> ShopifyMapping.orders("{\"products\":[]}"))
                .isInstanceOfSatisfying(RemoteFault.class, f -> {
                    assertThat(f.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
                    assertThat(f.remoteMessage()).contains("no orders list");
                });
    }

    @Test
    void shopifysErrorsTextIsFlattened() {
        assertThat(ShopifyJson.errorText("{\"errors\":{\"available\":[\"must be a number\"],\"base\":[\"a\",\"b\"]}}"))
                .isEqualTo("available: must be a number; base: a, b");
        assertThat(ShopifyJson.errorText("{\"errors\":[\"Inventory item does not have inventory tracking enabled\"]}"))
                .isEqualTo("Inventory item does not have inventory tracking enabled");
        assertThat(ShopifyJson.errorText("Not Found")).isEqualTo("Not Found");
    }

    @Test
    void theNextPageInfoComesFromTheLinkHeadersNextRel() {
        String prev = "<https://this-is-my-test-show.myshopify.com/admin/api/unstable/products.json?limit=2&page_info=BAZQUUX>; rel=\"previous\"";
        String next = "<https://this-is-my-test-show.myshopify.com/admin/api/unstable/products.json?limit=2&page_info=FOOBAR>; rel=\"next\"";
        assertThat(ShopifyRestApi.nextPageInfo(prev + ", " + next)).isEqualTo("FOOBAR");
        assertThat(ShopifyRestApi.nextPageInfo(prev)).isNull();
        assertThat(ShopifyRestApi.nextPageInfo(null)).isNull();
    }
}
