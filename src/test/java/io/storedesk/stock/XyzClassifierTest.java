package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.TODAY;
import static io.storedesk.stock.PlanningFixtures.history;
import static io.storedesk.stock.PlanningFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XyzClassifierTest {

    @ParameterizedTest(name = "CV {0} -> {1}")
    @CsvSource(textBlock = """
            0,         X
            0.5,       X
            0.5000001, Y
            1.0,       Y
            1.0000001, Z
            NaN,       Z
            """)
    void coefficientOfVariationAgainstTheLimits(double cv, XyzClass expected) {
        assertThat(XyzClassifier.of(cv, 0.5, 1.0)).isEqualTo(expected);
    }

    @Test
    void classifiesEachSkuByItsDailyUnits() {
        // S1 1, 3: mean 2, σ 1, CV 0.5 -> X (on the limit). S2 0, 2: mean 1, σ 1, CV 1.0 -> Y (on the limit).
        // S3 0, 0, 3: mean 1, σ √((1 + 1 + 4) / 3) = √2, CV 1.41 -> Z. S4 sold nothing -> Z.
        List<PlanningPosition> positions = List.of(sold(1, 1, history(1, 3)), sold(2, 1, history(0, 2)),
                sold(3, 1, history(0, 0, 3)), sold(4, 1, history(0, 0)));

        assertThat(classify(positions)).containsExactly(XyzClass.X, XyzClass.Y, XyzClass.Z, XyzClass.Z);
    }

    @Test
    void warehousesAreAddedUpByDate() {
        // S1: W1 sells 2, 0, 2, 0 and W2 0, 2, 0, 2 on the same days: together 2 a day -> X although each
        // alone is CV 1 (Y).
        // S2: W1 covers the last two days (0, 2), W2 the two before them (2, 0): by date 2, 0, 0, 2, mean 1,
        // σ 1 -> Y (lined up by index instead it would read 2, 2 -> X).
        List<PlanningPosition> positions = List.of(sold(1, 1, history(2, 0, 2, 0)), sold(1, 2, history(0, 2, 0, 2)),
                sold(2, 1, history(0, 2)),
                sold(2, 2, new SalesHistory(TODAY.minusDays(4), new int[] {2, 0}, new boolean[2])));

        assertThat(classify(positions)).containsExactly(XyzClass.X, XyzClass.Y);
    }

    @Test
    void promotionDaysCountForSteadiness() {
        // 2, 2, 6, 2 with the 6 on a promotion, counted: mean 3, σ √((1 + 1 + 9 + 1) / 4) = √3, CV 0.58 -> Y.
        // (Left out, 2, 2, 2 would be X.)
        List<PlanningPosition> positions = List.of(sold(1, 1,
                PlanningFixtures.withPromotions(history(2, 2, 6, 2), 2)));

        assertThat(classify(positions)).containsExactly(XyzClass.Y);
    }

    private static PlanningPosition sold(long skuId, long warehouseId, SalesHistory sales) {
        return position(skuId, "S" + skuId, warehouseId, "W" + warehouseId).sales(sales).build();
    }

    private static XyzClass[] classify(List<PlanningPosition> positions) {
        return new XyzClassifier().classify(SkuGroups.of(positions), positions, 0.5, 1.0);
    }
}
