package io.storedesk.dashboard.customers;

/**
 * The standard RFM segments, read from the recency score R and the combined frequency-and-money score FM.
 *
 * <p>The grid is the widely used R × F segment map (the one behind most RFM write-ups and notebooks), with
 * F replaced by FM = (F + M) / 2 rounded half up, so that one large order counts as well as several small
 * ones; its "hibernating" corner is split so that the oldest row (R = 1) reads as Lost:
 * <pre>
 *   R \ FM   1               2                   3                   4          5
 *   5        New             Potential loyalist  Potential loyalist  Champions  Champions
 *   4        Promising       Potential loyalist  Potential loyalist  Loyal      Loyal
 *   3        About to sleep  About to sleep      Need attention      Loyal      Loyal
 *   2        Hibernating     Hibernating         At risk             At risk    Can’t lose them
 *   1        Lost            Lost                At risk             At risk    Can’t lose them
 * </pre>
 */
public enum RfmSegment implements CustomerGroup {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALIST, NEW, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK, CANT_LOSE,
    HIBERNATING, LOST;

    private static final RfmSegment[][] GRID = {
        // FM:  1                 2                   3                   4          5
        {LOST, LOST, AT_RISK, AT_RISK, CANT_LOSE},                                       // R = 1
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},                         // R = 2
        {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL, LOYAL},                  // R = 3
        {PROMISING, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, LOYAL},               // R = 4
        {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},             // R = 5
    };

    public static RfmSegment of(RfmScores scores) {
        return GRID[scores.recency() - 1][scores.frequencyAndMonetary() - 1];
    }

    @Override
    public String messageKey() {
        return "dashboard.rfm.segment." + name();
    }
}
