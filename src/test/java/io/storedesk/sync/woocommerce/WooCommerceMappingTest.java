package io.storedesk.sync.woocommerce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** The docs' payloads mapped to our records; every expected value read off the JSON by hand. */
class WooCommerceMappingTest {

    private static <T> T read(String json, Class<T> type) throws Exception {
        return WooApi.JSON.readValue(json, type);
    }

    private static OrderJson order(String resource, int index) throws Exception {
        var node = FakeWooShop.resource(resource);
        return WooApi.JSON.treeToValue(node.isArray() ? node.get(index) : node, OrderJson.class);
    }

    @Test
    void aGuestOrderWithTwoLinesIsMappedFieldByField() throws Exception {
        RemoteOrder order = OrderMapping.order(order("order.json", 0));

        assertThat(order.externalId()).isEqualTo("727");
        assertThat(order.orderNo()).isEqualTo("727");
        assertThat(order.status()).isEqualTo(RemoteOrderStatus.PAID);
        assertThat(order.channelStatus()).isEqualTo("processing");
        assertThat(order.placedAt()).isEqualTo(Instant.parse("2017-03-22T19:28:02Z"));
        assertThat(order.paidAt()).isEqualTo(Instant.parse("2017-03-22T19:28:08Z"));
        assertThat(order.updatedAt()).isEqualTo(Instant.parse("2017-03-22T19:28:08Z"));
        assertThat(order.currency()).isEqualTo("USD");
        assertThat(order.shipping()).isEqualByComparingTo("10.00");
        assertThat(order.discount()).isEqualByComparingTo("0");
        assertThat(order.total()).isEqualByComparingTo("29.35");
        assertThat(order.buyerNote()).isNull();
        assertThat(order.customer()).isEqualTo(
                new RemoteCustomer(null, "John Doe", "(555) 555-5555", "john.doe@example.com"));
        assertThat(order.shipTo()).isEqualTo(new RemoteAddress("John Doe", "(555) 555-5555", "US", "CA",
                "San Francisco", null, "969 Market, 94103"));
        assertThat(order.lines()).containsExactly(
                new RemoteOrderLine("315", null, "Woo Single #1", 2, new BigDecimal("3.00"), new BigDecimal("0.00")),
                new RemoteOrderLine("316", "Bar3", "Ship Your Idea – Color: Black, Size: M Test", 1,
                        new BigDecimal("12.00"), new BigDecimal("0.00")));
    }

    @Test
    void aCustomersCompletedOrderIsShippedAndUnpaidDateStaysEmpty() throws Exception {
        RemoteOrder order = OrderMapping.order(order("orders.json", 1));

        assertThat(order.externalId()).isEqualTo("723");
        assertThat(order.status()).isEqualTo(RemoteOrderStatus.SHIPPED);
        assertThat(order.paidAt()).isNull();
        assertThat(order.total()).isEqualByComparingTo("39.00");
        assertThat(order.customer()).isEqualTo(
                new RemoteCustomer("26", "João Silva", "(11) 1111-1111", "joao.silva@example.com"));
        assertThat(order.shipTo().line()).isEqualTo("Av. Brasil, 432, 12345-000");
        assertThat(order.shipTo().province()).isEqualTo("RJ");
    }

    @Test
    void aCouponShowsAsTheLinesDiscountAndTheUnitPriceIsBeforeIt() throws Exception {
        ObjectNode json = (ObjectNode) FakeWooShop.resource("order.json");
        ObjectNode line = (ObjectNode) json.get("line_items").get(0);
        line.put("quantity", 3).put("subtotal", "20.00").put("total", "15.00");
        json.put("discount_total", "5.00");

        RemoteOrder order = OrderMapping.order(WooApi.JSON.treeToValue(json, OrderJson.class));

        assertThat(order.discount()).isEqualByComparingTo("5.00");
        assertThat(order.lines().get(0).unitPrice()).isEqualByComparingTo("6.6667");
        assertThat(order.lines().get(0).discount()).isEqualByComparingTo("5.00");
    }

