package io.storedesk.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Relative change of a figure against the previous period; empty when the previous figure is zero. */
public final class Change {

    private Change() {
    }

    public static Optional<BigDecimal> relative(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(current.subtract(previous).divide(previous.abs(), 4, RoundingMode.HALF_UP));
    }
}
