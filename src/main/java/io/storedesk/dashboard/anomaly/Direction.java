package io.storedesk.dashboard.anomaly;

/** Which side of its expected range a figure fell on. */
public enum Direction {
    DROP,
    SPIKE
}
