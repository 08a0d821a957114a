package io.storedesk.dashboard.anomaly;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the daily figures come from (RollupDailySeries: the dashboard's rollups and the store's refunds), kept apart
 * from the detector and the alerts, which do not know.
 */
public interface DailySeriesSource {

    /** The KPI's days in [from, to] (days in the shop's zone), in total and by slice. */
    KpiHistory history(Kpi kpi, LocalDate from, LocalDate to);

    /**
     * The last day (in the shop's zone) the store has heard the whole of; the days after it are not known to be
     * quiet, only unheard of. Empty: no limit.
     */
    default Optional<LocalDate> lastDayWithNews() {
        return Optional.empty();
    }
}
