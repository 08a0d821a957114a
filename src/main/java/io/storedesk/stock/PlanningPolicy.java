package io.storedesk.stock;

import java.math.BigDecimal;

/**
 * The shop's planning thresholds (settings the user can change). Shares are fractions (0.80 = 80 %);
 * xyzX/xyzY are coefficient-of-variation limits of daily demand for classes X and Y.
 */
public record PlanningPolicy(int historyDays, double halfLifeDays, int targetCoverDays, int overstockCoverDays,
                             int slowMovingDays, int nearExpiryDays, int defaultLeadTimeDays,
                             BigDecimal defaultServiceLevel, BigDecimal abcA, BigDecimal abcB,
                             double xyzX, double xyzY) {

    public static final PlanningPolicy DEFAULT = new PlanningPolicy(90, 14, 30, 120, 60, 30, 7,
            new BigDecimal("0.95"), new BigDecimal("0.80"), new BigDecimal("0.15"), 0.5, 1.0);
}
