package io.storedesk.dashboard.anomaly;

/** What a day's figure was expected to be: the baseline, the robust spread and the range baseline ± k × spread. */
public record Expectation(double baseline, double spread, double low, double high) {

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
