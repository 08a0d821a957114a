package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketRow;
import io.storedesk.aftersales.TicketService;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.SearchableTableModel;
import io.storedesk.ui.TablePane;
import io.storedesk.ui.TaskRunner;
import java.time.Clock;
import java.util.List;

/** The after-sales pane: open tickets by resolution due time, then the closed ones. */
public final class TicketsView {

    private TicketsView() {
    }

    public static TablePane<TicketRow> create(TicketService tickets, TaskRunner tasks, I18n i18n, Clock clock) {
        SearchableTableModel<TicketRow> model = new SearchableTableModel<>(tasks, tickets::search);
        Columns c = new Columns(i18n);
        return new TablePane<>("aftersales", i18n, "nav.aftersales", "aftersales.search", model, List.of(
                Columns.width(c.text("aftersales.column.code", TicketRow::code), 135),
                Columns.width(c.label("aftersales.column.type", "aftersales.type.", TicketRow::type), 100),
                Columns.width(c.label("aftersales.column.status", "aftersales.status.", TicketRow::status), 150),
                Columns.width(c.label("aftersales.column.priority", "aftersales.priority.", TicketRow::priority), 80),
                Columns.width(c.text("aftersales.column.subject", TicketRow::subject), 240),
                Columns.width(c.text("aftersales.column.order", TicketRow::orderNo), 160),
                Columns.width(c.text("aftersales.column.assignee", TicketRow::assigneeName), 90),
                Columns.width(c.text("aftersales.column.created", (row, f) -> f.dateTime(row.createdAt())), 130),
                Columns.width(c.flagged("aftersales.column.due", (row, f) -> f.dateTime(row.resolutionDue()),
                        row -> row.resolutionBreached(clock.instant()), "breached"), 150)));
    }
}
