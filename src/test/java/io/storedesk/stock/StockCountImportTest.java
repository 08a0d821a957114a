package io.storedesk.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.Services;
import io.storedesk.common.Messages;
import io.storedesk.common.RefusedInputException;
import io.storedesk.importing.FieldChange;
import io.storedesk.importing.ImportKindId;
import io.storedesk.importing.ImportMode;
import io.storedesk.importing.ImportOptions;
import io.storedesk.importing.ImportProgress;
import io.storedesk.importing.ImportResult;
import io.storedesk.importing.RowOutcome;
import io.storedesk.importing.RowProblem;
import io.storedesk.importing.RowStatus;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.Sheets;
import io.storedesk.testing.TestStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stocktake files: counts booked as STOCKTAKE ledger entries, refusals with their reasons, undo. */
class StockCountImportTest {

    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages CHINESE = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final Instant NOW = TestStores.DEMO_CLOCK.instant();

    private final Services services = TestStores.emptyInMemory();
    private final StockRepository stock = new StockRepository(services.store().dsl());
    private final StockLedgerRepository ledger = new StockLedgerRepository(services.store().dsl());
    private long shanghai;
    private long guangzhou;
    private Map<String, Long> skus;

    /** Shanghai holds D-M 10 (3 of them reserved) and D-L 5; D-XL has never been there; Guangzhou holds D-M 8. */
    @BeforeEach
    void twoWarehousesWithStock() {
        Map<String, Long> warehouses = stock.insertWarehouses(List.of(
                new Warehouse(0, "WH-SH", "上海嘉定仓", "上海市", "上海市", null, 1, true),
                new Warehouse(0, "WH-GZ", "广州白云仓", "广东省", "广州市", null, 2, true)));
        shanghai = warehouses.get("WH-SH");
        guangzhou = warehouses.get("WH-GZ");
        skus = new Fixtures(services.store().dsl()).skus("D1", "云柔纸尿裤", "纸尿裤", "D-M", "D-L", "D-XL");
        ledger.openPositions(List.of(new OpeningBalance(sku("D-M"), shanghai, 10, 0),
                new OpeningBalance(sku("D-L"), shanghai, 5, 0), new OpeningBalance(sku("D-M"), guangzhou, 8, 0)),
                "opening", NOW.minusSeconds(86_400));
        hold(List.of(new Reservation(0, sku("D-M"), shanghai, null, null, 3,
                ReservationKind.UNPAID, NOW.minusSeconds(3_600), null, null)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Stores reservations and sets the positions' reserved figures from them, as a shop's set-up does. */
    private void hold(List<Reservation> reservations) {
        new ReservationRepository(services.store().dsl()).insertReservations(reservations);
        ledger.loadReserved();
    }

    private long sku(String code) {
        return skus.get(code);
    }

    private ImportResult run(Path file, ImportMode mode, boolean dryRun) {
        return services.imports().run(ImportKindId.STOCK_COUNT, file,
                new ImportOptions(mode, dryRun, false, Map.of(), "tester"), ImportProgress.NONE);
    }

    private ImportResult apply(Path file) {
        return run(file, ImportMode.ALL_OR_NOTHING, false);
    }

    private StockLevel level(String skuCode, long warehouse) {
        return ledger.levels(sku(skuCode)).stream().filter(l -> l.warehouseId() == warehouse).findFirst().orElseThrow();
    }

    private List<Movement> ledger(String skuCode, long warehouse) {
        return ledger.movements(sku(skuCode), warehouse);
    }

    private long movements() {
        return services.stats().count("stock_movement");
    }

    private static String reason(RowProblem problem, Messages messages) {
        return messages.get(problem.reason().key(), problem.reason().arguments());
    }

    private static final String[] COUNT = {
        "Warehouse,SKU,Counted,Note",
        "WH-SH,D-M,7,三包破损报废",
        "WH-SH,D-L,5,",
        "WH-SH,D-XL,4,"};

    @Test
    void aDryRunShowsEachPositionBeforeAndAfterAndWritesNothing() {
        ImportResult result = run(Sheets.csv("count.csv", COUNT), ImportMode.ALL_OR_NOTHING, true);

        assertThat(result.outcomes()).extracting(RowOutcome::row, RowOutcome::key, RowOutcome::status)
                .containsExactly(tuple(2L, "WH-SH / D-M", RowStatus.CHANGED),
                        tuple(3L, "WH-SH / D-L", RowStatus.UNCHANGED), tuple(4L, "WH-SH / D-XL", RowStatus.NEW));
        assertThat(result.outcomes()).flatExtracting(RowOutcome::changes).containsExactly(
                new FieldChange("on_hand", "10", "7"), new FieldChange("on_hand", "0", "4"));
        assertThat(result.applied()).isFalse();
        assertThat(level("D-M", shanghai).onHand()).isEqualTo(10);
        assertThat(movements()).isEqualTo(3);
    }

    @Test
    void aDifferentCountIsBookedAsAStocktakeEntryAndSetsThePosition() {
        ImportResult result = apply(Sheets.csv("count.csv", COUNT));

        assertThat(result.applied()).isTrue();
        StockLevel counted = level("D-M", shanghai);
        assertThat(counted.onHand()).isEqualTo(7);
        assertThat(counted.reserved()).isEqualTo(3);
        assertThat(counted.version()).isEqualTo(1);
        assertThat(ledger("D-M", shanghai)).last().isEqualTo(new Movement(last(ledger("D-M", shanghai)).id(),
                sku("D-M"), shanghai, null, MovementKind.STOCKTAKE, -3, 10, 7, "三包破损报废",
                "import job " + result.jobId(), "tester", NOW));
        assertThat(level("D-M", guangzhou).onHand()).as("another warehouse's position").isEqualTo(8);
        assertThat(ledger("D-L", shanghai)).as("an agreeing count books nothing").hasSize(1);
    }

    @Test
    void aCountWhereNothingWasKeptOpensThePositionWithItsEntry() {
        ImportResult result = apply(Sheets.csv("count.csv", COUNT));

        StockLevel opened = level("D-XL", shanghai);
        assertThat(opened.onHand()).isEqualTo(4);
        assertThat(opened.version()).isZero();
        assertThat(ledger("D-XL", shanghai)).extracting(Movement::kind, Movement::quantity, Movement::onHandBefore,
                Movement::onHandAfter, Movement::reason, Movement::reference).containsExactly(tuple(
                        MovementKind.STOCKTAKE, 4, 0, 4, "Stocktake import", "import job " + result.jobId()));
    }

    @Test
    void theSameFileAgainChangesNothing() {
        apply(Sheets.csv("count.csv", COUNT));
        long booked = movements();

        ImportResult again = apply(Sheets.csv("count.csv", COUNT));

        assertThat(again.outcomes()).extracting(RowOutcome::status).containsOnly(RowStatus.UNCHANGED);
        assertThat(again.applied()).isFalse();
        assertThat(again.jobId()).isNull();
        assertThat(movements()).isEqualTo(booked);
        assertThat(level("D-M", shanghai).version()).isEqualTo(1);
    }

    private static final String[] BAD = {
        "Warehouse,SKU,Counted",
        "WH-SH,D-M,12",
        "WH-XX,D-M,1",
        "WH-GZ,NOPE,1",
        "WH-GZ,D-L,-2",
        "WH-GZ,D-XL,2.5",
        "WH-SH,D-XL,36527519",
        "WH-SH,D-M,11",
        "WH-SH,D-L,",
        "上海嘉定仓,D-M,6"};

    @Test
    void refusedRowsSayRowColumnAndReasonAndAllOrNothingBooksNone() {
        ImportResult result = apply(Sheets.csv("bad.csv", BAD));

        assertThat(result.applied()).isFalse();
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, p -> reason(p, ENGLISH))
                .containsExactly(
                        tuple(3L, "Warehouse", "there is no warehouse with this code or name"),
                        tuple(4L, "SKU", "the catalog has no such SKU; add it to the catalog first"),
                        tuple(5L, "Counted", "a negative value is not allowed here"),
                        tuple(6L, "Counted", "write a whole number such as 12"),
                        tuple(7L, "Counted", "more than 1,000,000 units in one place is surely a slip (a barcode in "
                                + "the count column?)"),
                        tuple(8L, "SKU", "row 2 already gives this SKU in this warehouse"),
                        tuple(9L, "Counted", "a value is required"),
                        tuple(10L, "SKU", "row 2 already gives this SKU in this warehouse"));
        assertThat(level("D-M", shanghai).onHand()).isEqualTo(10);
        assertThat(movements()).isEqualTo(3);
    }

    @Test
    void aCountBelowWhatOrdersHoldIsRefused() {
        ImportResult result = apply(Sheets.csv("short.csv", "Warehouse,SKU,Counted", "WH-SH,D-M,2"));

        assertThat(result.applied()).isFalse();
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value,
                p -> reason(p, ENGLISH)).containsExactly(tuple(2L, "Counted", "2",
                        "orders hold 3 of these units, more than the 2 counted; release or move those reservations "
                                + "first"));
        assertThat(reason(result.problems().get(0), CHINESE))
                .isEqualTo("订单已占用其中 3 件，多于盘点的 2 件；请先释放或转移这些占用");
    }

    @Test
    void validOnlyBooksTheGoodRowsAndReportsTheRest() {
        ImportResult result = run(Sheets.csv("bad.csv", BAD), ImportMode.VALID_ONLY, false);

        assertThat(result.applied()).isTrue();
        assertThat(result.refused()).isEqualTo(8);
        assertThat(level("D-M", shanghai).onHand()).isEqualTo(12);
        assertThat(movements()).isEqualTo(4);
    }

    @Test
    void chineseHeadersNumericCellsAndWarehouseNamesAreUnderstood() {
        Path file = Sheets.xlsx("盘点.xlsx", List.of(
                List.of("仓库", "商家编码", "实盘数量", "备注"),
                List.of("上海嘉定仓", "D-M", 9, "月末盘点"),
                List.of("广州白云仓", "D-M", 8.0, ""),
                List.of("北京仓", "D-L", 1, "")));

        ImportResult result = run(file, ImportMode.VALID_ONLY, false);

        assertThat(result.outcomes()).extracting(RowOutcome::status)
                .containsExactly(RowStatus.CHANGED, RowStatus.UNCHANGED, RowStatus.REFUSED);
        assertThat(result.problems()).extracting(RowProblem::row, RowProblem::column, p -> reason(p, CHINESE))
                .containsExactly(tuple(4L, "仓库", "没有此编码或名称的仓库"));
        assertThat(level("D-M", shanghai).onHand()).isEqualTo(9);
        assertThat(last(ledger("D-M", shanghai)).reason()).isEqualTo("月末盘点");
    }

    @Test
    void undoBooksAReversingEntryAndPutsEveryPositionBack() {
        long job = apply(Sheets.csv("count.csv", COUNT)).jobId();

        services.imports().undo(job, "boss");

        StockLevel restored = level("D-M", shanghai);
        assertThat(restored.onHand()).isEqualTo(10);
        assertThat(restored.version()).isEqualTo(2);
        assertThat(ledger("D-M", shanghai)).extracting(Movement::kind, Movement::quantity, Movement::onHandBefore,
                Movement::onHandAfter, Movement::reason, Movement::userName).containsExactly(
                        tuple(MovementKind.OPENING, 10, 0, 10, null, "opening"),
                        tuple(MovementKind.STOCKTAKE, -3, 10, 7, "三包破损报废", "tester"),
                        tuple(MovementKind.STOCKTAKE, 3, 7, 10, "Undo of import job " + job, "boss"));
        assertThat(level("D-XL", shanghai).onHand()).as("the position stays, empty, beside its entries").isZero();
        assertThat(ledger("D-XL", shanghai)).extracting(Movement::quantity).containsExactly(4, -4);
        assertThatThrownBy(() -> services.imports().undo(job, "boss")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(ENGLISH.describe(e)).contains("already been undone"));
    }

    @Test
    void undoIsRefusedWhenALaterCountChangedThePosition() {
        long first = apply(Sheets.csv("count.csv", COUNT)).jobId();
        apply(Sheets.csv("recount.csv", "Warehouse,SKU,Counted", "WH-SH,D-M,6"));
        long booked = movements();

        assertThatThrownBy(() -> services.imports().undo(first, "boss")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .contains("WH-SH / D-M").contains("changed after the import"));
        assertThat(level("D-M", shanghai).onHand()).isEqualTo(6);
        assertThat(level("D-XL", shanghai).onHand()).as("nothing is undone").isEqualTo(4);
        assertThat(movements()).isEqualTo(booked);
    }

    @Test
    void undoIsRefusedWhenOrdersNowHoldMoreThanThePositionHadBefore() {
        long job = apply(Sheets.csv("found.csv", "Warehouse,SKU,Counted", "WH-GZ,D-M,30")).jobId();
        hold(List.of(new Reservation(0, sku("D-M"), guangzhou, null, null, 20,
                ReservationKind.PRESALE, NOW, null, null)));

        assertThatThrownBy(() -> services.imports().undo(job, "boss")).isInstanceOfSatisfying(
                RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .contains("WH-GZ / D-M").contains("orders now hold more of it than it had before the import"));
        assertThat(level("D-M", guangzhou).onHand()).isEqualTo(30);
    }

    @Test
    void aFileWithoutACountColumnIsRefusedWhole() {
        assertThatThrownBy(() -> apply(Sheets.csv("nocount.csv", "Warehouse,SKU", "WH-SH,D-M")))
                .isInstanceOfSatisfying(RefusedInputException.class, e -> assertThat(ENGLISH.describe(e))
                        .isEqualTo("nocount.csv has no column for counted quantity. Name a column like one of these: "
                                + "Counted, Counted quantity, Quantity, Count, Qty, 盘点数量, 实盘数量, 实盘数, 数量."));
    }

    private static Movement last(List<Movement> movements) {
        return movements.get(movements.size() - 1);
    }
}
