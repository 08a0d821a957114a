package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.AgentName;
import io.storedesk.aftersales.ReplyTemplate;
import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.intake.IntakeResult;
import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.aftersales.returns.CompensationKind;
import io.storedesk.aftersales.returns.ReceivedLine;
import io.storedesk.aftersales.returns.RefundQuote;
import io.storedesk.common.MessageKey;
import io.storedesk.security.Permission;
import io.storedesk.ui.BackgroundWork;
import io.storedesk.ui.Notice;
import io.storedesk.stock.Warehouse;
import io.storedesk.ui.RoleRights;
import io.storedesk.ui.TaskRunner;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What a person does to the focused ticket: move it on in its status flow (with a note), note, reply (typed or
 * from a template), give it to someone else, record the customer's rating. Each action runs in
 * the background; afterwards the queue and the detail are read again and the notice says what happened, or
 * why nothing did.
 */
public final class TicketActionsViewModel {

    private final TicketQueueViewModel queue;
    private final TicketDesk desk;
    private final TaskRunner tasks;
    private final RoleRights rights = new RoleRights();
    private final BooleanExpression canEdit = rights.allows(Permission.AFTERSALES_EDIT);
    private final BooleanExpression canReceive = rights.allows(Permission.AFTERSALES_EDIT, Permission.STOCK_ADJUST);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<ReplyTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<AgentName> agents = FXCollections.observableArrayList();
    private final ObservableList<Warehouse> warehouses = FXCollections.observableArrayList();

    public TicketActionsViewModel(TicketQueueViewModel queue, TicketDesk desk, TaskRunner tasks) {
        this.queue = queue;
        this.desk = desk;
        this.tasks = tasks;
    }

    /** Reads the reply templates in the desk's language and the people tickets can be given to. */
    public void loadChoices(String language) {
        tasks.run("task.aftersales.choices", progress -> desk.choices(language), (TicketDesk.Choices loaded) -> {
            templates.setAll(loaded.templates());
            agents.setAll(loaded.agents());
            warehouses.setAll(loaded.warehouses());
        }, error -> queue.report(Notice.problem(error)));
    }

    /** An internal note on the focused ticket's timeline (not a response to the customer). */
    public void addNote(String text) {
        onFocused(code -> act("task.aftersales.note", () -> desk.addNote(code, text, queue.user()),
                Notice.done("aftersales.pane.noted", code)));
    }

    /** A typed reply to the customer; the first reply is the ticket's first response. */
    public void reply(String text) {
        onFocused(code -> act("task.aftersales.reply", () -> desk.reply(code, text, queue.user()),
                Notice.done("aftersales.pane.replied", code)));
    }

    /** A reply from a template, filled in from the ticket. */
    public void replyWith(ReplyTemplate template) {
        onFocused(code -> act("task.aftersales.reply", () -> desk.replyWith(code, template.code(),
                template.language(), queue.user()), Notice.done("aftersales.pane.replied", code)));
    }

    /** Books a return's receipt at a warehouse: resellable units back on the shelf, damaged ones written off. */
    public void receive(long warehouseId, List<ReceivedLine> lines) {
        onFocused(code -> act("task.aftersales.receive", () -> desk.receive(code, warehouseId, lines, queue.user()),
                Notice.done("aftersales.pane.received", code,
                        lines.stream().mapToInt(ReceivedLine::quantity).sum())));
    }

    /** Computes what the focused ticket's refund would be, then hands it to the caller (to ask who approves). */
    public void quoteRefund(BiConsumer<String, RefundQuote> then) {
        onFocused(code -> tasks.run("task.aftersales.quote", progress -> desk.quote(code),
                (RefundQuote quote) -> then.accept(code, quote), error -> queue.report(Notice.problem(error))));
    }

    /** Refunds the amount on the focused ticket, approved by the given person within their role's limit. */
    public void refund(BigDecimal amount, String approver) {
        onFocused(code -> act("task.aftersales.refund", () -> desk.refund(code, amount, approver, queue.user()),
                Notice.done("aftersales.pane.refunded", code, amount)));
    }

