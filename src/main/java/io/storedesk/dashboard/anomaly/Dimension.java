package io.storedesk.dashboard.anomaly;

/** The ways a KPI is broken down to find what moved it. */
public enum Dimension {
    CHANNEL,
    CATEGORY,
    WAREHOUSE
}
