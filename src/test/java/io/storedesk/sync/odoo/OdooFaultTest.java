package io.storedesk.sync.odoo;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.sync.ChannelAdapter;
import io.storedesk.sync.PullPosition;
import io.storedesk.sync.PushKind;
import io.storedesk.sync.RemoteFault;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.PurchaseOrderPush;
import io.storedesk.sync.remote.PushMessage;
import io.storedesk.sync.remote.PushReceipt;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's faults against the Odoo adapter: each ends without a crash (a RemoteFault of the right kind, or a
 * receipt), without losing or duplicating a record, and with a message that says what happened. These run
 * through the plain SyncTransport (no retries): they prove the kind of fault the adapter surfaces, which is
 * what decides whether the retrying transport and the engine try again.
 */
class OdooFaultTest {

    private final OdooTestServer remote = new OdooTestServer();
    private final FakeOdoo odoo = remote.odoo;

    @AfterEach
    void stop() {
        remote.close();
    }

    private static RemoteFault faultOf(Runnable call) {
        try {
            call.run();
        } catch (RemoteFault fault) {
            return fault;
        }
        throw new AssertionError("expected a RemoteFault");
    }

    // --- wrong credentials -------------------------------------------------------------------------------

    @Test
    void aRefusedLoginIsAnAuthFaultNamingTheLoginAndDatabase() {
        RemoteFault fault = faultOf(() -> remote.adapter(OdooSamples.WRONG_KEY, 3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(fault.remoteMessage()).contains(FakeOdoo.LOGIN, FakeOdoo.DATABASE);
        assertThat(fault.getMessage()).doesNotContain("not-the-key");
        assertThat(odoo.calls.stream().filter(c -> "object".equals(c.service()))).as("nothing after the refusal").isEmpty();
    }

    @Test
    void accessDeniedOnExecuteIsAnAuthFaultWithOdoosWords() {
        odoo.fault = call -> call.model() != null ? FakeOdoo.fixture("error_access_denied.json", 2) : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(fault.remoteMessage()).isEqualTo("Access Denied");
    }

    @Test
    void anUnknownDatabaseIsAnAuthFaultNotAServerFaultToRetry() {
        odoo.fault = call -> "authenticate".equals(call.method()) ? FakeOdoo.error(1, "psycopg2.OperationalError",
                "connection to server at \"localhost\" (127.0.0.1), port 5432 failed: FATAL:  database \"shop\" does not exist")
                : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(fault.remoteMessage()).contains("database \"shop\" does not exist");
    }

    @Test
    void anAccessErrorOnStockStopsOnlyTheStockPullWithOdoosWords() {
        odoo.fault = call -> call.is("stock.quant", "search_read") ? FakeOdoo.fixture("error_access_error.json", 3) : null;
        ChannelAdapter adapter = remote.adapter(3);

        RemoteFault fault = faultOf(() -> adapter.pull(SyncResource.STOCK, PullPosition.from(null)));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.AUTH);
        assertThat(fault.remoteMessage()).startsWith("You are not allowed to access 'Quants' (stock.quant) records.");
        assertThat(OdooTestServer.records(OdooTestServer.pages(adapter, SyncResource.PRODUCTS, null))).hasSize(8);
    }

    // --- pushes: refusals, idempotency -------------------------------------------------------------------

    @Test
    void aValidationErrorOnCreateRefusesThatOrderWithOdoosMessageAndKeepsTheOthers() {
        odoo.fault = call -> call.is("purchase.order", "create")
                && call.args().path(0).path("origin").asText().equals("PO-2024-0042")
                ? FakeOdoo.fixture("error_validation.json", 9) : null;

        List<PushReceipt> receipts = remote.adapter(3).push(PushKind.PURCHASE_ORDER, List.of(
                OdooSamples.purchaseOrder("po-1", "PO-2024-0042"), OdooSamples.purchaseOrderByName("po-2", "PO-2024-0043")));

        assertThat(receipts.get(0).accepted()).isFalse();
        assertThat(receipts.get(0).refusal()).isEqualTo("Odoo refused purchase.order PO-2024-0042: "
                + "The vendor reference must be unique per vendor and company.");
        assertThat(receipts.get(1).accepted()).isTrue();
        assertThat(odoo.tables.get("purchase.order")).hasSize(1);
    }

    @Test
    void anUnknownOrAmbiguousSupplierOrProductIsRefusedWithoutCreatingAnything() {
        PurchaseOrderPush unknownSupplier = new PurchaseOrderPush("po-9", "PO-9", "SUP-NOPE", "Nobody Ltd", "WH",
                LocalDate.of(2024, 6, 10), "EUR", List.of(new PurchaseOrderPush.Line("FURN_0096", 1, BigDecimal.TEN)));
        PurchaseOrderPush twoNamedAlike = new PurchaseOrderPush("po-10", "PO-10", null, "Deco Addict", "WH",
                null, null, List.of(new PurchaseOrderPush.Line("FURN_0096", 1, BigDecimal.TEN)));
        PurchaseOrderPush unknownSku = new PurchaseOrderPush("po-11", "PO-11", "SUP-AZURE", null, "WH",
                null, "EUR", List.of(new PurchaseOrderPush.Line("NOT-IN-ODOO", 1, BigDecimal.TEN)));
        PurchaseOrderPush inactiveCurrency = new PurchaseOrderPush("po-12", "PO-12", "SUP-AZURE", null, "WH",
                null, "JPY", List.of(new PurchaseOrderPush.Line("FURN_0096", 1, BigDecimal.TEN)));

        List<PushReceipt> receipts = remote.adapter(3).push(PushKind.PURCHASE_ORDER,
                List.of(unknownSupplier, twoNamedAlike, unknownSku, inactiveCurrency));

        assertThat(receipts).extracting(PushReceipt::refusal).containsExactly(
                "Odoo has no supplier with reference SUP-NOPE or name Nobody Ltd; create it in Odoo first",
                "2 partners in Odoo are named Deco Addict; give the supplier a reference in Odoo and in StoreDesk",
                "Odoo has no product with internal reference NOT-IN-ODOO",
                "currency JPY is not active in Odoo");
        assertThat(odoo.calls("purchase.order", "create")).isEmpty();
    }

    @Test
    void pushingTheSameOrdersTwiceLeavesOneOfEachInOdoo() {
        List<PushMessage> purchase = List.of(OdooSamples.purchaseOrder("po-1", "PO-2024-0042"),
                OdooSamples.purchaseOrder("po-1b", "PO-2024-0042"));
        List<PushMessage> sale = List.of(OdooSamples.salesOrder("so-1", "TAOBAO:100231"));

        List<PushReceipt> first = remote.adapter(3).push(PushKind.PURCHASE_ORDER, purchase);
        List<PushReceipt> again = remote.adapter(3).push(PushKind.PURCHASE_ORDER, purchase);
        remote.adapter(3).push(PushKind.SALES_ORDER, sale);
        List<PushReceipt> saleAgain = remote.adapter(3).push(PushKind.SALES_ORDER, sale);

        assertThat(odoo.tables.get("purchase.order")).hasSize(1);
        assertThat(odoo.tables.get("sale.order")).hasSize(1);
        String poId = odoo.tables.get("purchase.order").get(0).get("id").asText();
        assertThat(first).extracting(PushReceipt::remoteId).containsExactly(poId, poId);
        assertThat(again).extracting(PushReceipt::remoteId).containsExactly(poId, poId);
        assertThat(saleAgain).singleElement().satisfies(r -> assertThat(r.accepted()).isTrue());
    }

    @Test
    void aCreateWhoseAnswerIsLostIsFoundByItsOriginOnTheNextPushNotCreatedAgain() {
        AtomicInteger creates = new AtomicInteger();
        // Odoo creates the order, then nginx loses the answer: the order exists but we saw a 502.
        odoo.fault = call -> {
            if (call.is("purchase.order", "create") && creates.incrementAndGet() == 1) {
                odoo.tables.get("purchase.order").add(((ObjectNode) call.args().path(0).deepCopy()).put("id", 501));
                return new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                        .body(FakeOdoo.resource("nginx_502.html")).build();
            }
            return null;
        };
        List<PushMessage> order = List.of(OdooSamples.purchaseOrder("po-1", "PO-2024-0042"));

        RemoteFault lost = faultOf(() -> remote.adapter(3).push(PushKind.PURCHASE_ORDER, order));
        List<PushReceipt> retried = remote.adapter(3).push(PushKind.PURCHASE_ORDER, order);

        assertThat(lost.kind()).isEqualTo(RemoteFault.Kind.SERVER);
        assertThat(lost.remoteMessage()).isEqualTo("502 Bad Gateway");
        assertThat(retried).containsExactly(PushReceipt.accepted("po-1", "501"));
        assertThat(odoo.tables.get("purchase.order")).hasSize(1);
        assertThat(creates).hasValue(1);
    }

    // --- broken answers ----------------------------------------------------------------------------------

    @Test
    void truncatedJsonIsABadResponseSayingSo() {
        odoo.fault = call -> call.is("product.product", "search_read")
                ? FakeOdoo.json200("{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": [{\"id\": 12, \"default_code\": \"E-CO") : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).pull(SyncResource.PRODUCTS, PullPosition.from(null)));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
        assertThat(fault.remoteMessage()).startsWith("Odoo's answer to execute_kw is not valid JSON (cut short?)");
    }

    @Test
    void aBodyCutShortByTheConnectionIsANetworkFault() {
        odoo.fault = call -> call.is("product.product", "search_read")
                ? new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                        .body("{\"jsonrpc\": \"2.0\", \"id\": 3, \"result\": [" + "{\"id\": 1},".repeat(2000) + "{\"id\": 2}]}")
                        .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build()
                : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).pull(SyncResource.PRODUCTS, PullPosition.from(null)));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.NETWORK);
    }

    @Test
    void nginxsBadGatewayPageIsAServerFaultWithItsTitle() {
        odoo.fault = call -> new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .body(FakeOdoo.resource("nginx_502.html")).build();

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.SERVER);
        assertThat(fault.status()).isEqualTo(502);
        assertThat(fault.remoteMessage()).isEqualTo("502 Bad Gateway");
    }

    @Test
    void odoosDatabaseSelectorPageInsteadOfJsonIsABadResponse() {
        odoo.fault = call -> new MockResponse.Builder().code(200).setHeader("Content-Type", "text/html; charset=utf-8")
                .body(FakeOdoo.resource("database_selector.html")).build();

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
        assertThat(fault.remoteMessage()).contains("HTML page instead of JSON", "Odoo");
    }

    @Test
    void anHtmlPageServedAsJsonIsStillABadResponse() {
        odoo.fault = call -> FakeOdoo.json200(FakeOdoo.resource("database_selector.html"));

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.BAD_RESPONSE);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void serverErrorsAreTransientServerFaultsWithTheirStatus(int status) {
        odoo.fault = call -> call.is("stock.quant", "search_read")
                ? new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                        .body("{\"message\": \"upstream unavailable\"}").build()
                : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).pull(SyncResource.STOCK, PullPosition.from(null)));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.SERVER);
        assertThat(fault.status()).isEqualTo(status);
        assertThat(fault.transientFault()).isTrue();
        assertThat(fault.remoteMessage()).isEqualTo("upstream unavailable");
    }

    @Test
    void odoosOwnServerErrorInsideA200IsATransientServerFault() {
        odoo.fault = call -> call.is("stock.quant", "search_read") ? FakeOdoo.fixture("error_server.json", 4) : null;

        RemoteFault fault = faultOf(() -> remote.adapter(3).pull(SyncResource.STOCK, PullPosition.from(null)));

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.SERVER);
        assertThat(fault.transientFault()).isTrue();
        assertThat(fault.remoteMessage()).isEqualTo("could not serialize access due to concurrent update");
    }

    @Test
    void aConnectionResetIsANetworkFault() {
        odoo.fault = call -> new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();

        RemoteFault fault = faultOf(() -> remote.adapter(3).checkConnection());

        assertThat(fault.kind()).isEqualTo(RemoteFault.Kind.NETWORK);
        assertThat(fault.transientFault()).isTrue();
    }
}
