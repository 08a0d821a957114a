package io.storedesk.dashboard.anomaly;

import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/** Raises alerts for daily KPIs that left their expected range, lists the open ones and acknowledges them. */
public final class KpiAlerts {

    /** How many days a scan looks back by default: a week, so a missed day is caught the next time. */
    public static final int DEFAULT_SCAN_DAYS = 7;

    private final DailySeriesSource series;
    private final KpiAlertRepository alerts;
    private final Transactions transactions;
    private final Supplier<ZoneId> zone;
    private final Clock clock;
    private final Access access;
    private final DoubleSupplier threshold;

    public KpiAlerts(DailySeriesSource series, KpiAlertRepository alerts, Transactions transactions,
            Supplier<ZoneId> zone, Clock clock, Access access) {
        this(series, alerts, transactions, zone, clock, access, () -> AnomalyDetector.DEFAULT_K);
    }

    /** threshold: how many spreads from the baseline a day must lie to alert, read at every scan (the setting). */
    public KpiAlerts(DailySeriesSource series, KpiAlertRepository alerts, Transactions transactions,
            Supplier<ZoneId> zone, Clock clock, Access access, DoubleSupplier threshold) {
        this.threshold = threshold;
        this.access = access;
        this.series = series;
        this.alerts = alerts;
        this.transactions = transactions;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * Checks every KPI on the {@code days} days ending with {@code upTo} and raises an alert for each anomaly
     * not raised before (acknowledged ones stay acknowledged); returns the new alerts. Pass a finished day:
     * today's figures are still growing and would read as a drop.
     */
    public List<KpiAlert> scan(LocalDate upTo, int days) {
        if (days < 1) {
            throw new RefusedInputException("dashboard.anomaly.refused.days", days);
        }
        LocalDate from = upTo.minusDays(days - 1L);
        AnomalyDetector detector = new AnomalyDetector(AnomalyDetector.DEFAULT_WEEKS, threshold.getAsDouble(),
                AnomalyDetector.MIN_POINTS, AnomalyDetector.FLOOR_SHARE);
        DriverAnalysis driverAnalysis = new DriverAnalysis(detector);
        List<Long> raised = new ArrayList<>();
        for (Kpi kpi : Kpi.values()) {
            KpiHistory history = series.history(kpi, from.minusDays(detector.historyDays()), upTo);
            transactions.inTransaction(() -> {
                Set<LocalDate> known = alerts.alertedDays(kpi, from, upTo);
                for (LocalDate day = from; !day.isAfter(upTo); day = day.plusDays(1)) {
                    if (known.contains(day)) {
                        continue;
                    }
                    detector.check(kpi, history.total(), day).ifPresent(anomaly -> raised.add(alerts.insert(
                            anomaly, driverAnalysis.drivers(anomaly, history.slices(), DriverAnalysis.TOP),
                            clock.instant())));
                }
            });
        }
        return raised.stream().map(id -> alerts.find(id).orElseThrow()).toList();
    }

    /**
     * Scans the last finished days in the shop's zone (yesterday and the {@code days} − 1 before it), up to the
     * last day the store has heard the whole of: the days from the last order placed or the last sync on are
     * unheard of, not days without sales (a shop that imports its orders weekly, or the demo shop a few days
     * after its last day). Alerts nobody acknowledged on those unheard days are withdrawn.
     */
    public List<KpiAlert> scanRecent(int days) {
        LocalDate yesterday = LocalDate.now(clock.withZone(zone.get())).minusDays(1);
        LocalDate upTo = series.lastDayWithNews().filter(day -> day.isBefore(yesterday)).orElse(yesterday);
        if (upTo.isBefore(yesterday)) {
            // An alert on a day after it was raised on part of that day's figures (an earlier version scanned up to
            // yesterday, as does scan with a later day): withdrawn unless somebody has acknowledged it already.
            transactions.inTransaction(() -> alerts.withdrawOpenAfter(upTo));
        }
        return scan(upTo, days);
    }

    /** Alerts nobody has acknowledged yet, the latest day first. */
    public List<KpiAlert> open() {
        return alerts.open();
    }

    public Optional<KpiAlert> find(long id) {
        return alerts.find(id);
    }

    /** Marks the alert seen by user; refused when there is no such alert or it was acknowledged already. */
    public KpiAlert acknowledge(long id, String user) {
        access.require(Permission.DASHBOARD_VIEW);
        return transactions.inTransaction(() -> {
            KpiAlert alert = alerts.find(id).orElseThrow(
                    () -> new RefusedInputException("dashboard.anomaly.refused.unknown", String.valueOf(id)));
            if (!alert.isOpen()) {
                throw new RefusedInputException("dashboard.anomaly.refused.acknowledged", String.valueOf(id),
                        alert.acknowledgedBy());
            }
            alerts.acknowledge(id, user, clock.instant());
            return alerts.find(id).orElseThrow();
        });
    }
}
