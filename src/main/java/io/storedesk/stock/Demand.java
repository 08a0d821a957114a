package io.storedesk.stock;

/**
 * Expected units per day of one position (recent days weigh more, promotion days left out), the standard
 * deviation of daily units, and the weekday factors (index 0 = Monday; 1.0 = an average day).
 */
public record Demand(double dailyRate, double dailyStdDev, double[] weekdayFactors) {

    public static final Demand NONE = new Demand(0, 0, new double[] {1, 1, 1, 1, 1, 1, 1});
}