    @Test
    void theShippingPhoneOfNewerShopsWinsOverTheBillingPhoneAndABlankAddressIsNone() throws Exception {
        ObjectNode json = (ObjectNode) FakeWooShop.resource("order.json");
        ((ObjectNode) json.get("shipping")).put("phone", "+1 415 555 0100");
        assertThat(OrderMapping.order(WooApi.JSON.treeToValue(json, OrderJson.class)).shipTo().phone())
                .isEqualTo("+1 415 555 0100");

        ObjectNode blank = (ObjectNode) json.get("shipping");
        blank.put("address_1", "").put("city", "").put("country", "").put("first_name", "");
        assertThat(OrderMapping.order(WooApi.JSON.treeToValue(json, OrderJson.class)).shipTo()).isNull();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            pending,        PENDING_PAYMENT
            on-hold,        PENDING_PAYMENT
            checkout-draft, PENDING_PAYMENT
            processing,     PAID
            completed,      SHIPPED
            cancelled,      CANCELLED
            failed,         CANCELLED
            trash,          CANCELLED
            refunded,       REFUNDED
            partial-shipped,UNKNOWN
            ready-pickup,   UNKNOWN
            """)
    void everyWooCommerceStatusHasOurWord(String woo, RemoteOrderStatus ours) {
        assertThat(OrderMapping.status(woo)).isEqualTo(ours);
    }

    @Test
    void aPluginsStatusAndExtraFieldsDoNotBreakTheOrder() throws Exception {
        ObjectNode json = (ObjectNode) FakeWooShop.resource("order.json");
        json.put("status", "awaiting-shipment").put("is_editable", true).put("needs_payment", false);
        json.putObject("_wc_shipment_tracking").putArray("items").addObject().put("tracking_number", "X");
        ((ObjectNode) json.get("line_items").get(0)).putObject("image").put("id", 5).put("src", "");
        RemoteOrder order = OrderMapping.order(WooApi.JSON.treeToValue(json, OrderJson.class));

        assertThat(order.status()).isEqualTo(RemoteOrderStatus.UNKNOWN);
        assertThat(order.channelStatus()).isEqualTo("awaiting-shipment");
        assertThat(order.lines()).hasSize(2);
    }

    @Test
    void refundsBecomePositiveAndNameTheOrderLineTheyGiveBack() throws Exception {
        OrderJson order = order("orders.json", 1);
        List<RefundJson> refunds = List.of(read(FakeWooShop.text("order_refunds.json"), RefundJson[].class));

        RemoteRefund whole = RefundMapping.refund(refunds.get(0), order);
        RemoteRefund line = RefundMapping.refund(refunds.get(1), order);

        assertThat(whole).isEqualTo(new RemoteRefund("726", "723", Instant.parse("2017-03-21T20:07:11Z"),
                new BigDecimal("10.00"), "USD", null, false, List.of()));
        assertThat(line.amount()).isEqualByComparingTo("9.00");
        assertThat(line.lines()).containsExactly(new RemoteRefundLine("311", null, 1, new BigDecimal("9.00")));
        assertThat(RefundMapping.refund(read(FakeWooShop.text("order_refund.json"), RefundJson.class), order).externalId())
                .isEqualTo("726");
    }

    @Test
    void aVariableProductsVariantsAreItsVariationsAndASimpleProductIsItsOwnVariant() throws Exception {
        ProductJson[] products = read(FakeWooShop.text("products.json"), ProductJson[].class);
        ProductJson[] variations = read(FakeWooShop.text("product_variations.json"), ProductJson[].class);

        RemoteProduct variable = CatalogMapping.product(products[0], List.of(variations));
        RemoteProduct simple = CatalogMapping.product(products[1], List.of());

        assertThat(variable.externalId()).isEqualTo("799");
        assertThat(variable.title()).isEqualTo("Ship Your Idea");
        assertThat(variable.productType()).isEqualTo("Clothing");
        assertThat(variable.status()).isEqualTo("publish");
        assertThat(variable.updatedAt()).isEqualTo(Instant.parse("2017-03-23T20:03:12Z"));
        assertThat(variable.variants()).containsExactly(
                new RemoteVariant("733", null, "Green", new BigDecimal("9.00"), null, null, null),
                new RemoteVariant("732", null, "Black", new BigDecimal("9.00"), null, null, null));
        assertThat(simple.variants()).containsExactly(
                new RemoteVariant("794", null, "Premium Quality", new BigDecimal("21.99"), null, null, null));
    }

    @Test
    void stockCountsOnlyWhereWooCommerceCountsItsOwn() throws Exception {
        ObjectNode json = (ObjectNode) FakeWooShop.resource("product.json");
        ProductJson unmanaged = WooApi.JSON.treeToValue(json, ProductJson.class);
        json.put("manage_stock", "parent");
        ProductJson parent = WooApi.JSON.treeToValue(json, ProductJson.class);
        json.put("manage_stock", true).put("stock_quantity", 4).put("sku", "PQ-1");
        ProductJson counted = WooApi.JSON.treeToValue(json, ProductJson.class);

        assertThat(CatalogMapping.stock(unmanaged)).isEmpty();
        assertThat(CatalogMapping.stock(parent)).isEmpty();
        assertThat(CatalogMapping.stock(counted)).contains(
                new RemoteStockLevel("794", "PQ-1", "default", 4, Instant.parse("2017-03-23T20:01:14Z")));
    }

    @Test
    void htmlEntitiesInNamesAreDecodedAndUnknownOnesKept() {
        assertThat(WooValues.unescapeHtml("Tom &amp; Jerry &#8211; &#x4E2D; &bogus; &#99999999;"))
                .isEqualTo("Tom & Jerry – 中 &bogus; &#99999999;");
    }

    @Test
    void aPageTokenCarriesTheWholeQuery() {
        PageToken token = PageToken.parse("after=2017-03-22T19:28:08;page=3;seen=727,728;retry=1", null);
        assertThat(token).isEqualTo(new PageToken("2017-03-22T19:28:08", 3, java.util.Set.of(727L, 728L), true));
        assertThat(PageToken.parse(token.encode(), null)).isEqualTo(token);
        assertThat(PageToken.parse("garbage", "2017-01-01T00:00:00")).isEqualTo(PageToken.first("2017-01-01T00:00:00"));
    }
}
