package io.storedesk.dashboard;

import java.time.LocalDate;

/** One day's figures for one channel. */
public record DailySales(LocalDate day, String channel, KpiSummary figures) {
}
