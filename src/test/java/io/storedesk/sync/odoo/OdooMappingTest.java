package io.storedesk.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.RemoteProduct;
import io.storedesk.sync.remote.RemoteStockLevel;
import io.storedesk.sync.remote.RemoteVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What Odoo's product master, stock and our orders look like on each side, with values checked by hand. */
class OdooMappingTest {

    private final OdooTestServer remote = new OdooTestServer();

    @AfterEach
    void stop() {
        remote.close();
    }

    private Map<String, RemoteProduct> allProducts(ChannelAdapter adapter) {
        return OdooTestServer.records(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, null)).stream()
                .map(RemoteProduct.class::cast).collect(Collectors.toMap(RemoteProduct::externalId, Function.identity()));
    }

    @Test
    void aProductProductIsOneProductWithOneVariantPricedAtItsVariantPriceAndWeighedInGrams() {
        RemoteProduct desk = allProducts(remote.adapter(10)).get("5");

        assertThat(desk.title()).isEqualTo("Customizable Desk");
        assertThat(desk.status()).isEqualTo("active");
        assertThat(desk.updatedAt()).isEqualTo(Instant.parse("2024-05-02T08:15:30Z"));
        // lst_price 800.4 = list_price 750.0 + the variant's extra 50.4; weight 12.5 kg.
        assertThat(desk.variants()).containsExactly(new RemoteVariant("5", "FURN_0096", "Customizable Desk",
                new BigDecimal("800.4"), "4006381333931", 12_500, null));
    }

    @Test
    void odoosFalseFieldsBecomeNullsAndAnArchivedProductComesThroughAsArchived() {
        Map<String, RemoteProduct> products = allProducts(remote.adapter(10));

        RemoteVariant service = products.get("31").variants().get(0);
        assertThat(service.sku()).isNull();
        assertThat(service.barcode()).isNull();
        assertThat(service.grams()).as("weight 0.0 is Odoo's unset weight").isNull();
        assertThat(products.get("19").status()).isEqualTo("archived");
        // 0.00734 kg = 7.34 g, rounded to 7.
        assertThat(products.get("27").variants().get(0).grams()).isEqualTo(7);
        assertThat(products).hasSize(8);
    }

    @Test
    void stockIsOnHandMinusReservedAtInternalLocationsOnlyWithTheSkuReadOncePerPage() {
        List<RemoteStockLevel> levels = OdooTestServer.records(
                OdooTestServer.pages(remote.adapter(10), SyncResource.STOCK, null)).stream()
                .map(RemoteStockLevel.class::cast).toList();

        Instant written = Instant.parse("2024-05-03T07:00:12Z");
        assertThat(levels).containsExactly(
                new RemoteStockLevel("101", "FURN_0096", "WH/Stock", 40, written),          // 45 - 5
                new RemoteStockLevel("102", "FURN_0096", "WH/Stock/Shelf 1", 10, written),  // 10 - 0
                new RemoteStockLevel("103", "FURN_7777", "WH/Stock", 23, written),          // 26 - 3
                new RemoteStockLevel("105", "E-COM07", "WH/Stock", 250, Instant.parse("2024-05-04T11:30:00Z")),
                // 7.5 - 2 = 5.5, rounded down: never promise half a mug.
                new RemoteStockLevel("106", "SD-MUG-01", "WH/Stock", 5, Instant.parse("2024-05-08T09:12:44Z")),
                // 3 - 4 = -1: Odoo reserved more than it has; its archived product still gives the SKU.
                new RemoteStockLevel("108", "E-COM08", "WH/Stock/Shelf 1", -1, Instant.parse("2024-05-09T18:05:10Z")));
        assertThat(remote.odoo.calls("product.product", "search_read")).hasSize(1);
    }

    @Test
    void pullsAskOdooInWriteDateOrderFromTheLastRecordReadWithARetryableKey() {
        ChannelAdapter adapter = remote.adapter(3);
        OdooTestServer.pages(adapter, SyncResource.PRODUCTS, null);

        List<FakeOdoo.Call> reads = remote.odoo.calls("product.product", "search_read");
        JsonNode first = reads.get(0).kwargs();
        assertThat(first.path("order").asText()).isEqualTo("write_date asc, id asc");
        assertThat(first.path("fields").toString()).contains("\"default_code\"", "\"list_price\"", "\"barcode\"",
                "\"weight\"", "\"product_tmpl_id\"", "\"write_date\"", "\"active\"");
        assertThat(first.path("context").path("active_test").asBoolean(true)).isFalse();
        assertThat(reads.get(0).args().path(0)).isEmpty();
        // Page 1 ended with products 3 and 4 of second 08:15:30, so page 2 starts at the 2nd of that second.
        assertThat(reads.get(1).args().path(0).toString()).isEqualTo("[[\"write_date\",\">=\",\"2024-05-02 08:15:30\"]]");
        assertThat(reads.get(1).kwargs().path("offset").asInt()).isEqualTo(1);
        assertThat(reads.get(1).kwargs().path("limit").asInt()).isEqualTo(4);
        assertThat(reads).allSatisfy(call -> assertThat(call.idempotencyKey()).startsWith("odoo-read-"));
    }

    @Test
    void aPurchaseOrderIsCreatedWithTheSupplierProductsUnitsAndOurCodeAsOrigin() {
        List<PushMessage> orders = List.of(OdooSamples.purchaseOrder("po-1", "PO-2024-0042"),
                OdooSamples.purchaseOrderByName("po-2", "PO-2024-0043"));
        remote.adapter(10).push(PushKind.PURCHASE_ORDER, orders);

        List<FakeOdoo.Call> creates = remote.odoo.calls("purchase.order", "create");
        assertThat(creates).hasSize(2);
        assertThat(creates.get(0).args().path(0).toString()).isEqualTo("{\"partner_id\":14,"
                + "\"partner_ref\":\"PO-2024-0042\",\"origin\":\"PO-2024-0042\",\"date_planned\":\"2024-06-10 12:00:00\","
                + "\"currency_id\":1,\"order_line\":["
                + "[0,0,{\"product_id\":5,\"name\":\"[FURN_0096] Customizable Desk\",\"product_qty\":10,\"price_unit\":480.0,\"product_uom\":1}],"
                + "[0,0,{\"product_id\":12,\"name\":\"[E-COM07] Large Cabinet\",\"product_qty\":4,\"price_unit\":790.0,\"product_uom\":1}]]}");
        assertThat(creates.get(1).args().path(0).path("partner_id").asLong()).as("Wood Corner, found by name").isEqualTo(15);
        assertThat(creates).allSatisfy(call -> assertThat(call.idempotencyKey()).isNull());
    }

    @Test
    void aSalesOrderCarriesTheChannelsOrderRefAndPlacedTimeInUtc() {
        remote.adapter(10).push(PushKind.SALES_ORDER, List.of(OdooSamples.salesOrder("so-1", "TAOBAO:100231")));

        assertThat(remote.odoo.calls("sale.order", "create")).singleElement()
                .satisfies(call -> assertThat(call.args().path(0).toString()).isEqualTo("{\"partner_id\":33,"
                        + "\"client_order_ref\":\"TAOBAO:100231\",\"origin\":\"TAOBAO:100231\","
                        + "\"date_order\":\"2024-06-02 03:04:05\",\"order_line\":[[0,0,{\"product_id\":41,"
                        + "\"name\":\"[SD-MUG-01] Enamel Mug\",\"product_uom_qty\":2,\"price_unit\":69.0,\"product_uom\":1}]]}"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            odoo.exceptions.AccessDenied,      AUTH
            odoo.exceptions.AccessError,       AUTH
            odoo.exceptions.ValidationError,   REJECTED
            odoo.exceptions.UserError,         REJECTED
            odoo.exceptions.MissingError,      REJECTED
            builtins.KeyError,                 REJECTED
            psycopg2.errors.SerializationFailure, SERVER
            builtins.ValueError,               SERVER
            ,                                  SERVER
            """)
    void odoosExceptionNamesDecideTheFaultKind(String exception, RemoteFault.Kind kind) {
        assertThat(OdooErrors.kindOf(exception == null ? "" : exception)).isEqualTo(kind);
    }

    @Test
    void aPositionIsTheLargerStringWhenItIsLater() {
        String third = new WriteDatePosition("2024-05-02 08:15:30", 3, 17).format();
        String twelfth = new WriteDatePosition("2024-05-02 08:15:30", 12, 4).format();
        String nextSecond = new WriteDatePosition("2024-05-02 08:15:31", 1, 2).format();

        assertThat(third).isEqualTo("2024-05-02 08:15:30|000000003|000000000017");
        assertThat(third).isLessThan(twelfth);
        assertThat(twelfth).isLessThan(nextSecond);
        assertThat(WriteDatePosition.parse(twelfth)).isEqualTo(new WriteDatePosition("2024-05-02 08:15:30", 12, 4));
        assertThat(WriteDatePosition.parse("2024-05-02 08:15:30")).isEqualTo(new WriteDatePosition("2024-05-02 08:15:30", 0, 0));
        assertThat(WriteDatePosition.parse(null)).isEqualTo(WriteDatePosition.START);
        assertThatThrownBy(() -> WriteDatePosition.parse("page=2")).isInstanceOf(IllegalArgumentException.class);
    }
}
