package io.storedesk.dashboard.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Customers whose first order with a sold line fell in one month, and for each following month (index 0 =
 * the month after) the share of them who bought again in that month (scale 4); months after the report's last
 * month are left out, so later cohorts have shorter rows.
 */
public record CohortRow(YearMonth cohort, long customers, List<BigDecimal> returning) {

    public CohortRow {
        returning = List.copyOf(returning);
    }
}
