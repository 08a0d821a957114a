package io.storedesk.dashboard.customers;

/**
 * The seeds' four tiers (战略/潜力/成长/沉睡). Value is high when the monetary score is 3 or more (the top
 * three quintiles, i.e. at or above roughly the 40th percentile of spend), activity is high when the recency
 * score is 3 or more (bought more recently than roughly 40 % of customers). Recency rather than frequency
 * measures activity because in most shops most buyers order once, which would leave F without contrast.
 */
public enum CustomerTier implements CustomerGroup {
    /** High value, high activity. */
    STRATEGIC,
    /** High value, low activity: worth winning back. */
    POTENTIAL,
    /** Low value, high activity: worth growing. */
    GROWTH,
    /** Low value, low activity. */
    DORMANT;

    static final int HIGH_FROM = 3;

    public static CustomerTier of(RfmScores scores) {
        boolean highValue = scores.monetary() >= HIGH_FROM;
        boolean active = scores.recency() >= HIGH_FROM;
        if (highValue) {
            return active ? STRATEGIC : POTENTIAL;
        }
        return active ? GROWTH : DORMANT;
    }

    @Override
    public String messageKey() {
        return "dashboard.rfm.tier." + name();
    }
}
