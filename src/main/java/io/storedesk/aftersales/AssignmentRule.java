package io.storedesk.aftersales;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who gets a new ticket: among the active, on-duty agents with the skill for its type, the one with the fewest
 * open tickets; between equals, the one assigned least recently (then by username), so equal agents take turns.
 */
public final class AssignmentRule {

    private static final Comparator<AgentLoad> FAIREST = Comparator.comparingInt(AgentLoad::openTickets)
            .thenComparingLong(AgentLoad::lastAssignedTurn)
            .thenComparing(AgentLoad::username);

    private AssignmentRule() {
    }

    /** The agent's username; empty when nobody on duty has the skill. */
    public static Optional<String> pick(TicketType type, List<AgentLoad> agents) {
        return agents.stream().filter(a -> a.canTake(type)).min(FAIREST).map(AgentLoad::username);
    }
}
