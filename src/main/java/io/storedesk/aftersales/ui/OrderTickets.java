package io.storedesk.aftersales.ui;

import io.storedesk.Services;
import io.storedesk.aftersales.TicketPriority;
import io.storedesk.aftersales.intake.IntakeResult;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.ui.AfterSalesHook;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Notice;
import io.storedesk.ui.TaskRunner;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * The orders pane's "After-sales ticket…": asks what the ticket is about, opens it in the background (the
 * service picks the SLA policy and the agent) and says which ticket it became, or why none did.
 */
public final class OrderTickets implements AfterSalesHook {

    private final Services services;
    private final TaskRunner tasks;
    private final I18n i18n;
    private final Runnable opened;

    /** opened runs after a ticket was opened (e.g. to read the after-sales queue again). */
    public OrderTickets(Services services, TaskRunner tasks, I18n i18n, Runnable opened) {
        this.services = services;
        this.tasks = tasks;
        this.i18n = i18n;
        this.opened = opened;
    }

    @Override
    public void openTicket(Window owner, OrderDetail order, Consumer<Notice> done) {
        NewTicketDialog.show(owner, i18n, order).ifPresent(request -> tasks.run("task.aftersales.open",
                progress -> services.ticketIntake().fromOrder(order.order().id(), request.type(), request.reason(),
                        request.subject() == null || request.subject().isBlank() ? null : request.subject().strip(),
                        request.units(), TicketPriority.NORMAL, services.userName()),
                (IntakeResult result) -> {
                    done.accept(result.assignee() == null
                            ? Notice.done("aftersales.newTicket.openedUnassigned", result.ticketCode())
                            : Notice.done("aftersales.newTicket.opened", result.ticketCode(), result.assignee()));
                    opened.run();
                }, error -> done.accept(Notice.problem(error))));
    }
}
