package io.storedesk.dashboard.ui;

import io.storedesk.Services;
import io.storedesk.dashboard.kpi.KpiQuery;

/** The dashboard pane's read as the pane makes it (DashboardDesk.load), for the benchmarks outside this package. */
public final class DashboardReads {

    private DashboardReads() {
    }

    /** Everything the pane shows for the query, without catching the rollups up first. */
    public static void wholePane(Services s, KpiQuery query) {
        new DashboardDesk(s.kpi(), s.kpiDrill(), s.kpiRollups(), s.customerSegments(), s.kpiAlerts(), s.clock(),
                s.shop()::zone, s.access(), s.segmentExport()).load(query, false, false);
    }
}