    /** Opens a ticket by hand; the notice says its code and who got it. */
    public void open(NewTicket ticket) {
        busy.set(true);
        tasks.run("task.aftersales.open", progress -> desk.open(ticket, queue.user()), (IntakeResult result) -> {
            busy.set(false);
            queue.report(result.assignee() == null
                    ? Notice.done("aftersales.newTicket.openedUnassigned", result.ticketCode())
                    : Notice.done("aftersales.newTicket.opened", result.ticketCode(), result.assignee()));
            queue.refresh();
        }, error -> {
            busy.set(false);
            queue.report(Notice.problem(error));
        });
    }

    /** Grants goodwill on the focused ticket (a coupon or a partial refund), approved within a role's limit. */
    public void compensate(CompensationKind kind, BigDecimal amount, String approver) {
        onFocused(code -> act("task.aftersales.compensate", () -> desk.compensate(code, kind, amount, approver,
                queue.user()), Notice.done("aftersales.pane.compensated", code, amount)));
    }

    /** Opens the replacement order of an exchange (SKU code → units), which routing then ships. */
    public void shipExchange(Map<String, Integer> replacement) {
        onFocused(code -> {
            busy.set(true);
            tasks.run("task.aftersales.exchange", progress -> desk.shipExchange(code, replacement, queue.user()),
                    (String order) -> {
                        busy.set(false);
                        queue.report(Notice.done("aftersales.pane.exchanged", code, order));
                        queue.refresh();
                    }, error -> {
                        busy.set(false);
                        queue.report(Notice.problem(error));
                    });
        });
    }

    /** Gives the focused ticket to someone else. */
    public void reassign(AgentName agent) {
        onFocused(code -> act("task.aftersales.assign", () -> desk.reassign(code, agent.username(), queue.user()),
                Notice.done("aftersales.pane.reassigned", code, agent.displayName())));
    }

    /** Records the customer's rating of the finished ticket (1–5, with an optional comment). */
    public void rate(int score, String comment) {
        onFocused(code -> act("task.aftersales.rate", () -> desk.rate(code, score, comment, queue.user()),
                Notice.done("aftersales.pane.rated", code, score)));
    }

    private void onFocused(Consumer<String> action) {
        TicketDetail shown = queue.detailProperty().get();
        if (shown != null) {
            action.accept(shown.ticket().code());
        }
    }

    /** Moves the focused ticket to the status; the service refuses moves the flow does not allow. */
    public void move(TicketStatus to, String note) {
        TicketDetail shown = queue.detailProperty().get();
        if (shown == null) {
            return;
        }
        String code = shown.ticket().code();
        act("task.aftersales.move", () -> desk.changeStatus(code, to, note, queue.user()),
                Notice.done("aftersales.pane.moved", code, new MessageKey("aftersales.status." + to.name())));
    }

    private void act(String titleKey, Runnable action, Notice done) {
        busy.set(true);
        tasks.run(titleKey, (BackgroundWork<Boolean>) progress -> {
            action.run();
            return true;
        }, ok -> {
            busy.set(false);
            queue.report(done);
            queue.refresh();
        }, error -> {
            busy.set(false);
            queue.report(Notice.problem(error));
            queue.reloadDetail();
        });
    }

    public ObservableList<ReplyTemplate> templates() {
        return templates;
    }

    public ObservableList<Warehouse> warehouses() {
        return warehouses;
    }

    public ObservableList<AgentName> agents() {
        return agents;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the signed-in role may do here; the window keeps it in step (RoleRights.follow). */
    public RoleRights rights() {
        return rights;
    }

    /** Every change to a ticket. */
    public BooleanExpression canEditProperty() {
        return canEdit;
    }

    /** Checking returned goods in (a stock booking too). */
    public BooleanExpression canReceiveProperty() {
        return canReceive;
    }
}
