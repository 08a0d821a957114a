package io.storedesk.aftersales.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Computes a ticket's SLA clocks on a working calendar. Waiting on the customer pauses resolution and
 * feedback but never the first response: a ticket can only wait on the customer after someone has
 * processed it, and an unanswered customer should not be parkable to stop the most visible clock.
 */
public final class SlaClock {

    private final SlaTargets targets;
    private final WorkingCalendar calendar;

    public SlaClock(SlaTargets targets, WorkingCalendar calendar) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Every clock that has started at now; feedback starts at resolution, a target the policy lacks is absent. */
    public Map<SlaTarget, TargetStatus> statusAt(TicketTimes ticket, Instant now) {
        Map<SlaTarget, TargetStatus> result = new EnumMap<>(SlaTarget.class);
        add(result, SlaTarget.FIRST_RESPONSE, ticket.createdAt(), ticket.firstRespondedAt(), List.of(), null, now);
        add(result, SlaTarget.RESOLUTION, ticket.createdAt(), ticket.resolvedAt(), ticket.pauses(),
                ticket.pausedSince(), now);
        if (ticket.resolvedAt() != null) {
            add(result, SlaTarget.FEEDBACK, ticket.resolvedAt(), ticket.feedbackAt(), ticket.pauses(),
                    ticket.pausedSince(), now);
        }
        return result;
    }

    private void add(Map<SlaTarget, TargetStatus> result, SlaTarget target, Instant start, Instant metAt,
                     List<Pause> pauses, Instant pausedSince, Instant now) {
        Integer minutes = targets.minutes(target);
        if (minutes == null) {
            return;
        }
        Instant end = metAt != null ? metAt : now;
        List<Pause> relevant = clip(pauses, pausedSince, start, end);
        Duration targetTime = Duration.ofMinutes(minutes);
        Duration used = calendar.businessTimeBetween(start, end);
        for (Pause p : relevant) {
            used = used.minus(calendar.businessTimeBetween(p.from(), p.to()));
        }
        Instant due = due(start, targetTime, relevant);
        result.put(target, new TargetStatus(target, state(metAt, now, due, used, targetTime), due, targetTime, used));
    }

    private static SlaState state(Instant metAt, Instant now, Instant due, Duration used, Duration targetTime) {
        if (metAt != null) {
            return metAt.isAfter(due) ? SlaState.MET_LATE : SlaState.MET;
        }
        if (now.isAfter(due)) {
            return SlaState.BREACHED;
        }
        // Integer arithmetic so that exactly 75 % is a warning, without floating-point doubt at the edge.
        return used.toSeconds() * 4 >= targetTime.toSeconds() * 3 ? SlaState.WARNING : SlaState.ON_TRACK;
    }

    /**
     * The instant the unpaused business time reaches the target. A pause before that instant pushes it out by
     * the pause's business time; a pause after it changes nothing, so pausing a breached ticket cannot unbreach
     * it. While a pause is open the due is projected as if the ticket resumed now.
     */
    private Instant due(Instant start, Duration targetTime, List<Pause> pauses) {
        Instant cursor = start;
        Duration remaining = targetTime;
        for (Pause p : pauses) {
            Instant candidate = calendar.plusBusinessSeconds(cursor, remaining.toSeconds());
            if (!candidate.isAfter(p.from())) {
                return candidate;
            }
            remaining = remaining.minus(calendar.businessTimeBetween(cursor, p.from()));
            cursor = p.to();
        }
        return calendar.plusBusinessSeconds(cursor, remaining.toSeconds());
    }

    // Keeps the parts of the pauses inside this clock's run; the open pause counts as ending now (or when met),
    // which is what projects the due forward while the ticket waits.
    private static List<Pause> clip(List<Pause> pauses, Instant pausedSince, Instant start, Instant end) {
        List<Pause> all = new ArrayList<>(pauses);
        if (pausedSince != null && pausedSince.isBefore(end)) {
            all.add(new Pause(pausedSince, end));
        }
        List<Pause> clipped = new ArrayList<>();
        for (Pause p : all) {
            Instant from = max(p.from(), start);
            Instant to = p.to().isBefore(end) ? p.to() : end;
            if (from.isBefore(to)) {
                clipped.add(new Pause(from, to));
            }
        }
        return clipped;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
