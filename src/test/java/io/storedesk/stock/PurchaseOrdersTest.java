package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.AuditEntry;
import io.storedesk.security.AuditRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts from reorder suggestions, sending, receiving in parts (booked in the ledger), cancelling. */
class PurchaseOrdersTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();
    /** Codes count by the shop's day. */
    private static final String DAY = LocalDate.ofInstant(NOW, ShopSettings.DEFAULT_ZONE)
            .format(DateTimeFormatter.BASIC_ISO_DATE);

    private final Services services = TestStores.emptyInMemory();
    private final StockRepository stock = new StockRepository(services.store().dsl());
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private final PurchaseOrders orders = services.purchaseOrders();
    private long shanghai;
    private long guangzhou;
    private long milkSupplier;
    private long toySupplier;
    private Map<String, Long> skus;

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        shanghai = fixtures.warehouse("WH-SH", "上海市");
        guangzhou = fixtures.warehouse("WH-GZ", "广东省");
        skus = fixtures.skus("NF", "奶粉", "奶粉", "NF-1", "NF-2", "WJ-1");
        Map<String, Long> suppliers = stock.insertSuppliers(List.of(
                new Supplier(0, "SUP-NF", "乳业", null, null, null, null, 12, "CNY"),
                new Supplier(0, "SUP-WJ", "玩具厂", null, null, null, null, 20, "CNY")));
        milkSupplier = suppliers.get("SUP-NF");
        toySupplier = suppliers.get("SUP-WJ");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ReorderSuggestion suggest(String sku, long warehouse, long supplier, int quantity, String cost) {
        return new ReorderSuggestion(new PositionKey(skus.get(sku), warehouse), sku, warehouse == shanghai ? "WH-SH"
                : "WH-GZ", supplier, quantity, cost == null ? null : new BigDecimal(cost));
    }

    private List<StoredPurchaseOrder> drafts() {
        return orders.createDrafts(List.of(
                suggest("NF-1", shanghai, milkSupplier, 24, "80.50"),
                suggest("WJ-1", shanghai, toySupplier, 10, "15.00"),
                suggest("NF-2", shanghai, milkSupplier, 12, null),
                suggest("NF-1", guangzhou, milkSupplier, 6, "80.50"),
                suggest("NF-1", shanghai, milkSupplier, 6, "80.50")), "planner");
    }

    @Test
    void oneDraftPerSupplierAndWarehouseWithCodesOfTheDayAndTotals() {
        List<StoredPurchaseOrder> created = drafts();

        // The toy suggestion comes between the milk ones; the milk supplier's two orders still follow each other.
        assertThat(created).extracting(StoredPurchaseOrder::code, StoredPurchaseOrder::supplierId,
                StoredPurchaseOrder::warehouseId, StoredPurchaseOrder::status).containsExactly(
                tuple("PO-" + DAY + "-0001", milkSupplier, shanghai, PurchaseOrderStatus.DRAFT),
                tuple("PO-" + DAY + "-0002", milkSupplier, guangzhou, PurchaseOrderStatus.DRAFT),
                tuple("PO-" + DAY + "-0003", toySupplier, shanghai, PurchaseOrderStatus.DRAFT));
        StoredPurchaseOrder milk = created.get(0);
        assertThat(milk.lines()).extracting(StoredPurchaseOrderLine::skuId, StoredPurchaseOrderLine::quantity)
                .as("the same SKU twice becomes one line").containsExactly(tuple(skus.get("NF-1"), 30),
                        tuple(skus.get("NF-2"), 12));
        assertThat(milk.total().amount()).as("an unknown cost counts as 0").isEqualByComparingTo("2415.00");
        assertThat(milk.note()).contains("NF-2").contains("priced at 0");
        assertThat(created.get(2).note()).isNull();
        assertThat(orders.createDrafts(List.of(suggest("WJ-1", guangzhou, toySupplier, 1, "1")), "planner"))
                .extracting(StoredPurchaseOrder::code).containsExactly("PO-" + DAY + "-0004");
    }

    @Test
    void aSuggestionWithoutUnitsIsRefusedAndNothingIsDrafted() {
        assertThatThrownBy(() -> orders.createDrafts(List.of(suggest("NF-1", shanghai, milkSupplier, 5, "1"),
                suggest("NF-2", shanghai, milkSupplier, 0, "1")), "planner"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .startsWith("The suggestion for NF-2 in WH-SH orders 0 units"));
        assertThat(services.purchaseOrders().createDrafts(List.of(), "planner")).isEmpty();
        assertThat(new PurchaseOrderRepository(services.store().dsl()).purchaseOrders(PurchaseOrderStatus.DRAFT))
                .isEmpty();
    }

    @Test
    void receivingInPartsBooksReceiptsAndEndsReceived() {
        StoredPurchaseOrder draft = drafts().get(0);
        StoredPurchaseOrder sent = orders.send(draft.id(), "buyer");
        long nf1 = sent.lines().get(0).id();
        long nf2 = sent.lines().get(1).id();

        assertThat(sent.status()).isEqualTo(PurchaseOrderStatus.SENT);
        assertThat(sent.orderedAt()).isEqualTo(NOW);
        assertThat(sent.expectedAt()).isEqualTo(NOW.plus(Duration.ofDays(12)));
        StoredPurchaseOrder partly = orders.receive(draft.id(), Map.of(nf1, 20), "clerk");
        assertThat(partly.status()).isEqualTo(PurchaseOrderStatus.PARTIAL);
        assertThat(partly.receivedAt()).isNull();
        assertThat(partly.lines()).extracting(StoredPurchaseOrderLine::outstanding).containsExactly(10, 12);

        StoredPurchaseOrder received = orders.receive(draft.id(), Map.of(nf1, 10, nf2, 12), "clerk");

        assertThat(received.status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        assertThat(received.receivedAt()).isEqualTo(NOW);
        assertThat(received.version()).isEqualTo(sent.version() + 2);
        assertThat(ledger.movements(skus.get("NF-1"), shanghai)).extracting(Movement::kind, Movement::quantity,
                Movement::onHandAfter, Movement::reference).containsExactly(
                tuple(MovementKind.RECEIPT, 20, 20, draft.code()), tuple(MovementKind.RECEIPT, 10, 30, draft.code()));
        assertThat(ledger.levels(List.of(new PositionKey(skus.get("NF-2"), shanghai))).values())
                .extracting(StockLevel::onHand).containsExactly(12);
    }

    @Test
    void aReceiptIsAuditedAsTheOrdersLinesBeforeAndAfterAndAsEachStockMovement() {
        StoredPurchaseOrder sent = orders.send(drafts().get(0).id(), "buyer");
        long nf1 = sent.lines().get(0).id();

        orders.receive(sent.id(), Map.of(nf1, 20), "clerk");

        AuditRepository audit = new AuditRepository(services.store().dsl());
        AuditEntry receipt = audit.history("purchase_order", sent.code(), 5).get(0);
        assertThat(receipt.user()).isEqualTo("clerk");
        assertThat(receipt.action()).isEqualTo("stock.po.receive");
        long nf1Sku = skus.get("NF-1");
        long nf2Sku = skus.get("NF-2");
        assertThat(receipt.before()).containsEntry("status", "SENT")
                .containsEntry("received", nf1Sku + ":0/30;" + nf2Sku + ":0/12");
        assertThat(receipt.after()).containsEntry("status", "PARTIAL")
                .containsEntry("received", nf1Sku + ":20/30;" + nf2Sku + ":0/12");
        AuditEntry sending = audit.history("purchase_order", sent.code(), 5).get(1);
        assertThat(sending.user()).isEqualTo("buyer");
        assertThat(sending.before()).containsEntry("status", "DRAFT");
        assertThat(sending.after()).containsEntry("status", "SENT");
        AuditEntry stock = audit.history("stock", nf1Sku + "@" + shanghai, 5).get(0);
        assertThat(stock.user()).isEqualTo("clerk");
        assertThat(stock.action()).isEqualTo("stock.receipt");
        assertThat(stock.before()).containsEntry("onHand", "0");
        assertThat(stock.after()).containsEntry("onHand", "20").containsEntry("reference", sent.code());
    }

    @Test
    void receivingMoreThanALineAwaitsIsRefusedNamingTheLineAndBooksNothing() {
        StoredPurchaseOrder po = orders.send(drafts().get(0).id(), "buyer");
        long nf1 = po.lines().get(0).id();
        long nf2 = po.lines().get(1).id();

        assertThatThrownBy(() -> orders.receive(po.id(), Map.of(nf1, 5, nf2, 13), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .isEqualTo("Line " + nf2 + " (NF-2) of purchase order PO-" + DAY + "-0001: 13 received, but only"
                                + " 12 are still outstanding."));

        assertThat(orders.find(po.id()).lines()).extracting(StoredPurchaseOrderLine::receivedQuantity)
                .containsExactly(0, 0);
        assertThat(ledger.movements(skus.get("NF-1"), shanghai)).as("the first line rolled back too").isEmpty();
        assertThatThrownBy(() -> orders.receive(po.id(), Map.of(12345L, 1), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.po.unknownLine"));
    }

    @Test
    void onlyADraftIsSentOrCancelledAndADraftIsNotReceived() {
        List<StoredPurchaseOrder> created = drafts();
        StoredPurchaseOrder cancelled = orders.cancel(created.get(1).id(), "buyer");
        orders.send(created.get(0).id(), "buyer");

        assertThat(cancelled.status()).isEqualTo(PurchaseOrderStatus.CANCELLED);
        assertThatThrownBy(() -> orders.send(created.get(1).id(), "buyer")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(ENGLISH.describe(e)).isEqualTo(
                        "Purchase order PO-" + DAY + "-0002 has the status \"Cancelled\": only a draft can be sent."));
        assertThatThrownBy(() -> orders.cancel(created.get(0).id(), "buyer"))
                .isInstanceOf(RefusedInputException.class);
        assertThatThrownBy(() -> orders.receive(created.get(2).id(), Map.of(created.get(2).lines().get(0).id(), 1),
                "clerk")).isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(
                        new Messages(Locale.SIMPLIFIED_CHINESE).describe(e))
                        .isEqualTo("采购单 PO-" + DAY + "-0003 当前状态为“草稿”：只有已下单或部分到货的采购单才能收货。"));
    }

    @Test
    void aWriteAgainstAVersionSomeoneElseMovedOnChangesNothing() {
        PurchaseOrderRepository repository = new PurchaseOrderRepository(services.store().dsl());
        StoredPurchaseOrder read = drafts().get(0);
        StoredPurchaseOrderLine line = read.lines().get(1);
        orders.send(read.id(), "buyer");

        assertThat(repository.changeStatus(read.withStatus(PurchaseOrderStatus.CANCELLED, null, null, null), "b",
                NOW)).as("the order moved on to SENT").isFalse();
        assertThat(repository.receiveLine(line, 2, NOW)).isTrue();
        assertThat(repository.receiveLine(line, 2, NOW)).as("the line's version moved on").isFalse();
        StoredPurchaseOrderLine now = orders.find(read.id()).lines().get(1);
        assertThat(repository.receiveLine(now, 11, NOW)).as("more than the 10 outstanding").isFalse();
        assertThat(orders.find(read.id())).extracting(StoredPurchaseOrder::status, po -> po.lines().get(1)
                .receivedQuantity()).containsExactly(PurchaseOrderStatus.SENT, 2);
    }
}
