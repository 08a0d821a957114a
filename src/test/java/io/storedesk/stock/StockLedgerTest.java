package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Receipts, shipments (first expiry first out), returns and write-offs, each booked with its ledger entries. */
class StockLedgerTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();
    private static final LocalDate JAN = LocalDate.of(2027, 1, 31);
    private static final LocalDate MAR = LocalDate.of(2027, 3, 31);

    private final Services services = TestStores.emptyInMemory();
    private final StockLedgerRepository repository = new StockLedgerRepository(services.store().dsl());
    private final StockLedger ledger = services.stockLedger();
    private PositionKey milk;

    /** Shanghai holds 10 units of NF-1 outside any batch. */
    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        long shanghai = fixtures.warehouse("WH-SH", "上海市");
        Map<String, Long> skus = fixtures.skus("NF", "奶粉", "奶粉", "NF-1");
        milk = new PositionKey(skus.get("NF-1"), shanghai);
        repository.openPositions(List.of(new OpeningBalance(milk.skuId(), shanghai, 10, 0)), "opening", NOW);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private StockLevel level() {
        return repository.levels(List.of(milk)).get(milk);
    }

    private Map<String, Integer> batches() {
        Map<String, Integer> held = new java.util.TreeMap<>();
        repository.batches(milk.skuId(), milk.warehouseId()).forEach(b -> held.put(b.batchNo(), b.quantity()));
        return held;
    }

    @Test
    void aReceiptIntoANewBatchOpensItAndAnotherReceiptTopsItUp() {
        List<Movement> first = ledger.receive(StockChange.of(milk, 20).inBatch("B1", MAR).forDocument("PO-1"), "amy");
        ledger.receive(StockChange.of(milk, 5).inBatch("B1", null), "amy");

        assertThat(first).singleElement().extracting(Movement::kind, Movement::quantity, Movement::onHandBefore,
                Movement::onHandAfter, Movement::reference, Movement::userName)
                .containsExactly(MovementKind.RECEIPT, 20, 10, 30, "PO-1", "amy");
        assertThat(batches()).containsExactly(Map.entry("B1", 25));
        assertThat(repository.batch(milk, "B1").orElseThrow().expiryDate()).isEqualTo(MAR);
        assertThat(level().onHand()).isEqualTo(35);
        assertThat(level().version()).isEqualTo(2);
    }

    @Test
    void aShipmentTakesTheEarliestExpiryFirstThenUndatedBatchesThenLooseStock() {
        ledger.receive(StockChange.of(milk, 4).inBatch("LATE", MAR), "amy");
        ledger.receive(StockChange.of(milk, 3).inBatch("UNDATED", null), "amy");
        ledger.receive(StockChange.of(milk, 2).inBatch("EARLY", JAN), "amy");

        List<Movement> shipped = ledger.ship(StockChange.of(milk, 10).forDocument("SO-77"), "bob");

        assertThat(shipped).extracting(Movement::quantity, Movement::onHandBefore, Movement::onHandAfter)
                .containsExactly(tuple(-2, 19, 17), tuple(-4, 17, 13), tuple(-3, 13, 10), tuple(-1, 10, 9));
        assertThat(shipped.get(3).batchId()).as("the rest from stock outside any batch").isNull();
        assertThat(batches()).containsExactly(Map.entry("EARLY", 0), Map.entry("LATE", 0), Map.entry("UNDATED", 0));
        assertThat(level().onHand()).isEqualTo(9);
        assertThat(repository.movements(milk.skuId(), milk.warehouseId()).stream().mapToInt(Movement::quantity).sum())
                .isEqualTo(9);
    }

    @Test
    void shippingMoreThanIsOnHandIsRefusedAndBooksNothing() {
        assertThatThrownBy(() -> ledger.ship(StockChange.of(milk, 11), "bob")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("stock.ledger.notEnoughOnHand");
                    assertThat(ENGLISH.describe(e)).isEqualTo("Cannot take 11 of NF-1 out of WH-SH: only 10 on hand.");
                });
        assertThat(level().onHand()).isEqualTo(10);
        assertThat(repository.movements(milk.skuId(), milk.warehouseId())).hasSize(1);
    }

    @Test
    void aWriteOffNeedsAReasonAndCanNameItsBatch() {
        ledger.receive(StockChange.of(milk, 6).inBatch("EARLY", JAN), "amy");
        ledger.receive(StockChange.of(milk, 6).inBatch("LATE", MAR), "amy");

        assertThatThrownBy(() -> ledger.writeOff(StockChange.of(milk, 1).because("  "), "cy"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.reasonRequired"));
        List<Movement> written = ledger.writeOff(StockChange.of(milk, 2).inBatch("LATE", null).because("罐体压扁"),
                "cy");

        assertThat(written).singleElement().extracting(Movement::kind, Movement::quantity, Movement::reason)
                .containsExactly(MovementKind.WRITE_OFF, -2, "罐体压扁");
        assertThat(batches()).containsExactly(Map.entry("EARLY", 6), Map.entry("LATE", 4));
        assertThatThrownBy(() -> ledger.writeOff(StockChange.of(milk, 5).inBatch("LATE", null).because("x"), "cy"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .isEqualTo("Cannot take 5 from batch \"LATE\": it holds only 4."));
    }

    @Test
    void aReturnRestocksIntoItsBatchOrOutsideAny() {
        ledger.receive(StockChange.of(milk, 3).inBatch("B1", JAN), "amy");
        ledger.ship(StockChange.of(milk, 3), "bob");

        ledger.returnToStock(StockChange.of(milk, 1).inBatch("B1", null).forDocument("SO-1"), "cy");
        List<Movement> loose = ledger.returnToStock(StockChange.of(milk, 2).forDocument("SO-2"), "cy");

        assertThat(batches()).containsExactly(Map.entry("B1", 1));
        assertThat(loose).singleElement().extracting(Movement::kind, Movement::batchId)
                .containsExactly(MovementKind.RETURN, null);
        assertThat(level().onHand()).isEqualTo(13);
    }

    @Test
    void aBatchReceivedWithAnotherExpiryIsRefusedAndNoBatchIsLeftBehind() {
        ledger.receive(StockChange.of(milk, 3).inBatch("B1", JAN), "amy");

        assertThatThrownBy(() -> ledger.receive(StockChange.of(milk, 1).inBatch("B1", MAR), "amy"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .contains("\"B1\"").contains("2027-01-31").contains("2027-03-31"));
        assertThatThrownBy(() -> ledger.ship(StockChange.of(milk, 1).inBatch("NOPE", null), "bob"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.unknownBatch"));
        assertThatThrownBy(() -> ledger.receive(StockChange.of(milk, 1).inBatch(null, MAR), "amy"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.expiryWithoutBatch"));
        assertThat(batches()).containsOnlyKeys("B1");
        assertThat(level().onHand()).isEqualTo(13);
    }

    @Test
    void quantitiesMustBePositiveAndPlausible() {
        for (int quantity : new int[] {0, -3, 1_000_001}) {
            assertThatThrownBy(() -> ledger.receive(StockChange.of(milk, quantity), "amy"))
                    .isInstanceOf(RefusedInputException.class);
        }
        assertThat(repository.movements(milk.skuId(), milk.warehouseId())).hasSize(1);
    }

    @Test
    void aBookingAgainstAVersionNoLongerCurrentIsLeftUnwritten() {
        StockLevel read = level();
        ledger.receive(StockChange.of(milk, 1), "amy");
        Movement late = new Movement(0, milk.skuId(), milk.warehouseId(), null, MovementKind.SHIPMENT, -1,
                read.onHand(), read.onHand() - 1, null, null, "bob", NOW);

        List<Movement> stale = services.store().inTransaction(() -> repository.bookOnHand(List.of(
                new OnHandChange(late, read.version()))));

        assertThat(stale).containsExactly(late);
        assertThat(level().onHand()).isEqualTo(11);
    }

    @Test
    void theHistoryReadsLikeALedger() {
        ledger.receive(StockChange.of(milk, 5).inBatch("B1", JAN).forDocument("PO-9"), "amy");
        ledger.ship(StockChange.of(milk, 2).forDocument("SO-3"), "bob");

        List<LedgerEntry> history = ledger.history("NF-1", "WH-SH");

        assertThat(history).extracting(LedgerEntry::kind, LedgerEntry::quantity, LedgerEntry::onHandBefore,
                LedgerEntry::onHandAfter, LedgerEntry::batchNo, LedgerEntry::reference, LedgerEntry::warehouseCode)
                .containsExactly(tuple(MovementKind.OPENING, 10, 0, 10, null, null, "WH-SH"),
                        tuple(MovementKind.RECEIPT, 5, 10, 15, "B1", "PO-9", "WH-SH"),
                        tuple(MovementKind.SHIPMENT, -2, 15, 13, "B1", "SO-3", "WH-SH"));
        assertThat(ledger.history("NF-1", null)).hasSize(3);
        assertThatThrownBy(() -> ledger.history("NOPE", null)).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.unknownSku"));
        assertThatThrownBy(() -> ledger.history("NF-1", "WH-XX")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.unknownWarehouse"));
    }
}
