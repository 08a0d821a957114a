package io.storedesk.aftersales;

import java.util.Set;

/**
 * An agent as assignment sees them: whether they can take tickets, which types, how many open tickets they hold
 * and when they last got one (lastAssignedTurn: a number that grows with every assignment; 0 = never).
 */
public record AgentLoad(String username, boolean active, boolean onDuty, Set<TicketType> skills, int openTickets,
                        long lastAssignedTurn) {

    public AgentLoad {
        skills = Set.copyOf(skills);
    }

    public boolean canTake(TicketType type) {
        return active && onDuty && skills.contains(type);
    }
}
