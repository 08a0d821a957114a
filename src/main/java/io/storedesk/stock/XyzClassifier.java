package io.storedesk.stock;

import java.util.Arrays;
import java.util.List;

/**
 * XYZ classes by steadiness of demand, per SKU: the daily units of all its warehouses added up by date, over
 * every day any of their histories covers (promotion days included: this is how the SKU really sells), and
 * their coefficient of variation CV = σ / mean (population σ). CV ≤ xyzX is X, ≤ xyzY is Y, else Z; a SKU
 * that sold nothing is Z.
 */
final class XyzClassifier {

    /** Reused per SKU: the summed daily units of the group being classified. */
    private long[] daily = new long[0];

    /** The class of each group, by group number. */
    XyzClass[] classify(SkuGroups groups, List<PlanningPosition> positions, double xyzX, double xyzY) {
        XyzClass[] classes = new XyzClass[groups.count()];
        for (int g = 0; g < classes.length; g++) {
            classes[g] = of(coefficientOfVariation(groups, g, positions), xyzX, xyzY);
        }
        return classes;
    }

    static XyzClass of(double coefficientOfVariation, double xyzX, double xyzY) {
        if (Double.isNaN(coefficientOfVariation)) {
            return XyzClass.Z;
        }
        return coefficientOfVariation <= xyzX ? XyzClass.X : coefficientOfVariation <= xyzY ? XyzClass.Y : XyzClass.Z;
    }

    /** NaN when the SKU sold nothing. */
    private double coefficientOfVariation(SkuGroups groups, int g, List<PlanningPosition> positions) {
        long first = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (int k = 0; k < groups.size(g); k++) {
            SalesHistory sales = positions.get(groups.member(g, k)).sales();
            first = Math.min(first, sales.firstDay().toEpochDay());
            end = Math.max(end, sales.firstDay().toEpochDay() + sales.days());
        }
        int days = (int) (end - first);
        if (days <= 0) {
            return Double.NaN;
        }
        if (daily.length < days) {
            daily = new long[days];
        }
        Arrays.fill(daily, 0, days, 0);
        long total = 0;
        for (int k = 0; k < groups.size(g); k++) {
            SalesHistory sales = positions.get(groups.member(g, k)).sales();
            int offset = (int) (sales.firstDay().toEpochDay() - first);
            int[] units = sales.units();
            for (int i = 0; i < units.length; i++) {
                daily[offset + i] += units[i];
                total += units[i];
            }
        }
        if (total <= 0) {
            return Double.NaN;
        }
        double mean = (double) total / days;
        double squares = 0;
        for (int d = 0; d < days; d++) {
            double deviation = daily[d] - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / days) / mean;
    }
}
