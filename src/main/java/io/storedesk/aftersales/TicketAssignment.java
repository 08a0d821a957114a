package io.storedesk.aftersales;

import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who owns a ticket: the fairest agent with the skill when it is opened ({@link AssignmentRule}), another person
 * when someone reassigns it, and which returns and exchanges each warehouse is waiting to receive.
 */
public final class TicketAssignment {

    /** The ASSIGNED event's body when nobody could take a new ticket; the timeline shows it translated. */
    public static final String NO_AGENT_KEY = "aftersales.assign.noAgent";

    private final AssignmentRepository assignments;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    public TicketAssignment(AssignmentRepository assignments, TicketRepository tickets, Transactions transactions,
                            Clock clock, Access access) {
        this.access = access;
        this.assignments = assignments;
        this.tickets = tickets;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The agent a new ticket of the type goes to; empty when nobody on duty has the skill. */
    public Optional<String> chooseAgent(TicketType type) {
        return AssignmentRule.pick(type, assignments.agents());
    }

    /** Gives an open ticket to another active user; refused (nothing changed) otherwise. */
    public void reassign(String ticketCode, String username, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        transactions.inTransaction(() -> {
            Ticket ticket = tickets.findTicket(ticketCode)
                    .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", ticketCode));
            String to = username == null ? "" : username.strip();
            Boolean active = assignments.userActive(to)
                    .orElseThrow(() -> new RefusedInputException("aftersales.assign.unknownUser", to));
            if (!active) {
                throw new RefusedInputException("aftersales.assign.inactiveUser", to);
            }
            if (!ticket.status().isOpen()) {
                throw new RefusedInputException("aftersales.assign.ticketClosed", ticketCode,
                        new MessageKey("aftersales.status." + ticket.status().name()));
            }
            if (to.equals(ticket.assignee())) {
                throw new RefusedInputException("aftersales.assign.alreadyAssigned", ticketCode, to);
            }
            Instant at = clock.instant();
            if (!assignments.updateAssignee(ticket.id(), ticket.version(), to, user, at)) {
                throw TicketChange.refusal(ticketCode, tickets.lastChange(ticket.id()));
            }
            String from = ticket.assignee() == null ? "—" : ticket.assignee();
            tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), TicketEventKind.ASSIGNED, null, null, user,
                    from + " → " + to, at)));
        });
    }

    /** Open returns and exchanges whose goods the warehouse has not all received yet, oldest first. */
    public List<WarehouseTask> warehouseQueue(long warehouseId) {
        return assignments.warehouseQueue(warehouseId);
    }
}
