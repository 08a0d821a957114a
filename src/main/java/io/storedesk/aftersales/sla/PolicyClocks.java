package io.storedesk.aftersales.sla;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Each SLA policy's clock and calendar, built once per policy, for one pass (the sweep, the queue, a ticket's
 * detail, the report). A ticket without a policy has no clock and counts
 * time on a 24×7 calendar in the shop's zone; an unknown policy gets the default targets, as in the sweep.
 */
public final class PolicyClocks {

    private final Map<Long, SlaTargets> targets;
    private final Function<Long, WorkingCalendar> calendars;
    private final ZoneId shopZone;
    private final Map<Long, WorkingCalendar> calendarCache = new HashMap<>();
    private final Map<Long, SlaClock> clockCache = new HashMap<>();

    public PolicyClocks(Map<Long, SlaTargets> targets, Function<Long, WorkingCalendar> calendars, ZoneId shopZone) {
        this.targets = Map.copyOf(targets);
        this.calendars = calendars;
        this.shopZone = shopZone;
    }

    /** Every policy on one calendar: for tests and for shops that have only one. */
    public static PolicyClocks onOneCalendar(Map<Long, SlaTargets> targets, WorkingCalendar calendar) {
        return new PolicyClocks(targets, policy -> calendar, calendar.zone());
    }

    public WorkingCalendar calendar(Long policyId) {
        if (policyId == null) {
            return WorkingCalendar.alwaysOpen(shopZone);
        }
        return calendarCache.computeIfAbsent(policyId, calendars);
    }

    /** The policy's clock; empty for a ticket without a policy. */
    public Optional<SlaClock> clock(Long policyId) {
        if (policyId == null) {
            return Optional.empty();
        }
        return Optional.of(clockCache.computeIfAbsent(policyId, p -> new SlaClock(
                targets.getOrDefault(p, SlaTargets.defaults()), calendar(p))));
    }
}
