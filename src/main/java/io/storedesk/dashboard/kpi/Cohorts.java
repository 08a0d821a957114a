package io.storedesk.dashboard.kpi;

import io.storedesk.dashboard.kpi.KpiSliceIndex.CohortCell;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cohort repurchase: of the customers who first bought in a month, who bought again k months later. */
final class Cohorts {

    private Cohorts() {
    }

    /** The cohorts of the `months` months up to the one of `last`, oldest first, each with up to `offsets` months. */
    static List<CohortRow> of(KpiSliceIndex buyers, Long channelId, LocalDate last, int months, int offsets) {
        YearMonth lastMonth = YearMonth.from(last);
        YearMonth firstMonth = lastMonth.minusMonths(months - 1L);
        Map<Integer, Map<Integer, Long>> cells = new HashMap<>();
        for (CohortCell c : buyers.cohortCells(channelId, firstMonth.atDay(1), last)) {
            cells.computeIfAbsent(c.cohortIndex(), m -> new HashMap<>()).put(c.offset(), c.customers());
        }
        List<CohortRow> rows = new ArrayList<>();
        for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
            Map<Integer, Long> row = cells.getOrDefault(index(month), Map.of());
            long size = row.getOrDefault(0, 0L);
            if (size == 0) {
                continue;
            }
            int known = (int) Math.min(offsets, (long) index(lastMonth) - index(month));
            List<BigDecimal> returning = new ArrayList<>();
            for (int k = 1; k <= known; k++) {
                returning.add(BigDecimal.valueOf(row.getOrDefault(k, 0L))
                        .divide(BigDecimal.valueOf(size), KpiFigures.RATIO_SCALE, RoundingMode.HALF_UP));
            }
            rows.add(new CohortRow(month, size, returning));
        }
        return rows;
    }

    private static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }
}
