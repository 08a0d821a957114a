package io.storedesk.dashboard;

import java.util.List;

/** A period's headline figures, the previous period's for comparison, and the figures by day and channel. */
public record DashboardOverview(Period period, KpiSummary current, KpiSummary previous, List<DailySales> days) {

    public DashboardOverview {
        days = List.copyOf(days);
    }
}
