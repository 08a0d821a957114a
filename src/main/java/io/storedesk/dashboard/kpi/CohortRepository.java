package io.storedesk.dashboard.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** Customers by the month of their first order and the later months they bought in, from the rollups (V15). */
public final class CohortRepository {

    private final DSLContext dsl;

    public CohortRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Buyers of a cohort active in a month: monthIndex = year × 12 + month − 1, offset = months after the first. */
    public record CohortCell(int cohortIndex, int offset, long customers) {
    }

    /**
     * For cohorts whose first order is on days from..to: offset 0 = the cohort's size, offset k = its customers
     * with a sold order in the k-th month after (up to the month of `to`). A channel narrows both to its buyers
     * and orders.
     */
    public List<CohortCell> cells(Long channelId, LocalDate from, LocalDate to) {
        List<Object> binds = new ArrayList<>(List.of(from, to, to));
        String channel = "";
        if (channelId != null) {
            channel = " AND s.channel_id = ?";
            binds.add(channelId);
        }
        // EXTRACT, not H2's YEAR()/MONTH(): the same text runs on PostgreSQL (decision 0026).
        return dsl.fetch("SELECT f.m, (EXTRACT(YEAR FROM s.placed_day) * 12 + EXTRACT(MONTH FROM s.placed_day) - 1) "
                        + "- f.m AS k, COUNT(DISTINCT s.customer_id) FROM (SELECT customer_id, "
                        + "EXTRACT(YEAR FROM first_day) * 12 + EXTRACT(MONTH FROM first_day) - 1 AS m "
                        + "FROM kpi_customer_first "
                        + "WHERE first_day BETWEEN ? AND ?) f "
                        + "JOIN kpi_order_slice s ON s.customer_id = f.customer_id AND s.sold AND s.placed_day <= ?"
                        + channel + " GROUP BY f.m, k", binds.toArray())
                .map(r -> new CohortCell(r.get(0, Integer.class), r.get(1, Integer.class), r.get(2, Long.class)));
    }
}
