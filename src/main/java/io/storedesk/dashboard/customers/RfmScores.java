package io.storedesk.dashboard.customers;

/** A customer's quintile scores, each 1 (worst fifth) to 5 (best fifth); recency 5 = bought most recently. */
public record RfmScores(int recency, int frequency, int monetary) {

    public RfmScores {
        check(recency);
        check(frequency);
        check(monetary);
    }

    /** F and M combined for the segment grid: their mean, rounded half up. */
    public int frequencyAndMonetary() {
        return (frequency + monetary + 1) / 2;
    }

    private static void check(int score) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("RFM score out of 1..5: " + score);
        }
    }
}
