package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.TODAY;
import static io.storedesk.stock.PlanningFixtures.history;
import static io.storedesk.stock.PlanningFixtures.withPromotions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DemandEstimatorTest {

    private static final double EXACT = 1e-12;

    @Test
    void weighsRecentDaysMoreAndLeavesPromotionDaysOut() {
        // Half-life 1 day. Days (oldest first) 4, 100 (promotion), 2, 6 with ages 3, 2, 1, 0.
        // Weights of the days kept: 0.5^3 = 0.125, 0.5^1 = 0.5, 0.5^0 = 1; Σw = 1.625.
        // rate = (0.125·4 + 0.5·2 + 1·6) / 1.625 = 7.5 / 1.625 = 60/13 = 4.6154
        // deviations: 4 − 60/13 = −8/13, 2 − 60/13 = −34/13, 6 − 60/13 = 18/13
        // σ² = (0.125·64 + 0.5·1156 + 1·324) / 169 / 1.625 = 910 / 169 / 1.625 = 560/169, σ = √560 / 13 = 1.8203
        DemandEstimator estimator = new DemandEstimator(TODAY, 1, 90);

        Demand demand = estimator.estimate(withPromotions(history(4, 100, 2, 6), 1));

        assertThat(demand.dailyRate()).isCloseTo(60.0 / 13, within(EXACT));
        assertThat(demand.dailyStdDev()).isCloseTo(Math.sqrt(560) / 13, within(EXACT));
    }

    @Test
    void aSaleOneHalfLifeAgoCountsHalfAsMuchAsYesterdays() {
        // Half-life 14: 6 units 14 days ago (weight 0.5), 3 units yesterday (weight 1), the days between are
        // promotions. rate = (0.5·6 + 1·3) / 1.5 = 4; σ² = (0.5·2² + 1·1²) / 1.5 = 2, σ = √2.
        int[] units = new int[15];
        units[0] = 6;
        units[14] = 3;
        SalesHistory sales = withPromotions(history(units), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);

        Demand demand = new DemandEstimator(TODAY, 14, 90).estimate(sales);

        assertThat(demand.dailyRate()).isCloseTo(4, within(EXACT));
        assertThat(demand.dailyStdDev()).isCloseTo(Math.sqrt(2), within(EXACT));
    }

    @Test
    void steadySalesHaveNoDeviationBeyondRounding() {
        // Measured around the rate (a second pass), σ stays at the floating-point residue of the rate itself,
        // which rounding up a safety stock forgives.
        Demand demand = new DemandEstimator(TODAY, 14, 90).estimate(PlanningFixtures.steady(3, 90));

        assertThat(demand.dailyRate()).isCloseTo(3, within(EXACT));
        assertThat(demand.dailyStdDev()).isLessThan(1e-12);
        assertThat(ReorderRule.safetyStock(ServiceLevel.z(0.99), demand.dailyStdDev(), 30)).isZero();
    }

    @Test
    void weekdayFactorsCompareEachWeekdayWithTheAverageDay() {
        // Two weeks Monday..Sunday (TODAY is a Monday, so 14 days back starts on a Monday) selling
        // 2 2 2 2 2 4 6; the second Tuesday's promotion (50 units) is left out, so 13 days sell 38 units and
        // the mean day is 38/13. Monday..Friday 2 / (38/13) = 13/19, Saturday 4 · 13/38 = 26/19,
        // Sunday 6 · 13/38 = 39/19.
        SalesHistory sales = withPromotions(history(2, 2, 2, 2, 2, 4, 6, 2, 50, 2, 2, 2, 4, 6), 8);

        Demand demand = new DemandEstimator(TODAY, 14, 90).estimate(sales);

        assertThat(sales.firstDay().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(demand.weekdayFactors()).containsExactly(new double[] {13.0 / 19, 13.0 / 19, 13.0 / 19,
                13.0 / 19, 13.0 / 19, 26.0 / 19, 39.0 / 19},
                within(EXACT));
    }

    @Test
    void aWeekdayWithoutDaysIsAnAverageDay() {
        // Three days: Friday 1, Saturday 2, Sunday 3; mean 2. Monday..Thursday have no days: 1.0.
        Demand demand = new DemandEstimator(TODAY, 14, 90).estimate(history(1, 2, 3));

        assertThat(demand.weekdayFactors()).containsExactly(new double[] {1, 1, 1, 1, 0.5, 1, 1.5}, within(EXACT));
    }

    @Test
    void noSalesIsNoDemandWithAverageWeekdays() {
        DemandEstimator estimator = new DemandEstimator(TODAY, 14, 90);

        assertThat(estimator.estimate(SalesHistory.none(TODAY.minusDays(90), 90))).isSameAs(Demand.NONE);
        // Sales only on promotion days leave no baseline either.
        assertThat(estimator.estimate(withPromotions(history(0, 9, 0), 1))).isSameAs(Demand.NONE);
        assertThat(Demand.NONE.weekdayFactors()).containsOnly(1.0);
    }

    @Test
    void daysFromThePlanningDayOnAreNotCounted() {
        // The history runs through today (units 40), which is not over: only yesterday's 2 units count.
        SalesHistory sales = new SalesHistory(TODAY.minusDays(1), new int[] {2, 40}, new boolean[2]);

        assertThat(new DemandEstimator(TODAY, 14, 90).estimate(sales).dailyRate()).isCloseTo(2, within(EXACT));
    }

    @Test
    void unitsSoldCountPromotionDaysToo() {
        assertThat(DemandEstimator.unitsSold(withPromotions(history(4, 100, 2, 6), 1))).isEqualTo(112);
    }
}
