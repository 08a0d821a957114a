package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.Services;
import io.storedesk.common.Page;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T13:30:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final StockRepository stock = new StockRepository(services.store().dsl());
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private final StockSettingRepository settings = new StockSettingRepository(services.store().dsl());
    private final ReservationRepository reservations = new ReservationRepository(services.store().dsl());
    private final PurchaseOrderRepository purchaseOrders = new PurchaseOrderRepository(services.store().dsl());
    private final Fixtures fixtures = new Fixtures(services.store().dsl());
    private long shanghai;
    private Map<String, Long> skus;

    @BeforeEach
    void setUp() {
        shanghai = fixtures.warehouse("WH-SH", "上海市");
        skus = fixtures.skus("P1", "奶粉", "x", "A", "B", "C", "D", "E");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void openingPositionsAreBookedInTheLedgerThatReplaysToThem() {
        ledger.openPositions(List.of(new OpeningBalance(skus.get("A"), shanghai, 40, 5)), "tester", NOW);

        StockLevel level = ledger.levels(skus.get("A")).get(0);
        assertThat(level.onHand()).isEqualTo(40);
        assertThat(level.inTransit()).isEqualTo(5);
        List<Movement> entries = ledger.movements(skus.get("A"), shanghai);
        assertThat(entries).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MovementKind.OPENING);
            assertThat(m.onHandAfter()).isEqualTo(40);
            assertThat(m.userName()).isEqualTo("tester");
            assertThat(m.occurredAt()).isEqualTo(NOW);
        });
        assertThat(entries.stream().mapToInt(Movement::quantity).sum()).isEqualTo(level.onHand());
    }

    @Test
    void reservedFollowsTheActiveReservations() {
        ledger.openPositions(List.of(new OpeningBalance(skus.get("A"), shanghai, 10, 0)), "t", NOW);
        hold(List.of(
                new Reservation(0, skus.get("A"), shanghai, null, null, 3, ReservationKind.UNPAID, NOW, NOW, null),
                new Reservation(0, skus.get("A"), shanghai, null, null, 4, ReservationKind.PRESALE, NOW, null, null),
                new Reservation(0, skus.get("A"), shanghai, null, null, 9, ReservationKind.UNPAID, NOW, NOW, NOW)));

        StockLevel level = ledger.levels(skus.get("A")).get(0);
        assertThat(level.reserved()).isEqualTo(7);
        assertThat(level.available()).isEqualTo(3);
        assertThat(reservations.activeReservations(skus.get("A"))).hasSize(2);
    }

    @Test
    void positionsComeWorstFirstInTheOrderOfStockStatus() {
        ledger.openPositions(List.of(
                new OpeningBalance(skus.get("A"), shanghai, 50, 0),
                new OpeningBalance(skus.get("B"), shanghai, 0, 0),
                new OpeningBalance(skus.get("C"), shanghai, 3, 0),
                new OpeningBalance(skus.get("D"), shanghai, 500, 0),
                new OpeningBalance(skus.get("E"), shanghai, 1, 0)), "t", NOW);
        settings.insertSettings(List.of("A", "B", "C", "D", "E").stream().map(code -> new StockSetting(skus.get(code),
                shanghai, null, 5, null, 100, null, 1, 1, new BigDecimal("0.95"))).toList());
        hold(List.of(new Reservation(0, skus.get("E"), shanghai, null, null, 2,
                ReservationKind.PRESALE, NOW, null, null)));

        Page<StockPosition> page = stock.positions("", 10);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.rows()).extracting(StockPosition::skuCode).containsExactly("E", "B", "C", "D", "A");
        List<StockStatus> statuses = page.rows().stream().map(StockPosition::status).toList();
        assertThat(statuses).containsExactly(StockStatus.NEGATIVE, StockStatus.OUT_OF_STOCK,
                StockStatus.BELOW_SAFETY, StockStatus.OVERSTOCK, StockStatus.OK);
        assertThat(statuses).isSorted();
    }

    @Test
    void positionsShowTheNearestExpiryOfBatchesStillHeld() {
        ledger.openPositions(List.of(new OpeningBalance(skus.get("A"), shanghai, 30, 0)), "t", NOW);
        ledger.insertBatches(List.of(
                new Batch(0, skus.get("A"), shanghai, "B1", 0, LocalDate.of(2026, 12, 1), NOW),
                new Batch(0, skus.get("A"), shanghai, "B2", 10, LocalDate.of(2027, 1, 15), NOW),
                new Batch(0, skus.get("A"), shanghai, "B3", 20, LocalDate.of(2027, 6, 1), NOW)));

        assertThat(stock.positions("A", 10).rows().get(0).nearestExpiry()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(ledger.batches(skus.get("A"), shanghai)).extracting(Batch::batchNo).containsExactly("B1", "B2", "B3");
    }

    @Test
    void purchaseOrdersRoundTripWithTheirLinesAndTotal() {
        long supplier = stock.insertSuppliers(List.of(new Supplier(0, "SUP", "供应商", null, null, null, null, 7,
                "CNY"))).get("SUP");
        purchaseOrders.insertPurchaseOrders(List.of(new PurchaseOrder(0, "PO1", supplier, shanghai, PurchaseOrderStatus.SENT,
                NOW, NOW, null, List.of(new PurchaseOrderLine(skus.get("A"), 12, 0, Fixtures.cny("8.50")),
                        new PurchaseOrderLine(skus.get("B"), 5, 2, Fixtures.cny("20.00"))))), "CNY", "t");

        PurchaseOrder po = purchaseOrders.purchaseOrders(PurchaseOrderStatus.SENT).get(0);
        assertThat(po.lines()).hasSize(2);
        assertThat(po.total("CNY").amount()).isEqualByComparingTo("202.00");
        assertThat(po.lines().get(1).outstanding()).isEqualTo(3);
    }

    @Test
    void bookingOnHandWritesTheLedgerAndLeavesAPositionChangedSinceItWasRead() {
        ledger.openPositions(List.of(new OpeningBalance(skus.get("A"), shanghai, 10, 0),
                new OpeningBalance(skus.get("B"), shanghai, 10, 0)), "t", NOW);
        PositionKey a = new PositionKey(skus.get("A"), shanghai);
        PositionKey b = new PositionKey(skus.get("B"), shanghai);
        PositionKey c = new PositionKey(skus.get("C"), shanghai);
        Movement countA = count(a, 10, 12);
        Movement staleB = count(b, 10, 8);

        List<Movement> stale = ledger.bookOnHand(List.of(new OnHandChange(countA, 0), new OnHandChange(staleB, 3),
                new OnHandChange(count(c, 0, 6), null)));

        assertThat(stale).containsExactly(staleB);
        Map<PositionKey, StockLevel> levels = ledger.levels(List.of(a, b, c));
        assertThat(levels.get(a)).extracting(StockLevel::onHand, StockLevel::version).containsExactly(12, 1);
        assertThat(levels.get(b)).extracting(StockLevel::onHand, StockLevel::version).containsExactly(10, 0);
        assertThat(levels.get(c)).extracting(StockLevel::onHand, StockLevel::version).containsExactly(6, 0);
        assertThat(ledger.movements(skus.get("B"), shanghai)).as("no entry for a position not written").hasSize(1);
        assertThat(ledger.movements(skus.get("A"), shanghai)).extracting(Movement::quantity).containsExactly(10, 2);
        assertThat(ledger.bookOnHand(List.of(new OnHandChange(count(c, 0, 9), null))))
                .as("a position created meanwhile is not created twice").hasSize(1);
    }

    @Test
    void severalMovementsOfOnePositionChainUnderOneVersionAndMoveTheirBatches() {
        ledger.openPositions(List.of(new OpeningBalance(skus.get("A"), shanghai, 10, 0)), "t", NOW);
        PositionKey a = new PositionKey(skus.get("A"), shanghai);
        Batch b1 = ledger.openBatch(a, "B1", LocalDate.of(2027, 1, 1), "t", NOW);
        Movement in = new Movement(0, a.skuId(), shanghai, b1.id(), MovementKind.RECEIPT, 6, 10, 16, null, "PO", "t", NOW);
        Movement out = new Movement(0, a.skuId(), shanghai, b1.id(), MovementKind.SHIPMENT, -4, 16, 12, null, "SO", "t",
                NOW);

        assertThat(ledger.bookOnHand(List.of(new OnHandChange(in, 0), new OnHandChange(out, 0)))).isEmpty();

        assertThat(ledger.levels(List.of(a)).get(a)).extracting(StockLevel::onHand, StockLevel::version)
                .containsExactly(12, 1);
        assertThat(ledger.batches(a.skuId(), shanghai)).extracting(Batch::quantity).containsExactly(2);
        Movement tooMuch = new Movement(0, a.skuId(), shanghai, b1.id(), MovementKind.SHIPMENT, -3, 12, 9, null, null,
                "t", NOW);
        // As the services do: a stale booking rolls the unit of work back.
        assertThatThrownBy(() -> services.store().inTransaction(() -> {
            assertThat(ledger.bookOnHand(List.of(new OnHandChange(tooMuch, 1)))).as("the batch holds 2")
                    .containsExactly(tooMuch);
            throw new IllegalStateException("stale");
        })).hasMessage("stale");
        assertThat(ledger.movements(a.skuId(), shanghai)).hasSize(3);
        assertThat(ledger.levels(List.of(a)).get(a).onHand()).isEqualTo(12);
        assertThat(ledger.batches(a.skuId(), shanghai)).extracting(Batch::quantity).containsExactly(2);
        assertThatThrownBy(() -> ledger.bookOnHand(List.of(new OnHandChange(count(a, 12, 13), 2),
                new OnHandChange(count(a, 12, 14), 2)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsAreUpdatedAndDeletedOnlyAtTheVersionRead() {
        StockSetting a = new StockSetting(skus.get("A"), shanghai, null, 5, 10, 100, 7, 1, 1, new BigDecimal("0.95"));
        StockSetting b = new StockSetting(skus.get("B"), shanghai, null, 5, 10, 100, 7, 1, 1, new BigDecimal("0.95"));
        settings.insertSettings(List.of(a, b), "tester", NOW);
        StockSetting raised = new StockSetting(a.skuId(), shanghai, null, 8, 10, 100, 7, 6, 1, new BigDecimal("0.98"));

        assertThat(settings.updateSettings(List.of(new StoredSetting(raised, 0)), "tester", NOW)).isEmpty();
        assertThat(settings.updateSettings(List.of(new StoredSetting(raised, 0)), "tester", NOW)).hasSize(1);
        assertThat(settings.deleteSettings(List.of(new StoredSetting(a, 0)))).as("stale").hasSize(1);
        assertThat(settings.deleteSettings(List.of(new StoredSetting(b, 0)))).isEmpty();

        Map<PositionKey, StoredSetting> stored = settings.settings(List.of(new PositionKey(a.skuId(), shanghai),
                new PositionKey(b.skuId(), shanghai)));
        assertThat(stored).containsOnlyKeys(new PositionKey(a.skuId(), shanghai));
        assertThat(stored.get(new PositionKey(a.skuId(), shanghai))).isEqualTo(new StoredSetting(new StockSetting(
                a.skuId(), shanghai, null, 8, 10, 100, 7, 6, 1, new BigDecimal("0.9800")), 1));
    }

    private void hold(List<Reservation> held) {
        reservations.insertReservations(held);
        ledger.loadReserved();
    }

    private static Movement count(PositionKey position, int before, int after) {
        return new Movement(0, position.skuId(), position.warehouseId(), null, MovementKind.STOCKTAKE, after - before,
                before, after, "count", "test", "tester", NOW);
    }
}
