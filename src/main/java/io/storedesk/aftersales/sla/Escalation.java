package io.storedesk.aftersales.sla;

import io.storedesk.aftersales.TicketPriority;
import io.storedesk.common.MessageKey;
import java.util.Map;
import java.util.Optional;

/**
 * What a breach does to a ticket: priority one step up (URGENT stays), the team lead takes it over, and a
 * notification says so. A decision only; the service applies it.
 */
public record Escalation(SlaTarget target, TicketPriority priority, String assignee, MessageKey notification) {

    /** The escalation for one newly breached target of the ticket with the given code and priority. */
    public static Escalation forBreach(String ticketCode, TicketPriority current, SlaTarget target,
                                       String teamLead) {
        TicketPriority raised = raise(current);
        return new Escalation(target, raised, teamLead, new MessageKey("sla.escalation.breached", ticketCode,
                new MessageKey(target.messageKey()), new MessageKey("aftersales.priority." + raised.name()),
                teamLead));
    }

    /**
     * The escalation owed between two computations of the same ticket's clocks, if a target became breached in
     * between (including a late answer never seen as BREACHED). When two targets breach in the same pass the
     * ticket still rises one step, named after the earlier target, so a stale recompute cannot jump it to URGENT.
     */
    public static Optional<Escalation> between(Map<SlaTarget, TargetStatus> before,
                                               Map<SlaTarget, TargetStatus> after, String ticketCode,
                                               TicketPriority current, String teamLead) {
        for (SlaTarget target : SlaTarget.values()) {
            TargetStatus now = after.get(target);
            TargetStatus was = before.get(target);
            boolean wasBreached = was != null && was.state().breached();
            if (now != null && now.state().breached() && !wasBreached) {
                return Optional.of(forBreach(ticketCode, current, target, teamLead));
            }
        }
        return Optional.empty();
    }

    /** One step up; URGENT is the top and stays. */
    public static TicketPriority raise(TicketPriority priority) {
        TicketPriority[] all = TicketPriority.values();
        return all[Math.min(priority.ordinal() + 1, all.length - 1)];
    }
}
