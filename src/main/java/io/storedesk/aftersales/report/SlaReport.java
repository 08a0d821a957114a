package io.storedesk.aftersales.report;

import io.storedesk.aftersales.sla.SlaTarget;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

/**
 * The SLA report over the tickets created in [from, to) (dates in the shop's zone). Averages are business minutes
 * on each ticket's calendar with waits on the customer left out; null when there was nothing to average.
 */
public record SlaReport(LocalDate from, LocalDate to, ZoneId zone, int tickets,
                        Map<SlaTarget, TargetAttainment> targets, Double averageFirstResponseMinutes,
                        Double averageResolutionMinutes, Backlog backlog, Reopens reopens,
                        SatisfactionSummary satisfaction) {

    public SlaReport {
        targets = new EnumMap<>(targets);
    }

    public TargetAttainment target(SlaTarget target) {
        return targets.getOrDefault(target, new TargetAttainment(target, 0, 0, 0));
    }

    /**
     * One target over the window: measured = tickets whose clock for it has a verdict (met, or breached by the
     * stored flag or by the clock, a late answer included); a clock still running within its target is not yet
     * measured.
     */
    public record TargetAttainment(SlaTarget target, int measured, int met, int breached) {

        /** met / measured in percent; null when nothing was measured. */
        public Double attainmentPercent() {
            return measured == 0 ? null : 100.0 * met / measured;
        }
    }

    /** Tickets open at an instant (the window's end, or now if that is later), and how many of them breached. */
    public record Backlog(Instant at, int open, int breached) {
    }

    /** Tickets reopened at least once among the tickets resolved at least once. */
    public record Reopens(int reopened, int resolved) {

        /** reopened / resolved in percent; null when nothing was resolved. */
        public Double ratePercent() {
            return resolved == 0 ? null : 100.0 * reopened / resolved;
        }
    }

    /** The customers' ratings (1–5) in the window; average null when nobody rated. */
    public record SatisfactionSummary(int count, Double average) {
    }
}
