package io.storedesk.dashboard.kpi;

import java.time.LocalDate;

/** One day's KPIs: a point of each tile's sparkline. */
public record DayFigures(LocalDate day, KpiFigures figures) {
}
