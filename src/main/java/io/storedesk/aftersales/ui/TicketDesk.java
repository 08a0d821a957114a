package io.storedesk.aftersales.ui;

import io.storedesk.Services;
import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.ReplyTemplate;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.intake.IntakeResult;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.aftersales.returns.CompensationKind;
import io.storedesk.aftersales.returns.ReceivedLine;
import io.storedesk.aftersales.returns.RefundQuote;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.queue.QueueFilter;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.security.PersonalDetails;
import io.storedesk.stock.Warehouse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the after-sales pane asks of the services, each call made off the window's thread by the view models;
 * tests give the view models a desk over a test store.
 */
public class TicketDesk {

    private final Services services;

    public TicketDesk(Services services) {
        this.services = services;
    }

    /** The reply templates' language code for a desk language: "zh_CN" for Chinese, else "en". */
    static String language(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? "zh_CN" : "en";
    }

    TicketQueue.Snapshot load() {
        return services.ticketQueue().load();
    }

    List<QueueTicket> filter(TicketQueue.Snapshot snapshot, QueueFilter filter) {
        return snapshot.filter(filter);
    }

    /**
     * Every ticket matching the text, finished ones too (newest due first, at most limit), as queue rows
     * without a running clock: the way to find a closed ticket again.
     */
    List<QueueTicket> searchAll(String text, int limit) {
        return services.tickets().search(text, limit).rows().stream().map(r -> new QueueTicket(r.id(), r.code(),
                r.type(), r.status(), r.priority(), r.subject(), r.orderNo(), r.customerName(), null,
                r.assigneeName(), null, r.createdAt(), null, false, false)).toList();
    }

    TicketDetail detail(long ticketId) {
        return services.ticketDetails().detail(ticketId);
    }

    /** The ticket's customer in full: refused without the personal-data right, logged when shown. */
    PersonalDetails reveal(long ticketId) {
        return services.personalData().revealTicket(ticketId);
    }

    void changeStatus(String code, TicketStatus to, String note, String user) {
        services.ticketWorkflow().changeStatus(code, to, note, user);
    }

    void addNote(String code, String text, String user) {
        services.ticketConversation().addNote(code, text, user);
    }

    void reply(String code, String text, String user) {
        services.ticketConversation().reply(code, text, user);
    }

    void replyWith(String code, String templateCode, String language, String user) {
        services.ticketConversation().reply(code, templateCode, language, user);
    }

    void rate(String code, int score, String comment, String user) {
        services.satisfaction().record(code, score, comment, user);
    }

    void reassign(String code, String username, String user) {
        services.ticketAssignment().reassign(code, username, user);
    }

    Choices choices(String language) {
        return new Choices(services.ticketConversation().templates(language), services.ticketDetails().agents(),
                services.stock().warehouses());
    }

    void receive(String code, long warehouseId, List<ReceivedLine> lines, String user) {
        services.returnReceipt().receive(code, warehouseId, lines, user);
    }

    RefundQuote quote(String code) {
        return services.refundApproval().quote(code);
    }

    void refund(String code, BigDecimal amount, String approver, String user) {
        services.refundApproval().issueRefund(code, amount, approver, user);
    }

    IntakeResult open(NewTicket ticket, String user) {
        return services.ticketIntake().create(ticket, user);
    }

    void compensate(String code, CompensationKind kind, BigDecimal amount, String approver, String user) {
        services.compensations().recordCompensation(code, kind, amount, approver, user);
    }

    String shipExchange(String code, Map<String, Integer> replacement, String user) {
        return services.exchangeShipping().shipExchange(code, replacement, user).orderNumber();
    }

    /**
     * What the detail's menus offer: reply templates in the desk's language, people to give a ticket to (and to
     * approve refunds), warehouses goods come back to.
     */
    record Choices(List<ReplyTemplate> templates, List<AgentName> agents, List<Warehouse> warehouses) {
    }
}
