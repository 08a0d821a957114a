package io.storedesk.dashboard.kpi;

import java.util.List;

/**
 * The KPIs of a query's period and of the period before it, each day of the period, the tickets' figures and
 * the stock's.
 */
public record KpiReport(KpiQuery query, KpiFigures current, KpiFigures previous, List<DayFigures> days,
                        TicketKpis tickets, StockKpis stock) {

    public KpiReport {
        days = List.copyOf(days);
    }
}
