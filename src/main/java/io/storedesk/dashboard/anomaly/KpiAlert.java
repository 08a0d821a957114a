package io.storedesk.dashboard.anomaly;

import java.time.Instant;
import java.util.List;

/** A stored anomaly with its likely drivers; acknowledgedAt and acknowledgedBy are null while it is open. */
public record KpiAlert(long id, Anomaly anomaly, List<Driver> drivers, Instant raisedAt, Instant acknowledgedAt,
        String acknowledgedBy) {

    public KpiAlert {
        drivers = List.copyOf(drivers);
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }
}
