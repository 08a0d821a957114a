package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.batch;
import static io.storedesk.stock.PlanningFixtures.input;
import static io.storedesk.stock.PlanningFixtures.position;
import static io.storedesk.stock.PlanningFixtures.setting;
import static io.storedesk.stock.PlanningFixtures.steady;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.storedesk.stock.PlanningFixtures.PositionBuilder;
import io.storedesk.stock.PlanningFixtures.SettingBuilder;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner end to end. Most positions here sell a steady 2 units a day with a lead time of 10 days set by
 * hand and the default 30 target cover days: σ 0, so safety stock 0, reorder point 2 · 10 = 20, order-up-to
 * 2 · (10 + 30) = 80, and a warehouse keeps 20 + 2 · 30 = 80 available before it gives anything away.
 */
class ReplenishmentPlannerTest {

    private final ReplenishmentPlanner planner = new ReplenishmentPlanner();

    @Test
    void aShortWarehouseReordersUpToTheTargetCover() {
        // inventory position 5 <= 20: order 80 − 5 = 75
        StockPlan plan = plan(selling(1, "W1").stock(5, 0));

        assertThat(plan.reorders()).extracting(ReorderSuggestion::warehouseCode, ReorderSuggestion::supplierId,
                ReorderSuggestion::quantity, ReorderSuggestion::unitCost).containsExactly(tuple("W1", 7L, 75,
                new BigDecimal("4.00")));
        assertThat(plan.transfers()).isEmpty();
    }

    @Test
    void inTransitAndOnOrderCountAndTheReorderPointItselfTriggers() {
        // available 12 − 2 = 10, + 5 in transit + 5 on order = 20 = the reorder point: order 80 − 20 = 60.
        // One more unit available (21) is above it: no order.
        assertThat(plan(selling(1, "W1").stock(12, 2).incoming(5, 5)).reorders())
                .extracting(ReorderSuggestion::quantity).containsExactly(60);
        assertThat(plan(selling(1, "W1").stock(13, 2).incoming(5, 5)).reorders()).isEmpty();
    }

    @Test
    void theOrderMeetsTheMinimumInWholePacks() {
        // need 75, MOQ 100 -> 100, packs of 12 -> 9 packs = 108
        assertThat(plan(selling(1, "W1", setting().leadTimeDays(10).order(100, 12)).stock(5, 0)).reorders())
                .extracting(ReorderSuggestion::quantity).containsExactly(108);
    }

    @Test
    void aMaximumThatLeavesLessThanTheMinimumMeansNoOrder() {
        // need 75 but the maximum 40 leaves room for 40 − 5 = 35, below the MOQ of 50; with MOQ 30 it is 35
        assertThat(plan(selling(1, "W1", setting().leadTimeDays(10).maxStock(40).order(50, 1)).stock(5, 0))
                .reorders()).isEmpty();
        assertThat(plan(selling(1, "W1", setting().leadTimeDays(10).maxStock(40).order(30, 1)).stock(5, 0))
                .reorders()).extracting(ReorderSuggestion::quantity).containsExactly(35);
    }

    @Test
    void withoutASupplierThereIsNoOrderButTheWarningStays() {
        StockPlan plan = plan(selling(1, "W1").stock(0, 0).supplier(null));

        assertThat(plan.reorders()).isEmpty();
        assertThat(plan.warnings()).extracting(StockWarning::kind).containsExactly(WarningKind.OUT_OF_STOCK);
    }

    @Test
    void aTransferThatCoversTheShortageRemovesTheReorder() {
        // W1 asks 80 − 5 = 75. W2 has 150 available, keeps 80: excess 70. Move 70; W1's inventory position
        // becomes 75 > 20: no order (alone it ordered 75). W2 is left with 80 > 20: no order either.
        StockPlan plan = plan(selling(1, "W1").stock(5, 0), selling(2, "W2").stock(150, 0));

        assertThat(plan.transfers()).containsExactly(new TransferSuggestion(1, "A", 2, "W2", 1, "W1", 70));
        assertThat(plan.reorders()).isEmpty();
    }

    @Test
    void aTransferThatFallsShortReducesTheReorder() {
        // W2 has 90, keeps 80: excess 10. Move 10: W1's inventory position 5 + 10 = 15 <= 20, order 80 − 15 = 65.
        StockPlan plan = plan(selling(1, "W1").stock(5, 0), selling(2, "W2").stock(90, 0));

        assertThat(plan.transfers()).extracting(TransferSuggestion::quantity).containsExactly(10);
        assertThat(plan.reorders()).extracting(ReorderSuggestion::warehouseCode, ReorderSuggestion::quantity)
                .containsExactly(tuple("W1", 65));
    }

