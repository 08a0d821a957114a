package io.storedesk.stock;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Daily demand of one position from its sales history. Promotion days are left out (a promotion's spike is
 * not what the shelf sells on an ordinary day), and so are days on or after the planning day, which are not
 * over yet. On the days that remain:
 * <ul>
 * <li>rate = Σ w·x / Σ w with w = 0.5^(age / halfLife), age 0 = the day before planning, so a sale
 * halfLife days ago counts half as much as yesterday's;</li>
 * <li>σ = √(Σ w·(x − rate)² / Σ w), the weighted population standard deviation around that rate;</li>
 * <li>weekday factor = plain mean of the weekday's days / plain mean of all days (1.0 for a weekday that has
 * no days, and all 1.0 when nothing sold).</li>
 * </ul>
 * A half-life of 0 or less means no decay (every day weighs 1). One estimator serves one planning run on
 * one thread: it reuses its weekday counters.
 */
final class DemandEstimator {

    private final long lastDay;
    private final double halfLifeDays;
    /** 0.5^(age / halfLife) by age, for the ages a normal history has; older days compute theirs. */
    private final double[] weightByAge;
    private final long[] weekdayUnits = new long[7];
    private final int[] weekdayDays = new int[7];

    DemandEstimator(LocalDate today, double halfLifeDays, int historyDays) {
        this.lastDay = today.toEpochDay() - 1;
        this.halfLifeDays = halfLifeDays;
        this.weightByAge = new double[Math.max(historyDays, 1) + 1];
        for (int age = 0; age < weightByAge.length; age++) {
            weightByAge[age] = computeWeight(age);
        }
    }

    Demand estimate(SalesHistory sales) {
        int[] units = sales.units();
        boolean[] promotion = sales.promotion();
        long firstDay = sales.firstDay().toEpochDay();
        int end = (int) Math.max(0, Math.min(units.length, lastDay - firstDay + 1));
        Arrays.fill(weekdayUnits, 0);
        Arrays.fill(weekdayDays, 0);
        // Epoch day 0 (1970-01-01) was a Thursday, index 3 when Monday is 0.
        int weekday = (int) Math.floorMod(firstDay + 3, 7L);
        double weightSum = 0;
        double weightedUnits = 0;
        long unitSum = 0;
        int days = 0;
        for (int i = 0; i < end; i++, weekday = weekday == 6 ? 0 : weekday + 1) {
            if (promotion[i]) {
                continue;
            }
            double w = weight(lastDay - firstDay - i);
            weightSum += w;
            weightedUnits += w * units[i];
            unitSum += units[i];
            days++;
            weekdayUnits[weekday] += units[i];
            weekdayDays[weekday]++;
        }
        if (unitSum <= 0) {
            return Demand.NONE;
        }
        double rate = weightedUnits / weightSum;
        // Second pass around the rate: a constant series gets σ = 0 exactly, not a rounding residue that a
        // rounded-up safety stock would turn into a whole unit.
        double weightedSquares = 0;
        for (int i = 0; i < end; i++) {
            if (!promotion[i]) {
                double deviation = units[i] - rate;
                weightedSquares += weight(lastDay - firstDay - i) * deviation * deviation;
            }
        }
        double mean = (double) unitSum / days;
        double[] factors = new double[7];
        for (int d = 0; d < 7; d++) {
            factors[d] = weekdayDays[d] == 0 ? 1.0 : (double) weekdayUnits[d] / weekdayDays[d] / mean;
        }
        return new Demand(rate, Math.sqrt(weightedSquares / weightSum), factors);
    }

    /** Units sold over the whole history, promotion days included (what turnover and revenue count). */
    static long unitsSold(SalesHistory sales) {
        long sum = 0;
        for (int u : sales.units()) {
            sum += u;
        }
        return sum;
    }

    private double weight(long age) {
        return age < weightByAge.length ? weightByAge[(int) age] : computeWeight(age);
    }

    private double computeWeight(long age) {
        return halfLifeDays > 0 ? Math.pow(0.5, age / halfLifeDays) : 1.0;
    }
}
