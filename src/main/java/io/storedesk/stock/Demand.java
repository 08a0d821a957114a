package io.storedesk.stock;

import java.time.LocalDate;

/**
 * Expected units per day of one position (recent days weigh more, promotion days left out), the standard
 * deviation of daily units, and the weekday factors (index 0 = Monday; 1.0 = an average day).
 */
public record Demand(double dailyRate, double dailyStdDev, double[] weekdayFactors) {

    public static final Demand NONE = new Demand(0, 0, new double[] {1, 1, 1, 1, 1, 1, 1});

    /**
     * Units expected over the days days from the first day on, each day at the rate times its weekday's factor;
     * a fractional last day counts its fraction. A lead time of 3 days starting on Friday sells Friday, Saturday
     * and Sunday, which for a shop that sells most at weekends is more than three average days.
     */
    public double unitsOver(LocalDate first, double days) {
        if (days <= 0 || dailyRate == 0) {
            return 0;
        }
        int weekday = first.getDayOfWeek().getValue() - 1;
        int whole = (int) Math.floor(days);
        // Whole weeks hold every weekday once: their sum needs no walking day by day.
        double weekSum = 0;
        for (double factor : weekdayFactors) {
            weekSum += factor;
        }
        double units = whole / 7 * weekSum;
        for (int d = 0; d < whole % 7; d++) {
            units += weekdayFactors[(weekday + d) % 7];
        }
        units += (days - whole) * weekdayFactors[(weekday + whole) % 7];
        return units * dailyRate;
    }
}
