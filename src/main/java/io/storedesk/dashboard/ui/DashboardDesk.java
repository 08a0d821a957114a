package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.Period;
import io.storedesk.dashboard.anomaly.KpiAlert;
import io.storedesk.dashboard.anomaly.KpiAlerts;
import io.storedesk.dashboard.customers.CustomerGroup;
import io.storedesk.dashboard.customers.CustomerSegments;
import io.storedesk.dashboard.customers.SegmentExport;
import io.storedesk.dashboard.kpi.BreakdownRow;
import io.storedesk.dashboard.kpi.Dimension;
import io.storedesk.dashboard.kpi.KpiQuery;
import io.storedesk.dashboard.kpi.KpiRollups;
import io.storedesk.dashboard.kpi.KpiDrill;
import io.storedesk.dashboard.kpi.KpiService;
import io.storedesk.dashboard.kpi.OrderBehind;
import io.storedesk.dashboard.kpi.RefundBehind;
import io.storedesk.dashboard.kpi.SkuBehind;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** What the dashboard asks of the services, each call made off the window's thread by the view model. */
public class DashboardDesk {

    /** The filters offer the channels, warehouses, categories and provinces that sold in this many days before today. */
    private static final int CHOICE_DAYS = 365;

    private final KpiService kpis;
    private final KpiDrill drill;
    private final KpiRollups rollups;
    private final CustomerSegments segments;
    private final KpiAlerts alerts;
    private final Clock clock;
    private final Supplier<ZoneId> zone;
    private final Access access;
    private final SegmentExport export;

    public DashboardDesk(KpiService kpis, KpiDrill drill, KpiRollups rollups, CustomerSegments segments,
                         KpiAlerts alerts, Clock clock, Supplier<ZoneId> zone, Access access,
                         SegmentExport export) {
        this.kpis = kpis;
        this.drill = drill;
        this.rollups = rollups;
        this.segments = segments;
        this.alerts = alerts;
        this.clock = clock;
        this.zone = zone;
        this.access = access;
        this.export = export;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone.get()));
    }

    /**
     * Everything the pane shows for the query, read in one go, with the customer segments as of the period's
     * last day and the open alerts. fresh first brings the rollups up to date with the orders written since they
     * were last rolled up (imports, sync, refunds: see KpiRollups.catchUp) and checks the last week's daily KPIs
     * for anomalies; the pane's first read and the refresh button ask for it.
     */
    DashboardData load(KpiQuery query, boolean withChoices, boolean fresh) {
        if (fresh) {
            rollups.catchUp();
            alerts.scanRecent(KpiAlerts.DEFAULT_SCAN_DAYS);
        }
        FilterChoices choices = withChoices ? choices() : null;
        return new DashboardData(kpis.report(query), kpis.breakdown(query, Dimension.CHANNEL),
                kpis.breakdown(query, Dimension.PROVINCE), kpis.breakdown(query, Dimension.WEEKDAY_HOUR),
                kpis.topSkus(query, 10), kpis.refundReasons(query), segments.report(query.period().last()),
                kpis.cohorts(query), alerts.open(), choices);
    }

    private FilterChoices choices() {
        KpiQuery lastYear = new KpiQuery(Period.lastDays(today(), CHOICE_DAYS));
        return new FilterChoices(kpis.breakdown(lastYear, Dimension.CHANNEL),
                named(kpis.breakdown(lastYear, Dimension.WAREHOUSE)), named(kpis.breakdown(lastYear, Dimension.CATEGORY)),
                named(kpis.breakdown(lastYear, Dimension.PROVINCE)));
    }

    /** Sales without a warehouse, category or province cannot be chosen as one. */
    private static List<BreakdownRow> named(List<BreakdownRow> rows) {
        return rows.stream().filter(r -> r.key() != null && !r.key().isBlank()).toList();
    }

    /** The rows behind a tile of the query's report. */
    TileRows behind(String titleKey, TileRows.Kind kind, KpiQuery query) {
        List<OrderBehind> orders = kind == TileRows.Kind.ORDERS ? drill.orders(query) : List.of();
        List<RefundBehind> refunds = kind == TileRows.Kind.REFUNDS ? drill.refunds(query) : List.of();
        List<SkuBehind> skus = switch (kind) {
            case STOCK_OUTS -> drill.stockOuts(query);
            case BELOW_SAFETY -> drill.belowSafety(query);
            default -> List.of();
        };
        return new TileRows(titleKey, kind, orders, refunds, skus);
    }

    /**
     * Writes the group's customers as of the day to the file; names, phones and e-mails are masked unless the
     * signed-in role may see personal data (then the export is logged as an access to it). Returns how many were
     * written.
     */
    int exportGroup(Path file, LocalDate asOf, CustomerGroup group, Locale locale) {
        return export.export(file, asOf, group, locale,
                access.allows(Permission.PERSONAL_DATA_VIEW));
    }

    void acknowledge(long alertId, String user) {
        alerts.acknowledge(alertId, user);
    }

    List<KpiAlert> openAlerts() {
        return alerts.open();
    }
}
