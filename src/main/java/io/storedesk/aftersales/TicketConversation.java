package io.storedesk.aftersales;

import io.storedesk.common.RefusedInputException;
import io.storedesk.common.TextInput;
import io.storedesk.security.Access;
import io.storedesk.security.Permission;
import io.storedesk.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What is said on a ticket: internal notes (the customer never sees them; they do not count as a response) and
 * replies to the customer, typed or from a template. The first reply is the ticket's first response.
 */
public final class TicketConversation {

    private static final int BODY_MAX = 4000;

    private final ConversationRepository conversation;
    private final TicketRepository tickets;
    private final Transactions transactions;
    private final Access access;
    private final Clock clock;

    public TicketConversation(ConversationRepository conversation, TicketRepository tickets,
                              Transactions transactions, Clock clock, Access access) {
        this.access = access;
        this.conversation = conversation;
        this.tickets = tickets;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The templates in a language ("en", "zh_CN"), by code, for the reply picker. */
    public List<ReplyTemplate> templates(String language) {
        return conversation.templates(language);
    }

    public void addNote(String ticketCode, String text, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        transactions.inTransaction(() -> {
            Ticket ticket = ticket(ticketCode);
            append(ticket, TicketEventKind.NOTE, text(text, "aftersales.reply.noteEmpty"), user);
        });
    }

    /** Sends the template in the language with the ticket's code, order number and return address filled in. */
    public String reply(String ticketCode, String templateCode, String language, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(ticketCode);
            ReplyTemplate template = conversation.template(templateCode, language)
                    .orElseThrow(() -> new RefusedInputException("aftersales.reply.unknownTemplate", templateCode,
                            language));
            ConversationRepository.Placeholders p = conversation.placeholders(ticket.id());
            return send(ticket, template.render(ticket.code(), p.orderNumber(), p.returnAddress()), user);
        });
    }

    /** Sends a typed reply. */
    public String reply(String ticketCode, String freeText, String user) {
        access.require(Permission.AFTERSALES_EDIT);
        return transactions.inTransaction(() -> {
            Ticket ticket = ticket(ticketCode);
            return send(ticket, text(freeText, "aftersales.reply.empty"), user);
        });
    }

    private String send(Ticket ticket, String body, String user) {
        if (!ticket.status().isOpen() && ticket.status() != TicketStatus.DONE) {
            throw new RefusedInputException("aftersales.reply.ticketEnded", ticket.code());
        }
        if (ticket.firstRespondedAt() == null) {
            conversation.markFirstResponse(ticket.id(), clock.instant(), user);
        }
        append(ticket, TicketEventKind.REPLY, body, user);
        return body;
    }

    private void append(Ticket ticket, TicketEventKind kind, String body, String user) {
        Instant at = clock.instant();
        tickets.appendEvents(List.of(new TicketEvent(0, ticket.id(), kind, null, null, user, body, at)));
    }

    private Ticket ticket(String code) {
        return tickets.findTicket(code).orElseThrow(() -> new RefusedInputException("aftersales.error.unknown", code));
    }

    private static String text(String text, String emptyKey) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new RefusedInputException(emptyKey);
        }
        if (t.length() > BODY_MAX) {
            throw new RefusedInputException("aftersales.reply.tooLong", BODY_MAX);
        }
        return TextInput.checked(t, "input.field.ticketText", BODY_MAX);
    }
}
