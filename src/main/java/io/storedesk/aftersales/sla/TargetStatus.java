package io.storedesk.aftersales.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock of one ticket: when it is due (projected from now while paused), the business time used
 * against the target, and the resulting state. minutesLeft goes negative once the target is overrun.
 */
public record TargetStatus(SlaTarget target, SlaState state, Instant due, Duration targetTime, Duration used) {

    /** The share of the target used, 0.75 = three quarters; above 1 when overrun. */
    public double share() {
        return (double) used.toSeconds() / targetTime.toSeconds();
    }

    /** Business minutes left before the target (rounded down, so it is negative as soon as it is overrun). */
    public long minutesLeft() {
        return Math.floorDiv(targetTime.minus(used).toSeconds(), 60L);
    }
}
