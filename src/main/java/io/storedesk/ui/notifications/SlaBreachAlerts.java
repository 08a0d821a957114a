package io.storedesk.ui.notifications;

import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.aftersales.queue.TicketQueue;
import io.storedesk.security.Permission;
import io.storedesk.ui.PaneId;
import java.util.List;
import java.util.concurrent.Callable;

/** Tickets overdue on a target that still runs: one alert per ticket and target (first response, resolution…). */
public final class SlaBreachAlerts implements AlertSource {

    private final Callable<TicketQueue.Snapshot> queue;

    /** queue: the work queue with its clocks read now (TicketQueue.load). */
    public SlaBreachAlerts(Callable<TicketQueue.Snapshot> queue) {
        this.queue = queue;
    }

    @Override
    public Permission permission() {
        return Permission.AFTERSALES_VIEW;
    }

    @Override
    public List<DeskAlert> current() throws Exception {
        return queue.call().tickets().stream().filter(QueueTicket::overdue).map(SlaBreachAlerts::alert).toList();
    }

    static DeskAlert alert(QueueTicket ticket) {
        String target = ticket.next().target().name();
        return new DeskAlert(PaneId.AFTERSALES, "sla:" + ticket.id() + ":" + target, ticket.code(),
                "notifications.sla." + target, List.of(ticket.code(), ticket.subject() == null ? "" : ticket.subject()));
    }
}
