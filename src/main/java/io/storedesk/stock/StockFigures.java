package io.storedesk.stock;

/** How long the stock lasts and how often it turns over, the two figures a merchant reads first. */
final class StockFigures {

    private static final double DAYS_PER_YEAR = 365;

    private StockFigures() {
    }

    /** available / daily rate; POSITIVE_INFINITY without demand (nothing runs the stock down). */
    static double daysOfCover(int available, double dailyRate) {
        return dailyRate > 0 ? available / dailyRate : Double.POSITIVE_INFINITY;
    }

    /**
     * Units sold per year (the history's units scaled to 365 days) / on hand; 0 when nothing is on hand or
     * there is no history to scale.
     */
    static double turnover(long unitsSold, int historyDays, int onHand) {
        if (onHand <= 0 || historyDays <= 0) {
            return 0;
        }
        return unitsSold * DAYS_PER_YEAR / historyDays / onHand;
    }
}
