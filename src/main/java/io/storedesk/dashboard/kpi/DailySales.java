package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A day's sales of one channel (kpi_sales): whole, or of one warehouse or one category of it (part: its name, null
 * for sales without one). Orders count once in each row any of their sold lines falls in.
 */
public record DailySales(Split split, LocalDate day, String channel, String part, long orders, BigDecimal gmv) {

    /** What a row is a part of the channel's day by. */
    public enum Split {
        NONE, WAREHOUSE, CATEGORY
    }
}
