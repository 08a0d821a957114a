package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.TODAY;
import static io.storedesk.stock.PlanningFixtures.batch;
import static io.storedesk.stock.PlanningFixtures.position;
import static io.storedesk.stock.PlanningFixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.storedesk.stock.PlanningFixtures.PositionBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StockAlertsTest {

    private static final ReorderLevels SAFETY_10 = new ReorderLevels(7, 10, 20, 80);
    private static final ReorderLevels NO_LEVELS = new ReorderLevels(7, 0, 0, 0);

    private final StockAlerts alerts = new StockAlerts(PlanningPolicy.DEFAULT, TODAY);

    @Test
    void negativeAvailableHidesOutOfStockAndBelowSafety() {
        // on hand 3, reserved 5: available −2, also below the safety stock of 10
        List<StockWarning> warnings = warn(sellingPosition().stock(3, 5), demand(1), SAFETY_10);

        assertThat(warnings).extracting(StockWarning::kind, StockWarning::available, StockWarning::figure)
                .containsExactly(tuple(WarningKind.NEGATIVE_AVAILABLE, -2, -2));
    }

    @Test
    void outOfStockHidesBelowSafety() {
        List<StockWarning> warnings = warn(sellingPosition().stock(4, 4), demand(1), SAFETY_10);

        assertThat(warnings).extracting(StockWarning::kind, StockWarning::figure)
                .containsExactly(tuple(WarningKind.OUT_OF_STOCK, 0));
    }

    @ParameterizedTest(name = "rate {0}, reorder point {1}, last sale {2} days ago -> out of stock: {3}")
    @CsvSource(textBlock = """
            0, 0,   , false
            1, 0,   , true
            0, 5,   , true
            0, 0, 60, true
            0, 0, 61, false
            """)
    void outOfStockOnlyWhereItMatters(double rate, int reorderPoint, Integer lastSaleDaysAgo, boolean expected) {
        PositionBuilder p = position(1, "A", 1, "W1").stock(0, 0);
        if (lastSaleDaysAgo != null) {
            p.lastSaleDaysAgo(lastSaleDaysAgo);
        }

        List<StockWarning> warnings = warn(p, demand(rate), new ReorderLevels(7, 0, reorderPoint, 0));

        assertThat(warnings).extracting(StockWarning::kind)
                .isEqualTo(expected ? List.of(WarningKind.OUT_OF_STOCK) : List.of());
    }

    @Test
    void belowSafetyCountsTheUnitsShort() {
        // available 3, safety stock 10: 7 short; at 10 it is not below
        assertThat(warn(sellingPosition().stock(3, 0), demand(1), SAFETY_10))
                .extracting(StockWarning::kind, StockWarning::figure)
                .containsExactly(tuple(WarningKind.BELOW_SAFETY, 7));
        assertThat(warn(sellingPosition().stock(12, 2), demand(1), SAFETY_10)).isEmpty();
    }

    @Test
    void overstockByDaysOfCover() {
        // 200 available at 1.5 a day: 133.3 days of cover > 120 -> figure 133 (whole days, rounded down);
        // 180 available: exactly 120 days, not over
        assertThat(warn(sellingPosition().stock(200, 0), demand(1.5), NO_LEVELS))
                .extracting(StockWarning::kind, StockWarning::figure, StockWarning::overMaximum)
                .containsExactly(tuple(WarningKind.OVERSTOCK, 133, false));
        assertThat(warn(sellingPosition().stock(180, 0), demand(1.5), NO_LEVELS)).isEmpty();
    }

    @Test
    void aSlowSellerHoldingNoMoreThanItsOrderUpToLevelIsNotOverstocked() {
        // 3 available at 0.01 a day last 300 days (> 120), but the order-up-to level is 3: a reorder would
        // bring it back to just this, so it is not too much; one more unit is
        ReorderLevels slow = new ReorderLevels(7, 2, 3, 3);
        assertThat(warn(sellingPosition().stock(3, 0), demand(0.01), slow)).isEmpty();
        assertThat(warn(sellingPosition().stock(4, 0), demand(0.01), slow))
                .extracting(StockWarning::kind, StockWarning::figure)
                .containsExactly(tuple(WarningKind.OVERSTOCK, 400));
    }

    @Test
    void overstockOverTheMaximumCountsUnitsOverAndSaysSo() {
        // no demand, 50 on hand against a maximum of 40: 10 over
        assertThat(warn(sellingPosition().stock(50, 0).setting(setting().maxStock(40)), Demand.NONE, NO_LEVELS))
                .extracting(StockWarning::kind, StockWarning::figure, StockWarning::overMaximum)
                .containsExactly(tuple(WarningKind.OVERSTOCK, 10, true));
    }

    @Test
    void overstockBothWaysIsOneWarningInDaysOfCover() {
        // 200 on hand at 1 a day (200 days) and 160 over a maximum of 40
        assertThat(warn(sellingPosition().stock(200, 0).setting(setting().maxStock(40)), demand(1), NO_LEVELS))
                .extracting(StockWarning::kind, StockWarning::figure, StockWarning::overMaximum)
                .containsExactly(tuple(WarningKind.OVERSTOCK, 200, false));
    }

    @Test
    void slowMovingCountsTheDaysSinceTheLastSale() {
        assertThat(warn(position(1, "A", 1, "W1").stock(5, 0).lastSaleDaysAgo(61), Demand.NONE, NO_LEVELS))
                .extracting(StockWarning::kind, StockWarning::figure)
                .containsExactly(tuple(WarningKind.SLOW_MOVING, 61));
        assertThat(warn(position(1, "A", 1, "W1").stock(5, 0).lastSaleDaysAgo(60), Demand.NONE, NO_LEVELS))
                .isEmpty();
    }

    @Test
    void neverSoldCountsTheWholeHistoryAndNothingOnHandIsNotSlow() {
        assertThat(warn(position(1, "A", 1, "W1").stock(5, 0), Demand.NONE, NO_LEVELS))
                .extracting(StockWarning::kind, StockWarning::figure)
                .containsExactly(tuple(WarningKind.SLOW_MOVING, 90));
        assertThat(warn(position(1, "A", 1, "W1").stock(0, 0), Demand.NONE, NO_LEVELS)).isEmpty();
    }

    @Test
    void nearExpiryPerBatchWithStockWithinTheWindowExpiredIncluded() {
        PlanningPosition p = sellingPosition().build();
        Batch in30Days = batch(1, p, 5, 30);
        Batch expired = batch(2, p, 5, -2);
        Batch in31Days = batch(3, p, 5, 31);
        Batch empty = batch(4, p, 0, 5);
        Batch noExpiry = new Batch(5, 1, 1, "B5", 5, null, null);
        Batch elsewhere = new Batch(6, 1, 2, "B6", 5, TODAY.plusDays(1), null);

        Map<PositionKey, List<Batch>> near = NearExpiryBatches.byPosition(List.of(in30Days, expired, in31Days,
                empty, noExpiry, elsewhere), TODAY, 30);
        List<StockWarning> warnings = new ArrayList<>();
        alerts.warnNearExpiry(p, near.get(p.key()), warnings);

        assertThat(warnings).extracting(StockWarning::kind, StockWarning::batch, StockWarning::figure)
                .containsExactly(tuple(WarningKind.NEAR_EXPIRY, expired, -2),
                        tuple(WarningKind.NEAR_EXPIRY, in30Days, 30));
        assertThat(near.get(new PositionKey(1, 2))).containsExactly(elsewhere);
    }

    /** Sold yesterday, so it is never slow moving. */
    private static PositionBuilder sellingPosition() {
        return position(1, "A", 1, "W1").lastSaleDaysAgo(1);
    }

    private static Demand demand(double rate) {
        return rate == 0 ? Demand.NONE : new Demand(rate, 0, Demand.NONE.weekdayFactors());
    }

    private List<StockWarning> warn(PositionBuilder position, Demand demand, ReorderLevels levels) {
        PlanningPosition p = position.build();
        List<StockWarning> warnings = new ArrayList<>();
        alerts.warn(p, demand, levels, StockFigures.daysOfCover(p.available(), demand.dailyRate()), warnings);
        return warnings;
    }
}
