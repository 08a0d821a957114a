package io.storedesk.stock;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * ABC classes by share of revenue, per SKU: revenue = Σ over its warehouses of units sold in the history ×
 * unit price (a price not set counts 0). SKUs sorted by revenue, highest first (equal revenue: by SKU code);
 * a SKU is A while the revenue of the SKUs before it is below abcA of the total, B while below abcA + abcB,
 * else C. So the SKU that crosses the 80 % line is still A, and the first one starting at or past it is B.
 * A SKU without revenue is C. Sums and shares are exact (BigDecimal): a boundary that falls exactly on a
 * share is not left to floating-point luck.
 */
final class AbcClassifier {

    private AbcClassifier() {
    }

    /** The class of each group, by group number. */
    static AbcClass[] classify(SkuGroups groups, List<PlanningPosition> positions, long[] unitsSold,
                               BigDecimal abcA, BigDecimal abcB) {
        int count = groups.count();
        BigDecimal[] revenue = new BigDecimal[count];
        String[] skuCode = new String[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int g = 0; g < count; g++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int k = 0; k < groups.size(g); k++) {
                int i = groups.member(g, k);
                BigDecimal price = positions.get(i).unitPrice();
                if (price != null && unitsSold[i] != 0) {
                    sum = sum.add(price.multiply(BigDecimal.valueOf(unitsSold[i])));
                }
            }
            revenue[g] = sum;
            skuCode[g] = positions.get(groups.member(g, 0)).skuCode();
            total = total.add(sum);
        }
        Integer[] byRevenue = new Integer[count];
        Arrays.setAll(byRevenue, g -> g);
        Arrays.sort(byRevenue, Comparator.<Integer, BigDecimal>comparing(g -> revenue[g]).reversed()
                .thenComparing(g -> skuCode[g]));
        BigDecimal aLimit = abcA.multiply(total);
        BigDecimal bLimit = abcA.add(abcB).multiply(total);
        AbcClass[] classes = new AbcClass[count];
        BigDecimal before = BigDecimal.ZERO;
        for (int g : byRevenue) {
            classes[g] = revenue[g].signum() <= 0 ? AbcClass.C
                    : before.compareTo(aLimit) < 0 ? AbcClass.A
                    : before.compareTo(bLimit) < 0 ? AbcClass.B : AbcClass.C;
            before = before.add(revenue[g]);
        }
        return classes;
    }
}
