package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;

/**
 * After-sales figures for the period, from the SLA report over tickets created in it: open tickets at the
 * period's end (or now), resolution SLA attainment (met / measured, scale 4, null when none measured),
 * average satisfaction (1–5, scale 2, null without ratings).
 */
public record TicketKpis(int openTickets, BigDecimal slaAttainment, BigDecimal satisfaction) {
}
