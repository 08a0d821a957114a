package io.storedesk.stock;

import static io.storedesk.stock.PlanningFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AbcClassifierTest {

    private static final BigDecimal A = new BigDecimal("0.80");
    private static final BigDecimal B = new BigDecimal("0.15");

    @Test
    void theSkuStartingExactlyAtEightyPercentIsBAndAtNinetyFiveIsC() {
        // Revenue of 100: X 50 + 30 (two warehouses, 5 and 3 units at 10) = 80, Y 3 · 5 = 15, Z 1 · 5 = 5.
        // Before X 0 % < 80 % -> A; before Y exactly 80 %, not below -> B; before Z exactly 95 % -> C.
        List<PlanningPosition> positions = List.of(sku(1, "X", 1, "10"), sku(1, "X", 2, "10"), sku(2, "Y", 1, "5"),
                sku(3, "Z", 1, "5"));

        AbcClass[] classes = classify(positions, new long[] {5, 3, 3, 1}, A, B);

        assertThat(classes).containsExactly(AbcClass.A, AbcClass.B, AbcClass.C);
    }

    @Test
    void theSkuThatCrossesTheLineIsStillA() {
        // 79, 16, 5: before the second 79 % < 80 % -> A (it crosses to 95 %); before the third 95 % -> C.
        List<PlanningPosition> positions = List.of(sku(1, "X", 1, "1"), sku(2, "Y", 1, "1"), sku(3, "Z", 1, "1"));

        assertThat(classify(positions, new long[] {79, 16, 5}, A, B))
                .containsExactly(AbcClass.A, AbcClass.A, AbcClass.C);
    }

    @Test
    void equalRevenueGoesBySkuCode() {
        // A 40 %, B 10 %: Q and P both 45 %, R 10 %. P sorts first: before it 0 -> A; before Q 45 % -> B;
        // before R 90 % -> C. Input order (Q first) does not matter.
        List<PlanningPosition> positions = List.of(sku(1, "Q", 1, "1"), sku(2, "P", 1, "1"), sku(3, "R", 1, "1"));

        assertThat(classify(positions, new long[] {45, 45, 10}, new BigDecimal("0.40"), new BigDecimal("0.10")))
                .containsExactly(AbcClass.B, AbcClass.A, AbcClass.C);
    }

    @Test
    void noRevenueIsCEvenFirst() {
        // Y sold 50 units without a price: no revenue. X has all 20 of it.
        List<PlanningPosition> positions = List.of(sku(1, "X", 1, "2"), sku(2, "Y", 1, null), sku(3, "Z", 1, "3"));

        assertThat(classify(positions, new long[] {10, 50, 0}, A, B))
                .containsExactly(AbcClass.A, AbcClass.C, AbcClass.C);
        assertThat(classify(List.of(sku(1, "X", 1, "2")), new long[] {0}, A, B)).containsExactly(AbcClass.C);
    }

    private static PlanningPosition sku(long skuId, String code, long warehouseId, String price) {
        return position(skuId, code, warehouseId, "W" + warehouseId).price(price).build();
    }

    private static AbcClass[] classify(List<PlanningPosition> positions, long[] unitsSold, BigDecimal a,
                                       BigDecimal b) {
        return AbcClassifier.classify(SkuGroups.of(positions), positions, unitsSold, a, b);
    }
}
