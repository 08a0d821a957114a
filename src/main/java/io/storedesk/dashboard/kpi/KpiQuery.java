package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.Period;

/** A period (compared with the one of the same length right before it) and the sales that count. */
public record KpiQuery(Period period, KpiFilter filter) {

    public KpiQuery(Period period) {
        this(period, KpiFilter.NONE);
    }
}