    @Test
    void theLargestExcessGivesFirst() {
        // W1 asks 75. W2 excess 100 − 80 = 20, W3 excess 170 − 80 = 90: all 75 from W3.
        StockPlan plan = plan(selling(1, "W1").stock(5, 0), selling(2, "W2").stock(100, 0),
                selling(3, "W3").stock(170, 0));

        assertThat(plan.transfers()).containsExactly(new TransferSuggestion(1, "A", 3, "W3", 1, "W1", 75));
    }

    @Test
    void whenTheLargestExcessIsNotEnoughTheNextGivesTooAndTheReorderGoes() {
        // W1 asks 75: W3 gives its 40 (120 − 80), then W2 its 10 (90 − 80). 5 + 50 = 55 > 20: no order.
        StockPlan plan = plan(selling(1, "W1").stock(5, 0), selling(2, "W2").stock(90, 0),
                selling(3, "W3").stock(120, 0));

        assertThat(plan.transfers()).extracting(TransferSuggestion::fromWarehouseCode, TransferSuggestion::quantity)
                .containsExactly(tuple("W2", 10), tuple("W3", 40));
        assertThat(plan.reorders()).isEmpty();
    }

    @Test
    void theShortestWarehouseIsServedFirst() {
        // W1 asks 75, W4 asks 80 − 10 = 70; W2 gives 70, all to W1 (75 > 70). W1 at 75: no order.
        // W4 gets nothing and orders its 70.
        StockPlan plan = plan(selling(1, "W1").stock(5, 0), selling(2, "W2").stock(150, 0),
                selling(4, "W4").stock(10, 0));

        assertThat(plan.transfers()).extracting(TransferSuggestion::toWarehouseCode, TransferSuggestion::quantity)
                .containsExactly(tuple("W1", 70));
        assertThat(plan.reorders()).extracting(ReorderSuggestion::warehouseCode, ReorderSuggestion::quantity)
                .containsExactly(tuple("W4", 70));
    }

    @Test
    void theMaximumLimitsWhatAWarehouseAsksForAndThenWhatItOrders() {
        // Maximum 40: W1 asks min(75, 40 − 5) = 35, W2 can give 70: move 35, 40 > 20: no order.
        StockPlan covered = plan(selling(1, "W1", setting().leadTimeDays(10).maxStock(40)).stock(5, 0),
                selling(2, "W2").stock(150, 0));
        assertThat(covered.transfers()).extracting(TransferSuggestion::quantity).containsExactly(35);
        assertThat(covered.reorders()).isEmpty();

        // W2 can give only 10: 15 <= 20, need 65, but the maximum leaves 40 − (5 + 10) = 25 for the order.
        StockPlan reduced = plan(selling(1, "W1", setting().leadTimeDays(10).maxStock(40)).stock(5, 0),
                selling(2, "W2").stock(90, 0));
        assertThat(reduced.reorders()).extracting(ReorderSuggestion::quantity).containsExactly(25);
    }

