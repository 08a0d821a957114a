package io.storedesk.aftersales.report;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import io.storedesk.aftersales.sla.Pause;
import io.storedesk.aftersales.sla.SlaTarget;
import io.storedesk.aftersales.sla.TicketTimes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A ticket as the SLA report and the open-ticket list read it: its clock moments, the breaches recorded for good
 * (breached), reopens and the customer's rating (null = none).
 */
public record ReportedTicket(long id, String code, TicketType type, TicketStatus status, TicketPriority priority,
                             String assignee, Long slaPolicyId, Instant createdAt, Instant firstRespondedAt,
                             Instant resolvedAt, Instant feedbackAt, Instant closedAt, Instant pausedSince,
                             Set<SlaTarget> breached, int reopenedCount, Integer satisfaction) {

    public ReportedTicket {
        breached = breached.isEmpty() ? EnumSet.noneOf(SlaTarget.class) : EnumSet.copyOf(breached);
    }

    /** True once the ticket reached an end state (closed, rejected or cancelled): its clocks stopped there. */
    public boolean ended() {
        return closedAt != null && !status.isOpen() && status != TicketStatus.DONE;
    }

    /**
     * When the ticket was solved: its resolution, or its close when it was closed without passing DONE (the
     * workflow allows PROCESSING → CLOSED and then sets no resolution time).
     */
    public Instant effectiveResolvedAt() {
        return resolvedAt != null ? resolvedAt : status == TicketStatus.CLOSED ? closedAt : null;
    }

    /** When the customer had the outcome: as recorded, or at the latest when the ticket was closed. */
    public Instant effectiveFeedbackAt() {
        return feedbackAt != null ? feedbackAt : status == TicketStatus.CLOSED ? closedAt : null;
    }

    /** Resolved at least once: resolved now, or reopened (a reopen clears the resolution). */
    public boolean everResolved() {
        return effectiveResolvedAt() != null || reopenedCount > 0;
    }

    /** The instant the clocks are read at: the close for an ended ticket, otherwise now. */
    public Instant clockEnd(Instant now) {
        return ended() && closedAt.isBefore(now) ? closedAt : now;
    }

    /** The clock moments as they stand, with a closed ticket's close standing in for a missing resolution/feedback. */
    public TicketTimes times(List<Pause> pauses) {
        return new TicketTimes(createdAt, firstRespondedAt, effectiveResolvedAt(), effectiveFeedbackAt(), pauses,
                pausedSince);
    }

    /**
     * The clock moments as they stood at an earlier instant: what happened later is not yet known, and a pause
     * running across that instant is still open.
     */
    public TicketTimes timesAsOf(List<Pause> pauses, Instant at) {
        List<Pause> before = new ArrayList<>();
        Instant openPause = pausedSince != null && pausedSince.isBefore(at) ? pausedSince : null;
        for (Pause p : pauses) {
            if (!p.from().isBefore(at)) {
                continue;
            }
            if (p.to().isAfter(at)) {
                openPause = p.from();
            } else {
                before.add(p);
            }
        }
        return new TicketTimes(createdAt, known(firstRespondedAt, at), known(effectiveResolvedAt(), at),
                known(effectiveFeedbackAt(), at), before, openPause);
    }

    private static Instant known(Instant moment, Instant at) {
        return moment != null && !moment.isAfter(at) ? moment : null;
    }
}
