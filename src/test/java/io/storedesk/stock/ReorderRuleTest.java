package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.position;
import static io.storedesk.stock.PlanningFixtures.setting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.storedesk.stock.PlanningFixtures.SettingBuilder;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReorderRuleTest {

    /** 3 units a day, σ 2; every case below has a lead time of 9 days (√9 = 3) and 30 target cover days. */
    private static final Demand THREE_A_DAY = new Demand(3, 2, new double[] {1, 1, 1, 1, 1, 1, 1});

    /** A Monday: the 9-day lead time runs Monday to Tuesday of the next week. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final ReorderRule rule = new ReorderRule(PlanningPolicy.DEFAULT, MONDAY);

    @Test
    void safetyStockAndReorderPointFromDemandLeadTimeAndServiceLevel() {
        // safety = ⌈1.644854 · 2 · √9⌉ = ⌈9.869⌉ = 10; reorder point = ⌈3 · 9 + 10⌉ = 37;
        // order-up-to = ⌈3 · (9 + 30) + 10⌉ = 127
        assertThat(levels(setting().leadTimeDays(9))).isEqualTo(new ReorderLevels(9, 10, 37, 127));
    }

    @Test
    void weekendsThatSellMoreRaiseTheDemandOverTheLeadTime() {
        // Weekdays 0.8, Saturday and Sunday 1.5 (a week sums to 7). 9 days from Monday: Mon–Sun (7 × 1 = 7
        // average days) + Mon, Tue (1.6) = 8.6 days × 3 = 25.8, reorder point ⌈25.8 + 10⌉ = 36.
        // 39 days: five weeks (35) + Mon–Thu (3.2) = 38.2 days × 3 = 114.6, order-up-to ⌈124.6⌉ = 125.
        Demand weekendHeavy = new Demand(3, 2, new double[] {0.8, 0.8, 0.8, 0.8, 0.8, 1.5, 1.5});
        PlanningPosition p = position(1, "A", 1, "W1").setting(setting().leadTimeDays(9)).build();

        assertThat(rule.levels(p, weekendHeavy)).isEqualTo(new ReorderLevels(9, 10, 36, 125));
        // Starting on a Friday the same lead time covers two weekends: Fri–Thu (7) + Fri 0.8 + Sat 1.5 = 9.3
        // days × 3 = 27.9, reorder point ⌈37.9⌉ = 38.
        assertThat(new ReorderRule(PlanningPolicy.DEFAULT, MONDAY.plusDays(4)).levels(p, weekendHeavy)
                .reorderPoint()).isEqualTo(38);
    }

    @Test
    void demandOverAFractionalLeadTimeCountsTheLastDaysFraction() {
        Demand weekendHeavy = new Demand(2, 0, new double[] {0.8, 0.8, 0.8, 0.8, 0.8, 1.5, 1.5});

        // From Friday: Friday 0.8 + half of Saturday 0.75 = 1.55 days × 2 = 3.1 units.
        assertThat(weekendHeavy.unitsOver(MONDAY.plusDays(4), 1.5)).isCloseTo(3.1, within(1e-9));
        assertThat(weekendHeavy.unitsOver(MONDAY, 0)).isZero();
    }

    @Test
    void aHigherServiceLevelKeepsMoreSafetyStock() {
        // safety = ⌈2.053749 · 2 · 3⌉ = ⌈12.32⌉ = 13; reorder point = 27 + 13 = 40; order-up-to = 117 + 13 = 130
        assertThat(levels(setting().leadTimeDays(9).serviceLevel("0.98")))
                .isEqualTo(new ReorderLevels(9, 13, 40, 130));
    }

    @Test
    void aSafetyStockSetByHandWinsAndTheReorderPointUsesIt() {
        // reorder point = 27 + 4 = 31; order-up-to = 117 + 4 = 121
        assertThat(levels(setting().leadTimeDays(9).safetyStock(4))).isEqualTo(new ReorderLevels(9, 4, 31, 121));
    }

    @Test
    void aReorderPointSetByHandWins() {
        assertThat(levels(setting().leadTimeDays(9).reorderPoint(50))).isEqualTo(new ReorderLevels(9, 10, 50, 127));
        assertThat(levels(setting().leadTimeDays(9).reorderPoint(50).safetyStock(4)))
                .isEqualTo(new ReorderLevels(9, 4, 50, 121));
    }

    @Test
    void aPositionAtAReorderPointSetByHandIsToppedUpPastIt() {
        // No demand: the formula's order-up-to is 0, but a reorder point of 10 set by hand means "order at 10".
        PlanningPosition p = position(1, "A", 1, "W1").setting(setting().reorderPoint(10)).build();

        assertThat(rule.levels(p, Demand.NONE)).isEqualTo(new ReorderLevels(7, 0, 10, 11));
    }

    @Test
    void noDemandNoLevels() {
        PlanningPosition p = position(1, "A", 1, "W1").build();

        assertThat(rule.levels(p, Demand.NONE)).isEqualTo(new ReorderLevels(7, 0, 0, 0));
    }

    @ParameterizedTest(name = "setting {0}, measured {1}, supplier {2} -> {3} days")
    @CsvSource(textBlock = """
            5, 6.5,  8, 5
            0, 6.5,  8, 0
             , 6.5,  8, 6.5
             ,    ,  8, 8
             ,    ,   , 7
            """)
    void leadTimeFromTheSettingThenMeasuredThenPromisedThenTheDefault(Integer setting, Double measured,
                                                                       Integer supplier, double expected) {
        PlanningPosition p = position(1, "A", 1, "W1").setting(setting().leadTimeDays(setting))
                .leadTimes(supplier, measured).build();

        assertThat(LeadTime.days(p, PlanningPolicy.DEFAULT)).isEqualTo(expected);
    }

    @Test
    void roundingUpForgivesAFloatingPointResidue() {
        assertThat(ReorderRule.roundUp(2.0000000001)).isEqualTo(2);
        assertThat(ReorderRule.roundUp(2.001)).isEqualTo(3);
        assertThat(ReorderRule.roundUp(0.3 * 3)).isEqualTo(1);
    }

    private ReorderLevels levels(SettingBuilder setting) {
        return rule.levels(position(1, "A", 1, "W1").setting(setting).build(), THREE_A_DAY);
    }
}