    @Test
    void figuresPerPosition() {
        // A: 2 a day over 90 days (180 units), 50 on hand, 10 reserved: 40 / 2 = 20 days of cover;
        // turnover 180 · 365 / 90 / 50 = 14.6; the only SKU with revenue: A; steady: X.
        // B: no sales, nothing on hand: endless cover, turnover 0, C, Z.
        StockPlan plan = plan(selling(1, "W1").stock(50, 10).price("9.90"),
                position(2, "B", 1, "W1").stock(0, 0).price("5"));

        PositionPlan a = plan.positions().get(0);
        assertThat(a.daysOfCover()).isCloseTo(20, within(1e-9));
        assertThat(a.turnover()).isCloseTo(14.6, within(1e-9));
        assertThat(a.demand().dailyRate()).isCloseTo(2, within(1e-9));
        assertThat(a).extracting(PositionPlan::safetyStock, PositionPlan::reorderPoint, PositionPlan::abc,
                PositionPlan::xyz).containsExactly(0, 20, AbcClass.A, XyzClass.X);
        PositionPlan b = plan.positions().get(1);
        assertThat(b.daysOfCover()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(b).extracting(PositionPlan::turnover, PositionPlan::abc, PositionPlan::xyz)
                .containsExactly(0.0, AbcClass.C, XyzClass.Z);
    }

    @Test
    void nearExpiryBatchesAreWarnedAndClearedFirstExpiryFirst() {
        // A sells 2 a day: B1 (10, 3 days) clears 4 at 50 %, B2 (20, 10 days) clears 20 − (20 − 6) = 6 at 30 %.
        // B sells nothing: B3 (5, 20 days) clears all 5 at 20 %.
        PlanningPosition a = selling(1, "W1").stock(30, 0).build();
        PlanningPosition b = position(2, "B", 1, "W1").stock(5, 0).lastSaleDaysAgo(3).build();
        Batch b3 = batch(3, b, 5, 20);
        Batch b2 = batch(2, a, 20, 10);
        Batch b1 = batch(1, a, 10, 3);

        StockPlan plan = planner.plan(input(List.of(b, a), List.of(b3, b2, b1)));

        assertThat(plan.clearances()).extracting(ClearanceSuggestion::batch, ClearanceSuggestion::quantity,
                ClearanceSuggestion::discountPercent).containsExactly(tuple(b1, 4, 50), tuple(b2, 6, 30),
                tuple(b3, 5, 20));
        assertThat(plan.warnings()).extracting(StockWarning::kind, StockWarning::skuCode, StockWarning::figure)
                .containsExactly(tuple(WarningKind.NEAR_EXPIRY, "A", 3), tuple(WarningKind.NEAR_EXPIRY, "A", 10),
                        tuple(WarningKind.NEAR_EXPIRY, "B", 20));
    }

    @Test
    void outputsAreSortedAndPositionsKeepTheInputOrder() {
        PlanningPosition bInW2 = sku(2, "B", 2, "W2").stock(0, 0).build();
        PlanningPosition aInW2 = sku(1, "A", 2, "W2").stock(1, 3).supplier(9L).build();
        PlanningPosition aInW1 = sku(1, "A", 1, "W1").stock(0, 0).build();
        PlanningPosition cInW1 = position(3, "C", 1, "W1").stock(5, 0).build();
        PlanningPosition bInW1 = sku(2, "B", 1, "W1").stock(0, 0).build();

        StockPlan plan = planner.plan(input(List.of(bInW2, aInW2, aInW1, cInW1, bInW1), List.of()));

        assertThat(plan.positions()).extracting(PositionPlan::key).containsExactly(bInW2.key(), aInW2.key(),
                aInW1.key(), cInW1.key(), bInW1.key());
        assertThat(plan.warnings()).extracting(StockWarning::kind, StockWarning::skuCode, StockWarning::warehouseCode)
                .containsExactly(tuple(WarningKind.NEGATIVE_AVAILABLE, "A", "W2"),
                        tuple(WarningKind.OUT_OF_STOCK, "A", "W1"), tuple(WarningKind.OUT_OF_STOCK, "B", "W1"),
                        tuple(WarningKind.OUT_OF_STOCK, "B", "W2"), tuple(WarningKind.SLOW_MOVING, "C", "W1"));
        assertThat(plan.reorders()).extracting(ReorderSuggestion::supplierId, ReorderSuggestion::warehouseCode,
                ReorderSuggestion::skuCode).containsExactly(tuple(7L, "W1", "A"), tuple(7L, "W1", "B"),
                tuple(7L, "W2", "B"), tuple(9L, "W2", "A"));
    }

    private StockPlan plan(PositionBuilder... positions) {
        return planner.plan(input(Arrays.stream(positions).map(PositionBuilder::build).toList(), List.of()));
    }

    /** SKU A in a warehouse, selling 2 a day, lead time 10 days. */
    private static PositionBuilder selling(long warehouseId, String warehouseCode) {
        return selling(warehouseId, warehouseCode, setting().leadTimeDays(10));
    }

    private static PositionBuilder selling(long warehouseId, String warehouseCode, SettingBuilder setting) {
        return position(1, "A", warehouseId, warehouseCode).sales(steady(2, 90)).setting(setting);
    }

    private static PositionBuilder sku(long skuId, String code, long warehouseId, String warehouseCode) {
        return position(skuId, code, warehouseId, warehouseCode).sales(steady(2, 90))
                .setting(setting().leadTimeDays(10));
    }
}
