package io.storedesk.stock.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.catalog.CatalogRepository;
import io.storedesk.catalog.Category;
import io.storedesk.stock.AbcClass;
import io.storedesk.stock.Batch;
import io.storedesk.stock.ClearanceSuggestion;
import io.storedesk.stock.Demand;
import io.storedesk.stock.DismissalRepository;
import io.storedesk.stock.MovementKind;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.PlanningInputs;
import io.storedesk.stock.PlanningPolicies;
import io.storedesk.stock.PlanningPolicy;
import io.storedesk.stock.PlanningRepository;
import io.storedesk.stock.PositionKey;
import io.storedesk.stock.PositionPlan;
import io.storedesk.stock.ReorderSuggestion;
import io.storedesk.stock.StockPlan;
import io.storedesk.stock.StockPlanningService;
import io.storedesk.stock.StockLedgerRepository;
import io.storedesk.stock.StockRepository;
import io.storedesk.stock.StockSettingRepository;
import io.storedesk.stock.StockWarning;
import io.storedesk.stock.Supplier;
import io.storedesk.stock.TransferSuggestion;
import io.storedesk.stock.WarningKey;
import io.storedesk.stock.WarningKind;
import io.storedesk.stock.WarningRow;
import io.storedesk.stock.XyzClass;
import io.storedesk.store.SettingsRepository;
import io.storedesk.store.ShopSettings;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import io.storedesk.ui.InlineTaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StockWarningsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:00:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final DSLContext dsl = services.store().dsl();
    private final List<List<ReorderSuggestion>> ordered = new ArrayList<>();
    private final List<StockWarning> warnings = new ArrayList<>();
    private final List<ReorderSuggestion> reorders = new ArrayList<>();
    private final List<PositionPlan> figures = new ArrayList<>();
    private final List<TransferSuggestion> transfers = new ArrayList<>();
    private final List<List<TransferSuggestion>> moved = new ArrayList<>();
    private final List<ClearanceSuggestion> clearances = new ArrayList<>();
    private StockWarningsViewModel model;
    private StockPlanningService planning;
    private PositionKey bottleBeijing;
    private PositionKey bottleShanghai;
    private PositionKey wipes;
    private long supplier;
    private long childCategory;
    private long topCategory;

    @BeforeEach
    void shop() {
        Fixtures fixtures = new Fixtures(dsl);
        long beijing = fixtures.warehouse("BJ", "北京");
        long shanghai = fixtures.warehouse("SH", "上海");
        Map<String, Long> bottles = fixtures.skus("P1", "奶瓶", "奶瓶", "NP-1");
        Map<String, Long> wipeSkus = fixtures.skus("P2", "湿巾", "湿巾", "SJ-1");
        CatalogRepository catalog = new CatalogRepository(dsl);
        List<Category> categories = catalog.categories();
        childCategory = categories.stream().filter(c -> c.code().equals("C-P1")).findFirst().orElseThrow().id();
        topCategory = catalog.insertCategories(List.of(new Category(0, null, "TOP", "喂养", 1))).get("TOP");
        dsl.execute("UPDATE category SET parent_id = " + topCategory + " WHERE id = " + childCategory);
        StockRepository stock = new StockRepository(dsl);
        supplier = stock.insertSuppliers(List.of(new Supplier(0, "S1", "贝亲工厂", null, null, "上海", "上海", 5,
                "CNY"))).get("S1");
        bottleBeijing = new PositionKey(bottles.get("NP-1"), beijing);
        bottleShanghai = new PositionKey(bottles.get("NP-1"), shanghai);
        wipes = new PositionKey(wipeSkus.get("SJ-1"), beijing);
        new StockLedgerRepository(dsl).openPositions(List.of(new OpeningBalance(bottleBeijing.skuId(), beijing, 0, 0),
                new OpeningBalance(bottleShanghai.skuId(), shanghai, 2, 0),
                new OpeningBalance(wipes.skuId(), beijing, 500, 0)), "test", NOW);
        new StockSettingRepository(dsl).insertSettings(List.of(new io.storedesk.stock.StockSetting(bottleBeijing.skuId(), beijing, supplier,
                5, null, null, null, 1, 1, new BigDecimal("0.95"))));

        warnings.add(warning(WarningKind.OUT_OF_STOCK, bottleBeijing, "NP-1", "BJ"));
        warnings.add(warning(WarningKind.BELOW_SAFETY, bottleShanghai, "NP-1", "SH"));
        warnings.add(warning(WarningKind.OVERSTOCK, wipes, "SJ-1", "BJ"));
        reorders.add(new ReorderSuggestion(bottleBeijing, "NP-1", "BJ", supplier, 24, new BigDecimal("30")));
        transfers.add(new TransferSuggestion(wipes.skuId(), "SJ-1", beijing, "BJ", shanghai, "SH", 200));
        figures.add(plan(bottleBeijing, AbcClass.A));
        figures.add(new PositionPlan(bottleShanghai, Demand.NONE, 5, 8, 0, 0, AbcClass.A, XyzClass.X));
        figures.add(plan(wipes, AbcClass.C));

        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        planning = new StockPlanningService(new PlanningInputs(new PlanningRepository(dsl),
                () -> ShopSettings.DEFAULT_ZONE, clock), input -> new StockPlan(List.copyOf(figures),
                List.copyOf(reorders), List.copyOf(transfers), List.copyOf(clearances), List.copyOf(warnings)),
                new PlanningPolicies(new SettingsRepository(dsl)), new DismissalRepository(dsl), services.store(), clock,
                services.audit(), services.access());
        StockDesk desk = new StockDesk(planning, services.stock(), catalog::categories, (suggestions, user) -> {
            ordered.add(suggestions);
            reorders.removeAll(suggestions);
            warnings.removeIf(w -> suggestions.stream().anyMatch(s -> s.key().equals(w.key())));
            return List.of("PO-1");
        }, (moves, user) -> {
            moved.add(moves);
            transfers.removeAll(moves);
            return List.of("TR-1");
        }, services.clearanceMarkdowns()::markDown);
        model = new StockWarningsViewModel(desk, new InlineTaskRunner(), () -> "desk");
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void showsEveryWarningWithCountsByKind() {
        assertThat(model.rows()).hasSize(3);
        assertThat(model.totalProperty().get()).isEqualTo(3);
        assertThat(model.countProperty(WarningKind.OUT_OF_STOCK).get()).isEqualTo(1);
        assertThat(model.countProperty(WarningKind.NEGATIVE_AVAILABLE).get()).isZero();
        assertThat(model.reorderableProperty().get()).isEqualTo(1);
        assertThat(model.warehouses()).extracting(w -> w.code()).containsExactlyInAnyOrder("BJ", "SH");
        assertThat(model.categories()).extracting(Category::id).contains(topCategory).doesNotContain(childCategory);
    }

    @Test
    void filtersNarrowTheRowsAndClearingThemBringsAllBack() {
        model.kindProperty().set(WarningKind.OVERSTOCK);
        assertThat(codes()).containsExactly("SJ-1");

        model.kindProperty().set(null);
        model.warehouseProperty().set("SH");
        assertThat(model.rows()).extracting(r -> r.warning().key()).containsExactly(bottleShanghai);

        model.warehouseProperty().set(null);
        model.abcProperty().set(AbcClass.C);
        assertThat(codes()).containsExactly("SJ-1");

        model.abcProperty().set(null);
        model.xyzProperty().set(XyzClass.X);
        assertThat(model.rows()).extracting(r -> r.warning().key()).containsExactly(bottleShanghai);

        model.xyzProperty().set(null);
        model.supplierProperty().set(supplier);
        assertThat(model.rows()).extracting(r -> r.warning().key()).containsExactly(bottleBeijing);

        model.supplierProperty().set(null);
        model.categoryProperty().set(topCategory);
        assertThat(codes()).as("a top category holds its children's SKUs").containsExactly("NP-1", "NP-1");

        model.categoryProperty().set(null);
        model.textProperty().set("湿巾");
        assertThat(codes()).containsExactly("SJ-1");

        model.textProperty().set("");
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void purchaseOrdersComeFromTheSelectedRowsOnlyAndThePlanRunsAgain() {
        model.selection().setAll(model.rows().get(0));

        model.createPurchaseOrders();

        assertThat(ordered).hasSize(1);
        assertThat(ordered.get(0)).extracting(ReorderSuggestion::quantity).containsExactly(24);
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.purchaseOrdersCreated");
        assertThat(model.rows()).extracting(r -> r.warning().kind())
                .doesNotContain(WarningKind.OUT_OF_STOCK);
    }

    @Test
    void anOverstockedPositionsMoveBecomesADraftTransfer() {
        model.kindProperty().set(WarningKind.OVERSTOCK);
        assertThat(model.rows().get(0).transfer().quantity()).isEqualTo(200);

        model.createTransfers();

        assertThat(moved).singleElement().satisfies(moves -> assertThat(moves)
                .extracting(TransferSuggestion::toWarehouseCode).containsExactly("SH"));
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.transfersCreated");
        assertThat(model.rows().get(0).transfer()).as("planned again: the move is made").isNull();
    }

    @Test
    void aBatchToClearMarksItsSkusPriceDownThroughTheCatalog() {
        new StockLedgerRepository(dsl).insertBatches(List.of(new Batch(0, bottleShanghai.skuId(),
                bottleShanghai.warehouseId(), "LOT-1", 2, LocalDate.of(2026, 11, 25), NOW)));
        Batch lot = new StockLedgerRepository(dsl).batches(bottleShanghai.skuId(), bottleShanghai.warehouseId()).get(0);
        warnings.add(new StockWarning(WarningKind.NEAR_EXPIRY, bottleShanghai, "NP-1", "奶瓶", "SH", 2, 5, false, lot));
        clearances.add(new ClearanceSuggestion(lot, "NP-1", 2, 30));
        model.refresh();
        model.kindProperty().set(WarningKind.NEAR_EXPIRY);

        model.markDown();

        // 100.00 less 30 %
        assertThat(services.catalog().row(bottleShanghai.skuId()).orElseThrow().price().amount())
                .isEqualByComparingTo("70.00");
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.markedDown");
        assertThat(model.noticeProperty().get().message().arguments()).containsExactly(1);
    }

    @Test
    void withNothingToMoveNoTransferIsMade() {
        model.kindProperty().set(WarningKind.OUT_OF_STOCK);

        model.createTransfers();

        assertThat(moved).isEmpty();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.nothingToMove");
    }

    @Test
    void withNothingToOrderNoPurchaseOrderIsMade() {
        model.kindProperty().set(WarningKind.OVERSTOCK);

        model.createPurchaseOrders();

        assertThat(ordered).isEmpty();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.nothingToOrder");
    }

    @Test
    void dismissedAndSnoozedWarningsLeaveTheListAndAreCounted() {
        model.selection().setAll(model.rows().get(2));
        model.dismissSelected("季末会清");
        assertThat(model.rows()).hasSize(2);
        assertThat(model.putAsideProperty().get()).isEqualTo(1);

        model.selection().setAll(model.rows().get(0));
        model.snoozeSelected("等到货", 3);
        assertThat(model.rows()).hasSize(1);
        assertThat(model.putAsideProperty().get()).isEqualTo(2);
    }

    @Test
    void undoShowsAgainTheWarningsThisDeskLastPutAside() {
        assertThat(model.canUndoProperty().get()).isFalse();
        model.selection().setAll(model.rows().get(0), model.rows().get(2));
        model.dismissSelected("季末会清");
        assertThat(model.rows()).hasSize(1);
        assertThat(model.canUndoProperty().get()).isTrue();

        model.undo();

        assertThat(model.rows()).hasSize(3);
        assertThat(model.putAsideProperty().get()).isZero();
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.putBack");
        assertThat(model.noticeProperty().get().message().arguments()).containsExactly(2);
    }

    @Test
    void undoLeavesAsideAWarningSomeoneElsePutAsideSince() {
        model.selection().setAll(model.rows().get(0), model.rows().get(1));
        WarningKey second = model.rows().get(1).key();
        model.snoozeSelected("等到货", 3);
        planning.snooze(second, 10, "补货要两周", "other desk");

        model.undo();

        assertThat(model.rows()).hasSize(2);
        assertThat(model.rows()).noneMatch(row -> row.key().equals(second));
        assertThat(model.noticeProperty().get().message().key()).isEqualTo("stock.notice.putBackSome");
        assertThat(model.noticeProperty().get().message().arguments()).containsExactly(1, 1);
    }

    @Test
    void aRefusedPutAsideSaysWhyAndKeepsTheWarning() {
        model.selection().setAll(model.rows().get(0));

        model.dismissSelected(" ");

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(model.rows()).hasSize(3);
    }

    @Test
    void refusedThresholdsLeaveTheOldOnesAndSayWhy() {
        PlanningPolicy d = PlanningPolicy.DEFAULT;
        model.savePolicy(new PlanningPolicy(d.historyDays(), d.halfLifeDays(), 0, d.overstockCoverDays(),
                d.slowMovingDays(), d.nearExpiryDays(), d.defaultLeadTimeDays(), d.defaultServiceLevel(), d.abcA(),
                d.abcB(), d.xyzX(), d.xyzY()));

        assertThat(model.noticeProperty().get().isProblem()).isTrue();
        assertThat(model.policy()).isEqualTo(PlanningPolicy.DEFAULT);
    }

    @Test
    void theDetailShowsThePositionsLedger() {
        WarningRow shanghai = model.rows().stream().filter(r -> r.warning().key().equals(bottleShanghai))
                .findFirst().orElseThrow();

        model.showDetail(shanghai);

        assertThat(model.detailProperty().get().ledger()).extracting(m -> m.kind())
                .containsExactly(MovementKind.OPENING);
        assertThat(model.detailProperty().get().ledger().get(0).onHandAfter()).isEqualTo(2);
        assertThat(model.detailProperty().get().sales().days()).isEqualTo(PlanningPolicy.DEFAULT.historyDays());
    }

    private List<String> codes() {
        return model.rows().stream().map(r -> r.warning().skuCode()).toList();
    }

    private static StockWarning warning(WarningKind kind, PositionKey key, String code, String warehouse) {
        return new StockWarning(kind, key, code, code.startsWith("SJ") ? "湿巾" : "奶瓶", warehouse, 0, 1, false, null);
    }

    private static PositionPlan plan(PositionKey key, AbcClass abc) {
        return new PositionPlan(key, Demand.NONE, 5, 8, 0, 0, abc, XyzClass.Z);
    }
}
