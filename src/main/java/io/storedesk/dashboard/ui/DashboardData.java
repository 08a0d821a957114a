package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.dashboard.customers.SegmentReport;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.CohortRow;
import io.storedesk.dashboard.kpi.KpiReport;
import io.storedesk.dashboard.kpi.RefundReason;
import io.storedesk.dashboard.kpi.TopSku;
import java.util.List;

/**
 * One read of the dashboard: the KPIs with the previous period and each day, the mix by channel and province,
 * orders by weekday and hour, the top SKUs, refund reasons, the customer segments, cohort repurchase, the open anomaly alerts,
 * and (first read only, else null) what the filters offer.
 */
record DashboardData(KpiReport report, List<BreakdownRow> channels, List<BreakdownRow> provinces,
                     List<BreakdownRow> weekdayHours, List<TopSku> topSkus, List<RefundReason> refundReasons,
                     SegmentReport segments, List<CohortRow> cohorts, List<KpiAlert> alerts,
                     FilterChoices choices) {
}
