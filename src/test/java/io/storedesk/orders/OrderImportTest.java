package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.SkuKind;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.StoreStats;
import io.storedesk.sync.ChannelRepository;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderImportTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country";

    /** Rows 2-11, in the Online Retail layout, with each case that file holds. */
    private static final String[] RETAIL = {
        HEADER,
        "536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom",
        "536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850.0,United Kingdom",
        "536365,POST,POSTAGE,1,2010-12-01 08:27:00,18.00,17850.0,United Kingdom",
        "536366,22633,HAND WARMER UNION JACK,6,2010-12-01 08:28:00,1.85,,United Kingdom",
        "536367,21777,,-20,2010-12-01 09:00:00,0,,United Kingdom",
        "C536379,85123A,WHITE HANGING HEART T-LIGHT HOLDER,-2,2010-12-02 10:00:00,2.55,17850.0,United Kingdom",
        "C536379,D,Discount,-1,2010-12-02 10:00:00,5.00,17850.0,United Kingdom",
        "C536380,22633,HAND WARMER UNION JACK,-1,2010-12-02 11:00:00,1.85,,United Kingdom",
        "C536381,71053,WHITE METAL LANTERN,-1,2010-12-01 07:00:00,3.39,17850.0,United Kingdom",
        "A563186,B,Adjust bad debt,1,2011-08-12 14:50:00,-11062.06,,United Kingdom"};

    private final Services services = TestStores.emptyInMemory();
    private final OrderRepository orders = new OrderRepository(services.store().dsl());
    private final CatalogRepository catalog = new CatalogRepository(services.store().dsl());
    private final ChannelRepository channels = new ChannelRepository(services.store().dsl());

    @BeforeEach
    void aBritishShop() {
        SettingsRepository settings = new SettingsRepository(services.store().dsl());
        settings.put(ShopSettings.CURRENCY, "GBP", "tester");
        settings.put(ShopSettings.TIME_ZONE, LONDON.getId(), "tester");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportResult run(Path file, ImportMode mode, boolean dryRun, boolean createMissingSkus) {
        return services.imports().run(ImportKindId.ORDERS, file,
                new ImportOptions(mode, dryRun, createMissingSkus, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult importRetail() {
        return run(Sheets.csv("retail.csv", RETAIL), ImportMode.VALID_ONLY, false, true);
    }

    private StoreStats stats() {
        return services.stats();
    }

    private long channelId() {
        return channels.findByCode(OrderImport.DEFAULT_CHANNEL).orElseThrow().id();
    }

    private Order order(String number) {
        return orders.findOrder(orders.findOrderId(channelId(), number).orElseThrow()).orElseThrow();
    }

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static String reason(RowProblem problem) {
        return ENGLISH.get(problem.reason().key(), problem.reason().arguments());
    }

    @Test
    void everyLineIsImportedOrRefusedWithItsReason() {
        ImportResult result = importRetail();

        assertThat(result.applied()).isTrue();
        assertThat(result.rows()).isEqualTo(RETAIL.length - 1);
        assertThat(result.outcomes()).extracting(RowOutcome::row, RowOutcome::status).containsExactly(
                tuple(2L, RowStatus.NEW), tuple(3L, RowStatus.NEW), tuple(4L, RowStatus.NEW), tuple(5L, RowStatus.NEW),
                tuple(6L, RowStatus.NEW), tuple(7L, RowStatus.NEW), tuple(8L, RowStatus.NEW),
                tuple(9L, RowStatus.REFUSED), tuple(10L, RowStatus.REFUSED), tuple(11L, RowStatus.NEW));
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, OrderImportTest::reason)
                .containsExactly(
                        tuple(9L, "CustomerID",
                                "a cancellation without a buyer cannot be matched to the purchase it refunds"),
                        tuple(10L, "StockCode", "buyer 17850 has no earlier purchase of this SKU to refund"));
    }

    @Test
    void ordersKeepTheirLinesMarkedByKindAndGuestsStayGuests() {
        importRetail();

        StoreStats stats = stats();
        assertThat(stats.count("orders")).isEqualTo(4);
        assertThat(stats.count("customer")).isEqualTo(1);
        assertThat(stats.count("order_line")).isEqualTo(6);

        Order first = order("536365");
        assertThat(first.customerId()).isNotNull();
        assertThat(first.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(first.placedAt()).isEqualTo(LocalDateTime.of(2010, 12, 1, 8, 26).atZone(LONDON).toInstant());
        assertThat(first.paidAt()).isEqualTo(first.placedAt());
        assertThat(first.shipTo().country()).isEqualTo("United Kingdom");
        assertThat(first.lines()).extracting(OrderLine::skuCode, OrderLine::kind, OrderLine::quantity)
                .containsExactly(tuple("85123A", LineKind.SALE, 6), tuple("71053", LineKind.SALE, 6),
                        tuple("POST", LineKind.SHIPPING, 1));
        assertThat(first.goodsAmount().amount()).isEqualByComparingTo("35.64");
        assertThat(first.shippingFee().amount()).isEqualByComparingTo("18");
        assertThat(first.totalAmount().amount()).isEqualByComparingTo("53.64");
        assertThat(first.currency()).isEqualTo("GBP");

        assertThat(order("536366").customerId()).as("a guest order").isNull();
        assertThat(order("536367").lines()).extracting(OrderLine::kind, OrderLine::quantity)
                .as("goods written off at no price").containsExactly(tuple(LineKind.ADJUSTMENT, -20));
        Order badDebt = order("A563186");
        assertThat(badDebt.lines()).extracting(OrderLine::kind).containsExactly(LineKind.ADJUSTMENT);
        assertThat(badDebt.totalAmount().amount()).isEqualByComparingTo("-11062.06");
    }

    @Test
    void cancellationsBecomeRefundsOfTheBuyersEarlierPurchase() {
        importRetail();

        Order bought = order("536365");
        List<Refund> refunds = orders.refunds(bought.id());
        assertThat(refunds).extracting(Refund::externalId, Refund::kind, Refund::quantity, Refund::orderLineId)
                .containsExactly(
                        tuple("C536379/1", RefundKind.CANCELLATION, 2, bought.lines().get(0).id()),
                        tuple("C536379/2", RefundKind.REFUND_ONLY, 1, null));
        assertThat(refunds).extracting(r -> r.amount().amount().toPlainString()).containsExactly("5.10", "5.00");
        assertThat(refunds.get(0).refundedAt())
                .isEqualTo(LocalDateTime.of(2010, 12, 2, 10, 0).atZone(LONDON).toInstant());
        assertThat(orders.findOrderId(channelId(), "C536379")).as("no negative sale").isEmpty();
    }

    @Test
    void theSignedTotalIsEveryAcceptedLine() {
        importRetail();

        BigDecimal expected = new BigDecimal("6").multiply(new BigDecimal("2.55"))
                .add(new BigDecimal("6").multiply(new BigDecimal("3.39")))
                .add(new BigDecimal("18.00"))
                .add(new BigDecimal("6").multiply(new BigDecimal("1.85")))
                .add(new BigDecimal("-11062.06"))
                .subtract(new BigDecimal("2").multiply(new BigDecimal("2.55")))
                .subtract(new BigDecimal("5.00"));
        assertThat(orders.netAmount(channelId())).isEqualByComparingTo(expected);
    }

    @Test
    void missingSkusAreCreatedFromTheLinesWithTheirKind() {
        importRetail();

        assertThat(stats().count("sku")).as("every code an order line names; D only refunds").isEqualTo(6);
        assertThat(catalog.findSku("85123A").orElseThrow().kind()).isEqualTo(SkuKind.GOODS);
        assertThat(catalog.findSku("85123A").orElseThrow().price().amount()).isEqualByComparingTo("2.55");
        assertThat(catalog.findSku("POST").orElseThrow().kind()).isEqualTo(SkuKind.SHIPPING);
        assertThat(catalog.findSku("B").orElseThrow().kind()).isEqualTo(SkuKind.ADJUSTMENT);
        assertThat(catalog.findSku("21777").orElseThrow().price().amount()).as("never sold").isZero();
        assertThat(catalog.findSku("D")).isEmpty();
        assertThat(order("536365").lines()).allSatisfy(line -> assertThat(line.skuId()).isNotNull());
    }

    @Test
    void withoutCreatingSkusAnOrderNamingAnUnknownOneIsRefusedWhole() {
        services.imports().run(ImportKindId.CATALOG, Sheets.csv("catalog.csv", "SKU,Title,Price",
                "85123A,White hanging heart,2.55", "71053,White metal lantern,3.39"),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(), "tester"), ImportProgress.NONE);

        ImportResult result = run(Sheets.csv("retail.csv", RETAIL[0], RETAIL[1], RETAIL[2], RETAIL[3]),
                ImportMode.VALID_ONLY, false, false);

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, OrderImportTest::reason)
                .containsExactly(
                        tuple(2L, "InvoiceNo", "row 4 of the same order is refused, so the whole order is left out"),
                        tuple(3L, "InvoiceNo", "row 4 of the same order is refused, so the whole order is left out"),
                        tuple(4L, "StockCode", "the catalog has no such SKU; choose \"create missing SKUs\" to create "
                                + "it from the lines"));
        assertThat(stats().count("orders")).isZero();
    }

    @Test
    void allOrNothingWritesNothingWhenAnyRowIsRefused() {
        ImportResult result = run(Sheets.csv("retail.csv", RETAIL), ImportMode.ALL_OR_NOTHING, false, true);

        assertThat(result.refused()).isEqualTo(2);
        assertThat(result.applied()).isFalse();
        StoreStats stats = stats();
        assertThat(stats.count("orders") + stats.count("sku") + stats.count("customer") + stats.count("channel"))
                .isZero();
    }

    @Test
    void theSameFileAgainChangesNothing() {
        importRetail();
        StoreStats before = stats();

        ImportResult again = importRetail();

        assertThat(again.applied()).isFalse();
        assertThat(again.unchanged()).isEqualTo(8);
        assertThat(again.refused()).isEqualTo(2);
        assertThat(stats().counts()).isEqualTo(before.counts());
    }

    @Test
    void aLaterCreditNoteRefundsAPurchaseStoredByAnEarlierImport() {
        importRetail();

        ImportResult later = run(Sheets.csv("later.csv", HEADER,
                "C540000,71053,WHITE METAL LANTERN,-10,2011-01-05 10:00:00,3.39,17850.0,United Kingdom"),
                ImportMode.ALL_OR_NOTHING, false, false);

        assertThat(later.applied()).isTrue();
        assertThat(later.warnings()).extracting(OrderImportTest::reason)
                .containsExactly("refunds more than is left of order 536365; imported anyway");
        Order bought = order("536365");
        assertThat(orders.refunds(bought.id())).extracting(Refund::externalId, Refund::orderLineId)
                .contains(tuple("C540000/1", bought.lines().get(1).id()));
    }

    @Test
    void withTheWindowsUpkeepTheKpiRollupsFollowAnImportAndItsUndoByThemselves() throws InterruptedException {
        services.keepKpiRollupsUpToDate();
        ImportResult result = importRetail();
        long importedOrders = stats().count("orders");

        assertThat(importedOrders).isPositive();
        awaitRolledUpOrders(importedOrders);
        services.imports().undo(result.jobId(), "tester");
        awaitRolledUpOrders(0);
    }

    /** The KPI rollups' slices come to hold this many orders, on the upkeep's thread (waits up to 30 s). */
    private void awaitRolledUpOrders(long expected) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        long rolledUp = -1;
        while (System.nanoTime() < deadline) {
            rolledUp = ((Number) services.store().dsl()
                    .fetchValue("SELECT COUNT(DISTINCT order_id) FROM kpi_order_slice")).longValue();
            if (rolledUp == expected) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(rolledUp).as("orders in the KPI rollups").isEqualTo(expected);
    }

    @Test
    void undoRemovesWhatTheImportCreated() {
        catalogWith85123A();
        StoreStats before = stats();
        ImportResult result = importRetail();

        services.imports().undo(result.jobId(), "tester");

        assertThat(businessCounts(stats())).isEqualTo(businessCounts(before));
        assertThat(catalog.findSku("85123A")).as("the SKU that was there before stays").isPresent();
        assertThat(channels.findByCode(OrderImport.DEFAULT_CHANNEL)).isEmpty();
    }

    @Test
    void undoIsRefusedWhileALaterRefundRefersToAnImportedOrder() {
        long first = importRetail().jobId();
        long later = run(Sheets.csv("later.csv", HEADER,
                "C540000,71053,WHITE METAL LANTERN,-1,2011-01-05 10:00:00,3.39,17850.0,United Kingdom"),
                ImportMode.ALL_OR_NOTHING, false, false).jobId();
        StoreStats before = stats();

        assertThatThrownBy(() -> services.imports().undo(first, "tester"))
                .isInstanceOf(RefusedInputException.class)
                .satisfies(e -> assertThat(ENGLISH.describe((RefusedInputException) e))
                        .contains("IMPORTED:536365").contains("uses it"));
        assertThat(stats().counts()).isEqualTo(before.counts());

        services.imports().undo(later, "tester");
        services.imports().undo(first, "tester");
        assertThat(stats().count("orders")).isZero();
        assertThat(stats().count("sku")).isZero();
    }

    @Test
    void ordersWithConflictingLinesAreRefusedWithTheReason() {
        ImportResult result = run(Sheets.csv("bad.csv", HEADER,
                "600001,A1,Goods,2,2011-01-05 10:00:00,-3.00,1,United Kingdom",
                "600002,A1,Goods,2,2011-01-05 10:00:00,3.00,1,United Kingdom",
                "600002,A2,Goods,-1,2011-01-05 10:00:00,4.00,1,United Kingdom",
                "600003,A1,Goods,1,2011-01-05 10:00:00,3.00,1,United Kingdom",
                "600003,A1,Goods,1,2011-01-05 10:00:00,3.00,2,United Kingdom",
                "600004,A1,Goods,0,2011-01-05 10:00:00,3.00,1,United Kingdom"),
                ImportMode.VALID_ONLY, true, true);

        assertThat(result.refused()).isEqualTo(6);
        assertThat(result.problems()).extracting(RowProblem::row, OrderImportTest::reason).containsExactly(
                tuple(2L, "goods cannot have a negative price (only postage, fees, discounts and adjustments can)"),
                tuple(3L, "row 4 of the same order is refused, so the whole order is left out"),
                tuple(4L, "a returned item with a price belongs in a credit note (an order number starting with C)"),
                tuple(5L, "row 6 of the same order is refused, so the whole order is left out"),
                tuple(6L, "row 5 of this order names another buyer"),
                tuple(7L, "a quantity of 0 is not an order line"));
    }

    @Test
    void chineseExportsMapByTheirHeadersAndNamedChannelsMustExist() {
        ImportResult result = run(Sheets.csv("tmall.csv", "订单号,下单时间,商品编码,宝贝标题,数量,单价,买家会员名,省份,城市,订单状态,渠道",
                "T1001,2026/11/9 12:50,ZNK-M,云柔纸尿裤 M,２,\"1,119.00\",tb_abc,广东,深圳市,已发货,",
                "T1002,2026/11/9 13:05,ZNK-M,云柔纸尿裤 M,1,119,tb_xyz,浙江,杭州市,已付款,NOSUCHSHOP"),
                ImportMode.VALID_ONLY, false, true);

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, OrderImportTest::reason)
                .containsExactly(tuple(3L, "渠道", "there is no channel with this code"));
        Order order = order("T1001");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.shipTo().province()).isEqualTo("广东省");
        assertThat(order.shipTo().city()).isEqualTo("深圳市");
        assertThat(order.lines().get(0).quantity()).isEqualTo(2);
        assertThat(order.totalAmount().amount()).isEqualByComparingTo("2238");
        assertThat(order.placedAt()).isEqualTo(LocalDateTime.of(2026, 11, 9, 12, 50).atZone(LONDON).toInstant());
    }

    private void catalogWith85123A() {
        services.imports().run(ImportKindId.CATALOG, Sheets.csv("catalog.csv", "SKU,Title,Price",
                        "85123A,White hanging heart,2.55"),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, false, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    /** Rows per table, leaving out the import jobs (undo keeps the job, marked undone). */
    private static Map<String, Long> businessCounts(StoreStats stats) {
        Map<String, Long> counts = new java.util.TreeMap<>(stats.counts());
        // The job's own records, and the audit entries of its import and undo, stay by design.
        counts.keySet().removeIf(table -> table.startsWith("import_") || table.equals("audit_log"));
        return counts;
    }
}
