package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The KPIs by their issue-7 names as exact decimal strings (null where a KPI has no value), in tile order. */
public final class KpiValues {

    private KpiValues() {
    }

    /** tickets and stock null leave those KPIs out (they have no previous period). */
    public static Map<String, String> of(KpiFigures f, TicketKpis tickets, StockKpis stock) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("gmv", money(f.gmv()));
        values.put("refunds", money(f.refunds()));
        values.put("net_revenue", money(f.netRevenue()));
        values.put("orders", String.valueOf(f.orders()));
        values.put("units", String.valueOf(f.units()));
        values.put("aov", text(f.aov()));
        values.put("customers", String.valueOf(f.customers()));
        values.put("new_customers", String.valueOf(f.newCustomers()));
        values.put("repurchase_rate", text(f.repurchaseRate()));
        values.put("refund_rate", text(f.refundRate()));
        values.put("gross_margin", text(f.grossMargin()));
        values.put("conversion", text(f.conversion()));
        if (tickets != null) {
            values.put("open_tickets", String.valueOf(tickets.openTickets()));
            values.put("sla_attainment", text(tickets.slaAttainment()));
            values.put("satisfaction", text(tickets.satisfaction()));
        }
        if (stock != null) {
            values.put("stock_value_start", money(stock.openingValue()));
            values.put("stock_value_end", money(stock.closingValue()));
            values.put("inventory_turnover", text(stock.turnover()));
            values.put("inventory_days", text(stock.daysOfInventory()));
            values.put("stock_outs", String.valueOf(stock.stockOuts()));
            values.put("below_safety", String.valueOf(stock.belowSafety()));
        }
        return values;
    }

    /** An amount with two decimals where that loses nothing, else every decimal it has. */
    public static String money(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() <= 2 ? amount.setScale(2).toPlainString() : stripped.toPlainString();
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
