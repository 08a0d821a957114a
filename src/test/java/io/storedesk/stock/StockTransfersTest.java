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
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transfers: out of the source into transit, then into the destination in parts, batches travelling along. */
class StockTransfersTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();
    /** Codes count by the shop's day. */
    private static final String DAY = LocalDate.ofInstant(NOW, ShopSettings.DEFAULT_ZONE)
            .format(DateTimeFormatter.BASIC_ISO_DATE);
    private static final LocalDate JAN = LocalDate.of(2027, 1, 31);
    private static final LocalDate MAR = LocalDate.of(2027, 3, 31);

    private final Services services = TestStores.emptyInMemory();
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private final StockTransfers transfers = services.stockTransfers();
    private long shanghai;
    private long chengdu;
    private long milk;
    private long toy;

    /** Shanghai: milk 2 loose + batch EARLY 3 (Jan) + batch LATE 5 (Mar), toys 4. Chengdu holds nothing. */
    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(services.store().dsl());
        shanghai = fixtures.warehouse("WH-SH", "上海市");
        chengdu = fixtures.warehouse("WH-CD", "四川省");
        Map<String, Long> skus = fixtures.skus("NF", "奶粉", "奶粉", "NF-1", "WJ-1");
        milk = skus.get("NF-1");
        toy = skus.get("WJ-1");
        ledger.openPositions(List.of(new OpeningBalance(milk, shanghai, 2, 0), new OpeningBalance(toy, shanghai, 4, 0)),
                "opening", NOW);
        services.stockLedger().receive(StockChange.of(new PositionKey(milk, shanghai), 5).inBatch("LATE", MAR), "a");
        services.stockLedger().receive(StockChange.of(new PositionKey(milk, shanghai), 3).inBatch("EARLY", JAN), "a");
    }

    @AfterEach
    void close() {
        services.close();
    }

    private StockLevel level(long sku, long warehouse) {
        return ledger.levels(List.of(new PositionKey(sku, warehouse))).get(new PositionKey(sku, warehouse));
    }

    private StockTransfer draft() {
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(milk, 7);
        lines.put(toy, 4);
        return transfers.create(shanghai, chengdu, lines, "planner");
    }

    @Test
    void plannedMovesBecomeOneDraftPerRouteWithEachSkusUnitsSummed() {
        long beijing = new Fixtures(services.store().dsl()).warehouse("WH-BJ", "北京市");
        List<StockTransfer> drafts = transfers.createFromSuggestions(List.of(
                new TransferSuggestion(milk, "NF-1", shanghai, "WH-SH", chengdu, "WH-CD", 3),
                new TransferSuggestion(toy, "WJ-1", shanghai, "WH-SH", chengdu, "WH-CD", 2),
                new TransferSuggestion(milk, "NF-1", shanghai, "WH-SH", beijing, "WH-BJ", 1),
                new TransferSuggestion(milk, "NF-1", shanghai, "WH-SH", chengdu, "WH-CD", 1)), "planner");

        assertThat(drafts).extracting(StockTransfer::toWarehouseId).containsExactly(chengdu, beijing);
        assertThat(drafts.get(0).lines()).extracting(StockTransferLine::skuId, StockTransferLine::quantity)
                .containsExactlyInAnyOrder(tuple(milk, 4), tuple(toy, 2));
        assertThat(drafts).allSatisfy(t -> assertThat(t.status()).isEqualTo(TransferStatus.DRAFT));
        assertThat(level(milk, shanghai).onHand()).as("a draft moves nothing yet").isEqualTo(10);
    }

    @Test
    void shippingBooksTransferOutAtTheSourceAndPutsTheUnitsInTransit() {
        StockTransfer draft = draft();
        StockTransfer shipped = transfers.ship(draft.id(), "picker");

        assertThat(draft.code()).isEqualTo("TR-" + DAY + "-0001");
        assertThat(shipped.status()).isEqualTo(TransferStatus.IN_TRANSIT);
        assertThat(shipped.shippedAt()).isEqualTo(NOW);
        assertThat(ledger.movements(milk, shanghai)).filteredOn(m -> m.kind() == MovementKind.TRANSFER_OUT)
                .extracting(Movement::quantity, Movement::reference)
                .containsExactly(tuple(-3, draft.code()), tuple(-4, draft.code()));
        assertThat(level(milk, shanghai).onHand()).isEqualTo(3);
        assertThat(level(milk, chengdu)).extracting(StockLevel::onHand, StockLevel::inTransit).containsExactly(0, 7);
        assertThat(level(toy, chengdu).inTransit()).isEqualTo(4);
        assertThat(ledger.movements(milk, chengdu)).as("nothing on hand there yet").isEmpty();
    }

    @Test
    void receivingInPartsBooksTransferInKeepsTheBatchesAndEndsReceived() {
        StockTransfer shipped = transfers.ship(draft().id(), "picker");
        long milkLine = shipped.lines().get(0).id();
        long toyLine = shipped.lines().get(1).id();

        StockTransfer partly = transfers.receive(shipped.id(), Map.of(milkLine, 5), "clerk");

        assertThat(partly.status()).isEqualTo(TransferStatus.IN_TRANSIT);
        assertThat(ledger.batches(milk, chengdu)).extracting(Batch::batchNo, Batch::quantity, Batch::expiryDate)
                .containsExactly(tuple("EARLY", 3, JAN), tuple("LATE", 2, MAR));
        assertThat(level(milk, chengdu)).extracting(StockLevel::onHand, StockLevel::inTransit).containsExactly(5, 2);

        StockTransfer received = transfers.receive(shipped.id(), Map.of(milkLine, 2, toyLine, 4), "clerk");

        assertThat(received.status()).isEqualTo(TransferStatus.RECEIVED);
        assertThat(received.receivedAt()).isEqualTo(NOW);
        assertThat(ledger.batches(milk, chengdu)).extracting(Batch::quantity).containsExactly(3, 4);
        assertThat(level(milk, chengdu)).extracting(StockLevel::onHand, StockLevel::inTransit).containsExactly(7, 0);
        assertThat(level(toy, chengdu)).extracting(StockLevel::onHand, StockLevel::inTransit).containsExactly(4, 0);
        assertThat(ledger.movements(milk, chengdu)).extracting(Movement::kind).containsOnly(MovementKind.TRANSFER_IN);
        assertThat(ledger.movements(milk, chengdu).stream().mapToInt(Movement::quantity).sum()).isEqualTo(7);
    }

    @Test
    void shippingAndReceivingAreAuditedAsTheTransferAndAsEachStockMovement() {
        StockTransfer shipped = transfers.ship(draft().id(), "picker");
        long milkLine = shipped.lines().get(0).id();

        transfers.receive(shipped.id(), Map.of(milkLine, 5), "clerk");

        AuditRepository audit = new AuditRepository(services.store().dsl());
        List<AuditEntry> history = audit.history("transfer", shipped.code(), 5);
        assertThat(history).extracting(AuditEntry::action, AuditEntry::user).containsExactly(
                tuple("stock.transfer.receive", "clerk"), tuple("stock.transfer.ship", "picker"));
        assertThat(history.get(1).before()).containsEntry("status", "DRAFT");
        assertThat(history.get(1).after()).containsEntry("status", "IN_TRANSIT");
        assertThat(history.get(0).before()).containsEntry("received", milk + ":0/7;" + toy + ":0/4");
        assertThat(history.get(0).after()).containsEntry("status", "IN_TRANSIT")
                .containsEntry("received", milk + ":5/7;" + toy + ":0/4");
        List<AuditEntry> out = audit.history("stock", milk + "@" + shanghai, 10).stream()
                .filter(e -> e.user().equals("picker")).toList();
        assertThat(out).extracting(AuditEntry::action).containsOnly("stock.transfer_out");
        assertThat(out.get(out.size() - 1).before()).containsEntry("onHand", "10");
        assertThat(out.get(0).after()).containsEntry("onHand", "3").containsEntry("reference", shipped.code());
        assertThat(out.stream().mapToInt(e -> Integer.parseInt(e.after().get("quantity"))).sum()).isEqualTo(-7);
        assertThat(audit.history("stock", milk + "@" + chengdu, 10)).extracting(AuditEntry::user,
                e -> e.after().get("onHand")).containsExactly(tuple("clerk", "5"), tuple("clerk", "3"));
    }

    @Test
    void receivingMoreThanIsOnTheWayIsRefusedNamingTheLine() {
        StockTransfer shipped = transfers.ship(draft().id(), "picker");
        long toyLine = shipped.lines().get(1).id();

        assertThatThrownBy(() -> transfers.receive(shipped.id(), Map.of(toyLine, 5), "clerk"))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e)).isEqualTo(
                        "Line " + toyLine + " (WJ-1) of transfer TR-" + DAY + "-0001: 5 received, but only 4 are still"
                                + " on the way."));
        assertThat(level(toy, chengdu).inTransit()).isEqualTo(4);
    }

    @Test
    void aTransferCannotShipMoreThanTheSourceHoldsNorTwice() {
        Map<Long, Integer> lines = new LinkedHashMap<>();
        lines.put(milk, 3);
        lines.put(toy, 5);
        StockTransfer tooMuch = transfers.create(shanghai, chengdu, lines, "planner");
        assertThatThrownBy(() -> transfers.ship(tooMuch.id(), "picker")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(e.messageKey()).isEqualTo("stock.ledger.notEnoughOnHand"));
        assertThat(transfers.find(tooMuch.id()).status()).isEqualTo(TransferStatus.DRAFT);
        assertThat(level(milk, shanghai).onHand()).as("the milk line rolled back too").isEqualTo(10);
        assertThat(level(milk, chengdu)).as("no transit left behind").isNull();

        StockTransfer shipped = transfers.ship(draft().id(), "picker");
        assertThatThrownBy(() -> transfers.ship(shipped.id(), "picker")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(new Messages(Locale.SIMPLIFIED_CHINESE).describe(e))
                        .isEqualTo("调拨单 TR-" + DAY + "-0002 当前状态为“在途”：只有草稿才能发出。"));
        assertThatThrownBy(() -> transfers.cancel(shipped.id(), "picker")).isInstanceOf(RefusedInputException.class);
        assertThat(transfers.cancel(tooMuch.id(), "planner").status()).isEqualTo(TransferStatus.CANCELLED);
    }

    @Test
    void aTransferNeedsTwoPlacesAndSomethingToMove() {
        assertThatThrownBy(() -> transfers.create(shanghai, shanghai, Map.of(toy, 1), "p"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.transfer.samePlace"));
        assertThatThrownBy(() -> transfers.create(shanghai, chengdu, Map.of(), "p"))
                .isInstanceOfSatisfying(RefusedInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("stock.transfer.noLines"));
    }
}
