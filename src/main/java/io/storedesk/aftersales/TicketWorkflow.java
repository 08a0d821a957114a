package io.storedesk.aftersales;

import io.storedesk.aftersales.TicketRepository.StatusUpdate;
import io.storedesk.aftersales.sla.TicketFlow;
import io.storedesk.aftersales.sla.WorkingCalendar;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.AuditLog;
import io.storedesk.security.Permission;
import io.storedesk.store.ShopSettings;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket's status changes as the service enforces them (not only the UI): only the moves {@link TicketFlow}
 * allows; the clocks' fields follow in the same unit of work (first response when a person first acts, the
 * pause while waiting on the customer counted in the policy's business minutes, resolution, a reopen, the
 * close) and the timeline gets the change, with an optional note; the audit log gets the status before and
 * after.
 */
public final class TicketWorkflow {

    private final TicketRepository repository;
    private final Transactions transactions;
    private final ShopSettings shop;
    private final Access access;
    private final Clock clock;
    private final AuditLog audit;

    public TicketWorkflow(TicketRepository repository, Transactions transactions, ShopSettings shop, Clock clock,
                          AuditLog audit, Access access) {
        this.audit = audit;
        this.access = access;
        this.repository = repository;
        this.transactions = transactions;
        this.shop = shop;
        this.clock = clock;
    }

    /** Moves the ticket to the status; refused (nothing changed) when the flow does not allow it. */
    public void changeStatus(String code, TicketStatus to, String note, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        transactions.inTransaction(() -> {
            StatusUpdate now = repository.statusOf(code)
                    .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", code));
            TicketFlow.Transition move = TicketFlow.check(now.status(), to);
            Instant at = clock.instant();
            StatusUpdate next = apply(now, move, at);
            if (!repository.updateStatus(next, user, at)) {
                throw TicketChange.refusal(code, repository.lastChange(now.ticketId()));
            }
            repository.appendEvents(List.of(new TicketEvent(0, now.ticketId(), TicketEventKind.STATUS, now.status(),
                    to, user, note == null || note.isBlank() ? null : note.strip(), at)));
            audit.record(user, new AuditLog.Change("ticket.status", "ticket", code,
                    Map.of("status", now.status().name()), Map.of("status", to.name())));
        });
    }

    private StatusUpdate apply(StatusUpdate t, TicketFlow.Transition move, Instant at) {
        TicketStatus to = move.to();
        Instant responded = t.firstRespondedAt() == null && t.status() == TicketStatus.PENDING_REVIEW ? at
                : t.firstRespondedAt();
        Instant pausedSince = t.pausedSince();
        int pausedMinutes = t.pausedMinutes();
        if (move.pausesClock()) {
            pausedSince = at;
        } else if (move.resumesClock() && pausedSince != null) {
            WorkingCalendar calendar = repository.calendar(t.slaPolicyId(), shop.zone());
            pausedMinutes += (int) Math.min(Integer.MAX_VALUE - pausedMinutes,
                    calendar.businessMinutesBetween(pausedSince, at));
            pausedSince = null;
        }
        Instant resolved = to == TicketStatus.DONE ? at : move.countsReopen() ? null : t.resolvedAt();
        boolean ends = to == TicketStatus.CLOSED || to == TicketStatus.REJECTED || to == TicketStatus.CANCELLED;
        return new StatusUpdate(t.ticketId(), t.version(), to, responded, resolved, ends ? at : t.closedAt(),
                pausedSince, pausedMinutes, t.reopenedCount() + (move.countsReopen() ? 1 : 0), t.slaPolicyId());
    }
}
