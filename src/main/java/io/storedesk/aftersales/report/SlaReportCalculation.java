package io.storedesk.aftersales.report;

import io.storedesk.aftersales.sla.PolicyClocks;
import io.storedesk.aftersales.report.SlaReport.Backlog;
import io.storedesk.aftersales.report.SlaReport.Reopens;
import io.storedesk.aftersales.report.SlaReport.SatisfactionSummary;
import io.storedesk.aftersales.report.SlaReport.TargetAttainment;
import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.SlaClock;
import io.storedesk.aftersales.sla.SlaState;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TargetStatus;
import io.storedesk.aftersales.sla.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SLA report's arithmetic over tickets already read: no store, no clock of its own. */
public final class SlaReportCalculation {

    private final PolicyClocks clocks;
    private final Map<Long, List<Pause>> pauses;

    /** pauses: the closed waits on the customer by ticket id, as the timeline records them. */
    public SlaReportCalculation(PolicyClocks clocks, Map<Long, List<Pause>> pauses) {
        this.clocks = clocks;
        this.pauses = pauses;
    }

    /**
     * The report for the tickets created in the window, read at now (an ended ticket's clocks at its close), and
     * the backlog: the tickets open at backlogAt, breached as their clocks stood then (or as recorded, when
     * backlogAt is now).
     */
    public SlaReport report(LocalDate from, LocalDate to, ZoneId zone, List<ReportedTicket> window,
                            List<ReportedTicket> openAtBacklog, Instant backlogAt, Instant now) {
        Map<SlaTarget, int[]> counts = new EnumMap<>(SlaTarget.class);
        for (SlaTarget target : SlaTarget.values()) {
            counts.put(target, new int[3]);
        }
        Average firstResponse = new Average();
        Average resolution = new Average();
        Average satisfaction = new Average();
        int reopened = 0;
        int resolved = 0;
        for (ReportedTicket t : window) {
            Map<SlaTarget, TargetStatus> states = states(t, now);
            for (SlaTarget target : SlaTarget.values()) {
                TargetStatus status = states.get(target);
                int[] c = counts.get(target);
                if (t.breached().contains(target) || status != null && status.state().breached()) {
                    c[0]++;
                    c[2]++;
                } else if (status != null && status.state() == SlaState.MET) {
                    c[0]++;
                    c[1]++;
                }
            }
            firstResponseTime(t).ifPresent(d -> firstResponse.add(d.toSeconds() / 60.0));
            resolutionTime(t).ifPresent(d -> resolution.add(d.toSeconds() / 60.0));
            if (t.satisfaction() != null) {
                satisfaction.add(t.satisfaction());
            }
            reopened += t.reopenedCount() > 0 ? 1 : 0;
            resolved += t.everResolved() ? 1 : 0;
        }
        Map<SlaTarget, TargetAttainment> targets = new EnumMap<>(SlaTarget.class);
        counts.forEach((target, c) -> targets.put(target, new TargetAttainment(target, c[0], c[1], c[2])));
        return new SlaReport(from, to, zone, window.size(), targets, firstResponse.value(), resolution.value(),
                backlog(openAtBacklog, backlogAt, now), new Reopens(reopened, resolved),
                new SatisfactionSummary(satisfaction.count, satisfaction.value()));
    }

    /** The ticket's clocks as they stand (an ended ticket's as they stood at its close). */
    public Map<SlaTarget, TargetStatus> states(ReportedTicket t, Instant now) {
        Optional<SlaClock> clock = clocks.clock(t.slaPolicyId());
        return clock.isEmpty() ? Map.of() : clock.get().statusAt(t.times(pausesOf(t)), t.clockEnd(now));
    }

    /** Business time from creation to the first response; the first response clock is never paused. */
    public Optional<Duration> firstResponseTime(ReportedTicket t) {
        if (t.firstRespondedAt() == null) {
            return Optional.empty();
        }
        return Optional.of(clocks.calendar(t.slaPolicyId()).businessTimeBetween(t.createdAt(), t.firstRespondedAt()));
    }

    /** Business time from creation to the resolution, less the business time spent waiting on the customer. */
    public Optional<Duration> resolutionTime(ReportedTicket t) {
        Instant end = t.effectiveResolvedAt();
        if (end == null) {
            return Optional.empty();
        }
        WorkingCalendar calendar = clocks.calendar(t.slaPolicyId());
        Duration used = calendar.businessTimeBetween(t.createdAt(), end);
        for (Pause p : pausesOf(t)) {
            Instant start = p.from().isAfter(t.createdAt()) ? p.from() : t.createdAt();
            Instant stop = p.to().isBefore(end) ? p.to() : end;
            used = used.minus(calendar.businessTimeBetween(start, stop));
        }
        return Optional.of(used.isNegative() ? Duration.ZERO : used);
    }

    private Backlog backlog(List<ReportedTicket> open, Instant at, Instant now) {
        int breached = 0;
        for (ReportedTicket t : open) {
            boolean recorded = !at.isBefore(now) && !t.breached().isEmpty();
            boolean missed = clocks.clock(t.slaPolicyId())
                    .map(c -> c.statusAt(t.timesAsOf(pausesOf(t), at), at).values().stream()
                            .anyMatch(s -> s.state().breached()))
                    .orElse(false);
            breached += recorded || missed ? 1 : 0;
        }
        return new Backlog(at, open.size(), breached);
    }

    private List<Pause> pausesOf(ReportedTicket t) {
        return pauses.getOrDefault(t.id(), List.of());
    }

    /** A running mean; null until something was added. */
    private static final class Average {
        private double sum;
        private int count;

        void add(double value) {
            sum += value;
            count++;
        }

        Double value() {
            return count == 0 ? null : sum / count;
        }
    }
}
