package io.storedesk.dashboard.anomaly;

import java.util.Map;

/** A KPI's daily series in total and broken down by channel, category and warehouse (slice name → series). */
public record KpiHistory(DailySeries total, Map<Dimension, Map<String, DailySeries>> slices) {

    public KpiHistory {
        slices = Map.copyOf(slices);
    }
}
