package io.storedesk.aftersales;

import io.storedesk.aftersales.sla.SlaClock;
import io.storedesk.aftersales.sla.SlaTargets;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The SLA clock of each policy, read once per pass: the policies' targets and calendars (with holidays) are
 * fetched the first time a policy is asked for. A ticket whose policy is gone counts on the seeds' defaults.
 * (The SLA report's PolicyClocks does the same for a store-free calculation; the two could become one.)
 */
public final class SlaClocks {

    private final TicketRepository tickets;
    private final ZoneId zone;
    private final Map<Long, SlaTargets> targets = new HashMap<>();
    private final Map<Long, SlaClock> clocks = new HashMap<>();

    public SlaClocks(TicketRepository tickets, ZoneId zone) {
        this.tickets = tickets;
        this.zone = zone;
        // Every policy, retired ones too: a ticket keeps the targets it was opened under.
        targets.putAll(tickets.policyTargets());
    }

    public SlaClock of(Long slaPolicyId) {
        return clocks.computeIfAbsent(slaPolicyId, p -> new SlaClock(targets.getOrDefault(p, SlaTargets.defaults()),
                tickets.calendar(p, zone)));
    }
}
