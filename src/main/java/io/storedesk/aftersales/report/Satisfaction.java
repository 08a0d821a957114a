package io.storedesk.aftersales.report;

import io.storedesk.aftersales.TicketChange;
import io.storedesk.aftersales.TicketEvent;
import io.storedesk.aftersales.TicketEventKind;
import io.storedesk.aftersales.TicketRepository;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.report.SatisfactionRepository.RatedTicket;
import io.storedesk.common.MessageKey;
import io.storedesk.common.RefusedInputException;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The customer's rating of a finished ticket (1–5 and an optional comment). A customer who rates has the outcome,
 * so the rating also meets the feedback target (resolution → customer told) if nothing recorded that earlier.
 */
public final class Satisfaction {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;
    /** The satisfaction_comment column's width. */
    public static final int COMMENT_LIMIT = 500;

    private final SatisfactionRepository repository;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    public Satisfaction(SatisfactionRepository repository, TicketRepository tickets, Transactions transactions,
                        Clock clock, Access access) {
        this.access = access;
        this.repository = repository;
        this.tickets = tickets;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Records the rating on a DONE or CLOSED ticket, with a SATISFACTION event (body: the score, then the comment);
     * a later rating replaces the earlier one on the ticket, the timeline keeps both. Refused, nothing changed,
     * for a score outside 1–5, a comment too long, an unknown or unfinished ticket, or a ticket changed meanwhile.
     */
    public void record(String ticketCode, int score, String comment, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        if (score < LOWEST || score > HIGHEST) {
            throw new RefusedInputException("aftersales.satisfaction.scoreOutOfRange", score, LOWEST, HIGHEST);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_LIMIT) {
            throw new RefusedInputException("aftersales.satisfaction.commentTooLong", COMMENT_LIMIT);
        }
        transactions.inTransaction(() -> {
            RatedTicket t = repository.find(ticketCode)
                    .orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", ticketCode));
            if (t.status() != TicketStatus.DONE && t.status() != TicketStatus.CLOSED) {
                throw new RefusedInputException("aftersales.satisfaction.notFinished", ticketCode,
                        new MessageKey("aftersales.status." + t.status().name()));
            }
            Instant at = clock.instant();
            Instant feedbackAt = t.feedbackAt() != null ? t.feedbackAt() : at;
            if (!repository.save(t, score, text, feedbackAt, user, at)) {
                throw TicketChange.refusal(ticketCode, tickets.lastChange(t.id()));
            }
            String body = text == null ? String.valueOf(score) : score + " " + text;
            tickets.appendEvents(List.of(new TicketEvent(0, t.id(), TicketEventKind.SATISFACTION, null, null, user,
                    body, at)));
        });
    }
}
