package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.TODAY;
import static io.storedesk.stock.PlanningFixtures.batch;
import static io.storedesk.stock.PlanningFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClearanceRuleTest {

    private final PlanningPosition position = position(1, "A", 1, "W1").build();

    @Test
    void demandSellsTheFirstExpiringBatchFirst() {
        // 2 a day. B1: 10 units, 3 days: sells 2 · 3 = 6, clear 4 at 50 % (≤ 7 days).
        // B2: 20 units, 10 days: by then demand is 2 · 10 = 20, of which B1 took 6: sells 14, clear 6 at 30 %
        // (≤ 14 days). Alone B2 would have sold out.
        Batch b1 = batch(1, position, 10, 3);
        Batch b2 = batch(2, position, 20, 10);

        assertThat(suggest(2, b1, b2)).extracting(ClearanceSuggestion::batch, ClearanceSuggestion::quantity,
                ClearanceSuggestion::discountPercent).containsExactly(tuple(b1, 4, 50), tuple(b2, 6, 30));
    }

    @Test
    void aBatchThatSellsOutEarlyLeavesTheRestOfTheDemandToTheNext() {
        // 2 a day. B1: 4 units sell out in 2 of its 3 days: nothing to clear. B2: demand 20 by day 10, B1 took 4:
        // sells 16 of 20, clear 4 at 30 %.
        Batch b1 = batch(1, position, 4, 3);
        Batch b2 = batch(2, position, 20, 10);

        assertThat(suggest(2, b1, b2)).extracting(ClearanceSuggestion::batch, ClearanceSuggestion::quantity)
                .containsExactly(tuple(b2, 4));
    }

    @Test
    void anExpiredBatchIsNotClearedAndTakesNoDemand() {
        // B0 expired yesterday: a write-off, not a sale. B1 as if alone: 10 − 2 · 3 = 4 at 50 %.
        Batch b0 = batch(1, position, 5, -1);
        Batch b1 = batch(2, position, 10, 3);

        assertThat(suggest(2, b0, b1)).extracting(ClearanceSuggestion::batch, ClearanceSuggestion::quantity)
                .containsExactly(tuple(b1, 4));
    }

    @Test
    void aPartUnitLeftOverIsAUnitToClear() {
        // 2.5 a day over 3 days sells 7.5 of 10: 2.5 left, 3 to clear
        assertThat(suggest(2.5, batch(1, position, 10, 3))).extracting(ClearanceSuggestion::quantity)
                .containsExactly(3);
    }

    @Test
    void withoutDemandTheWholeBatchIsCleared() {
        assertThat(suggest(0, batch(1, position, 10, 20))).extracting(ClearanceSuggestion::quantity,
                ClearanceSuggestion::discountPercent, ClearanceSuggestion::skuCode).containsExactly(tuple(10, 20, "A"));
    }

    @ParameterizedTest(name = "{0} days left -> {1} % off")
    @CsvSource(textBlock = """
            0,  50
            7,  50
            8,  30
            14, 30
            15, 20
            30, 20
            """)
    void discountByDaysLeft(int daysLeft, int percent) {
        assertThat(ClearanceRule.discountPercent(daysLeft)).isEqualTo(percent);
    }

    private List<ClearanceSuggestion> suggest(double rate, Batch... batches) {
        List<ClearanceSuggestion> out = new ArrayList<>();
        ClearanceRule.suggest(position, rate, List.of(batches), TODAY, out);
        return out;
    }
}
