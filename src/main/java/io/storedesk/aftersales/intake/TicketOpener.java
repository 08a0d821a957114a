package io.storedesk.aftersales.intake;

import io.storedesk.aftersales.SlaDue;
import io.storedesk.aftersales.SlaPolicy;
import io.storedesk.aftersales.Ticket;
import io.storedesk.aftersales.TicketAssignment;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketLine;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.store.ShopSettings;
import java.time.Instant;
import java.util.List;

/**
 * What every new ticket gets, however it came in: the next code of its day, PENDING_REVIEW, the SLA policy that
 * matches it with due times on the policy's calendar, an agent, and CREATED and ASSIGNED on its timeline.
 * Runs inside the caller's unit of work.
 */
final class TicketOpener {

    /** The actor of an assignment the rule made (as the demo shop's timelines write it). */
    private static final String AUTOMATIC = "system";

    private final TicketRepository tickets;
    private final IntakeRepository intake;
    private final TicketAssignment assignment;
    private final ShopSettings shop;

    TicketOpener(TicketRepository tickets, IntakeRepository intake, TicketAssignment assignment, ShopSettings shop) {
        this.tickets = tickets;
        this.intake = intake;
        this.assignment = assignment;
        this.shop = shop;
    }

    IntakeResult open(TicketDraft d, String user, Instant now) {
        String prefix = TicketCodes.prefix(d.createdAt().atZone(shop.zone()).toLocalDate());
        String code = TicketCodes.next(prefix, intake.codesStartingWith(prefix));
        SlaPolicy policy = SlaPolicy.choose(tickets.slaPolicies(), d.type(), d.priority(), d.channelId(),
                d.customerTier()).orElse(null);
        SlaDue due = policy == null ? new SlaDue(null, null, null)
                : policy.dueFrom(d.createdAt(), tickets.calendar(policy.id(), shop.zone()));
        String assignee = assignment.chooseAgent(d.type()).orElse(null);
        long id = tickets.insertTickets(List.of(new Ticket(0, code, d.type(), TicketStatus.PENDING_REVIEW,
                d.priority(), d.reasonCode(), d.channelId(), d.channelReference(), d.customerId(), d.orderId(),
                d.subject(), assignee, d.warehouseId(), policy == null ? null : policy.id(), due, d.createdAt(),
                null, null, null, null, 0, null, null, 0))).get(code);
        tickets.insertLines(d.lines().stream()
                .map(l -> new TicketLine(0, id, l.orderLineId(), l.skuId(), l.quantity(), 0, null)).toList());
        tickets.appendEvents(List.of(
                new TicketEvent(0, id, TicketEventKind.CREATED, null, TicketStatus.PENDING_REVIEW, user, null,
                        d.createdAt()),
                new TicketEvent(0, id, TicketEventKind.ASSIGNED, null, null, AUTOMATIC,
                        assignee == null ? TicketAssignment.NO_AGENT_KEY : assignee, now)));
        return new IntakeResult(code, assignee, false);
    }
}
