package io.storedesk.stock;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Promotion;
import io.storedesk.orders.Shipment;
import io.storedesk.orders.ShipmentStatus;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanningInputsTest {

    /** Noon in Shanghai on 2026-11-20; the sales window ends with 2026-11-19. */
    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    private final StockRepository stock = new StockRepository(dsl);
    private final OrderRepository orders = new OrderRepository(dsl);
    private final PlanningInputs inputs = new PlanningInputs(new PlanningRepository(dsl),
            () -> ShopSettings.DEFAULT_ZONE, Clock.fixed(NOW, ZoneOffset.UTC));
    private long beijing;
    private long shanghai;
    private long supplier;
    private Map<String, Long> skus;
    private long channel;

    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(dsl);
        beijing = fixtures.warehouse("BJ", "北京");
        shanghai = fixtures.warehouse("SH", "上海");
        channel = fixtures.channel("TM");
        skus = fixtures.skus("P1", "纸尿裤", "尿裤", "A1", "A2");
        supplier = stock.insertSuppliers(List.of(new Supplier(0, "S1", "供应商", null, null, "浙江", "杭州", 5, "CNY")))
                .get("S1");
        new StockLedgerRepository(dsl).openPositions(List.of(new OpeningBalance(sku("A1"), beijing, 10, 0),
                new OpeningBalance(sku("A1"), shanghai, 4, 0), new OpeningBalance(sku("A2"), beijing, 0, 0)),
                "test", NOW);
        new StockSettingRepository(dsl).insertSettings(List.of(new StockSetting(sku("A1"), beijing, supplier, 3, null, null, null, 1, 1,
                new BigDecimal("0.95"))));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void positionsCarryLevelsSettingsAndTheSuppliersStatedLeadTime() {
        Map<PositionKey, PlanningPosition> positions = load();

        PlanningPosition a1Beijing = positions.get(new PositionKey(sku("A1"), beijing));
        assertThat(positions).hasSize(3);
        assertThat(a1Beijing.onHand()).isEqualTo(10);
        assertThat(a1Beijing.supplierId()).isEqualTo(supplier);
        assertThat(a1Beijing.supplierLeadTimeDays()).isEqualTo(5);
        assertThat(a1Beijing.setting().safetyStock()).isEqualTo(3);
        assertThat(a1Beijing.title()).isEqualTo("纸尿裤 · 红");
        assertThat(positions.get(new PositionKey(sku("A1"), shanghai)).supplierId()).isNull();
    }

    @Test
    void salesCountByShopDayWhereTheyShippedOrElseWhereMostStockIs() {
        long promotion = orders.insertPromotions(List.of(new Promotion(0, "DOUBLE11", "双11", TODAY.minusDays(9),
                TODAY.minusDays(1)))).get("DOUBLE11");
        // 2026-11-19 01:30 in Shanghai is still 2026-11-18 in UTC: the shop's day counts.
        long shipped = order("O1", Instant.parse("2026-11-18T17:30:00Z"), OrderStatus.SHIPPED, null, "A1", 2);
        order("O2", Instant.parse("2026-11-18T03:00:00Z"), OrderStatus.PAID, promotion, "A1", 3);
        order("O3", Instant.parse("2026-11-18T03:00:00Z"), OrderStatus.CANCELLED, null, "A1", 5);
        order("O4", NOW.minusSeconds(60), OrderStatus.PAID, null, "A1", 7);
        long lineId = orders.lineIds(List.of(shipped)).get(shipped).get(1);
        orders.insertShipments(List.of(new Shipment(0, shipped, shanghai, null, null, ShipmentStatus.SHIPPED, null,
                null, null, null, null, NOW, null, Map.of(lineId, 2))));

        Map<PositionKey, PlanningPosition> positions = load();

        SalesHistory shanghaiSales = positions.get(new PositionKey(sku("A1"), shanghai)).sales();
        SalesHistory beijingSales = positions.get(new PositionKey(sku("A1"), beijing)).sales();
        int days = PlanningPolicy.DEFAULT.historyDays();
        assertThat(shanghaiSales.firstDay()).isEqualTo(TODAY.minusDays(days));
        assertThat(shanghaiSales.units()[days - 1]).isEqualTo(2);
        assertThat(sum(shanghaiSales)).isEqualTo(2);
        assertThat(beijingSales.units()[days - 2]).as("the unshipped order goes to the position with most stock")
                .isEqualTo(3);
        assertThat(beijingSales.promotion()[days - 2]).isTrue();
        assertThat(sum(beijingSales)).as("cancelled and today's orders are not history").isEqualTo(3);
        assertThat(positions.get(new PositionKey(sku("A1"), shanghai)).lastSale()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aSaleOlderThanTheWindowIsTheLastSaleButNotHistory() {
        Instant longAgo = NOW.minus(Duration.ofDays(200));
        order("O9", longAgo, OrderStatus.DELIVERED, null, "A2", 1);

        PlanningPosition a2 = load().get(new PositionKey(sku("A2"), beijing));

        assertThat(sum(a2.sales())).isZero();
        assertThat(a2.lastSale()).isEqualTo(LocalDate.ofInstant(longAgo, ShopSettings.DEFAULT_ZONE));
    }

    @Test
    void openPurchaseOrdersAreOnOrderAndReceivedOnesMeasureTheLeadTime() {
        Instant ordered = NOW.minus(Duration.ofDays(20));
        new PurchaseOrderRepository(dsl).insertPurchaseOrders(List.of(
                new PurchaseOrder(0, "PO-1", supplier, beijing, PurchaseOrderStatus.PARTIAL, ordered, null, null,
                        List.of(new PurchaseOrderLine(sku("A1"), 10, 4, cny("50")))),
                new PurchaseOrder(0, "PO-2", supplier, beijing, PurchaseOrderStatus.RECEIVED, ordered,
                        null, ordered.plus(Duration.ofHours(6 * 24 + 12)),
                        List.of(new PurchaseOrderLine(sku("A1"), 8, 8, cny("50")))),
                new PurchaseOrder(0, "PO-3", supplier, beijing, PurchaseOrderStatus.CANCELLED, ordered, null, null,
                        List.of(new PurchaseOrderLine(sku("A1"), 99, 0, cny("50"))))), "CNY", "test");

        PlanningPosition a1 = load().get(new PositionKey(sku("A1"), beijing));

        assertThat(a1.onOrder()).isEqualTo(6);
        assertThat(a1.measuredLeadTimeDays()).isEqualTo(6.5);
    }

    @Test
    void aDraftedTransferIsOnOrderAtItsDestinationUntilItShips() {
        long transfer = services.stockTransfers().create(beijing, shanghai, Map.of(sku("A1"), 3), "test").id();
        assertThat(load().get(new PositionKey(sku("A1"), shanghai)).onOrder()).isEqualTo(3);
        assertThat(load().get(new PositionKey(sku("A1"), beijing)).onOrder()).isZero();

        services.stockTransfers().ship(transfer, "test");

        PlanningPosition shipped = load().get(new PositionKey(sku("A1"), shanghai));
        assertThat(shipped.onOrder()).isZero();
        assertThat(shipped.inTransit()).isEqualTo(3);
    }

    @Test
    void onlyBatchesWithStockAndAnExpiryArePlanned() {
        new StockLedgerRepository(dsl).insertBatches(List.of(new Batch(0, sku("A1"), beijing, "B-1", 5, TODAY.plusDays(10), NOW),
                new Batch(0, sku("A1"), beijing, "B-2", 0, TODAY.plusDays(3), NOW),
                new Batch(0, sku("A1"), beijing, "B-3", 5, null, NOW)));

        assertThat(inputs.load(PlanningPolicy.DEFAULT).batches()).extracting(Batch::batchNo).containsExactly("B-1");
    }

    @Test
    void historiesAreReadAgainWhenOrdersChange() {
        assertThat(sum(load().get(new PositionKey(sku("A1"), beijing)).sales())).isZero();

        order("O1", NOW.minus(Duration.ofDays(2)), OrderStatus.PAID, null, "A1", 4);

        assertThat(sum(load().get(new PositionKey(sku("A1"), beijing)).sales())).isEqualTo(4);
    }

    private Map<PositionKey, PlanningPosition> load() {
        PlanningInput input = inputs.load(PlanningPolicy.DEFAULT);
        assertThat(input.today()).isEqualTo(TODAY);
        return input.positions().stream().collect(Collectors.toMap(PlanningPosition::key, Function.identity()));
    }

    private long order(String externalId, Instant placedAt, OrderStatus status, Long promotion, String skuCode,
                       int quantity) {
        Money amount = cny("100").times(quantity);
        OrderLine line = new OrderLine(0, 1, sku(skuCode), skuCode, "纸尿裤", LineKind.SALE, quantity, cny("100"),
                amount, false, null);
        Order order = new Order(0, channel, externalId, null, status, false, placedAt, placedAt, null, amount,
                cny("0"), cny("0"), amount, null, null, null, promotion, 0, List.of(line));
        return orders.insertOrders(List.of(order), done -> { }).values().iterator().next();
    }

    private long sku(String code) {
        return skus.get(code);
    }

    private static int sum(SalesHistory history) {
        int total = 0;
        for (int units : history.units()) {
            total += units;
        }
        return total;
    }
}
