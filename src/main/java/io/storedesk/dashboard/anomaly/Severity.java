package io.storedesk.dashboard.anomaly;

/** How far outside the range: CRITICAL beyond twice the alert threshold, WARNING otherwise. */
public enum Severity {
    WARNING,
    CRITICAL
}
