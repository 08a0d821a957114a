package io.storedesk.aftersales.ui;

import io.storedesk.aftersales.TicketDetail;
import io.storedesk.aftersales.queue.QueueTicket;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.time.Instant;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The queue, most urgent first: time left on each ticket's next target, red when overdue. */
final class TicketQueueTable {

    private TicketQueueTable() {
    }

    static TableView<QueueTicket> create(TicketQueueViewModel model, I18n i18n) {
        TableView<QueueTicket> table = new TableView<>(model.rows());
        table.setId("aftersales-table");
        Columns c = new Columns(i18n);
        // Beside the detail the table is narrow in a 1,280-pixel window: the code, type, priority, agent and time
        // left keep a readable width; the status, subject and next target give way.
        List<TableColumn<QueueTicket, QueueTicket>> columns = List.of(
                Columns.width(c.text("aftersales.column.code", QueueTicket::code), 128, 112),
                Columns.width(c.label("aftersales.column.type", "aftersales.type.", QueueTicket::type), 84, 76),
                Columns.width(c.label("aftersales.column.status", "aftersales.status.", QueueTicket::status), 112),
                Columns.width(c.label("aftersales.column.priority", "aftersales.priority.", QueueTicket::priority),
                        64, 62),
                Columns.width(c.text("aftersales.column.subject", t -> nonNull(t.subject())), 130),
                Columns.width(c.text("aftersales.column.assignee", t -> t.assigneeName() != null ? t.assigneeName()
                        : t.assignee() == null ? i18n.get("aftersales.pane.unassigned") : t.assignee()), 84, 84),
                Columns.width(c.text("aftersales.column.next", t -> t.next() == null ? ""
                        : i18n.get("sla.target." + t.next().target().name())), 92),
                Columns.width(c.flagged("aftersales.column.left", (t, f) -> SlaText.left(i18n,
                                t.timeLeft(at(model))), QueueTicket::overdue, "breached"), 136, 128));
        table.getColumns().setAll(columns);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "aftersales");
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.showDetail(now);
            }
        });
        model.rows().addListener((ListChangeListener<QueueTicket>) change -> reselect(table,
                model.detailProperty().get()));
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.text("aftersales.pane.empty"));
        table.setPlaceholder(empty);
        return table;
    }

    private static Instant at(TicketQueueViewModel model) {
        Instant at = model.readAtProperty().get();
        return at == null ? Instant.now() : at;
    }

    private static void reselect(TableView<QueueTicket> table, TicketDetail shown) {
        if (shown == null) {
            return;
        }
        table.getItems().stream().filter(t -> t.id() == shown.ticket().id()).findFirst()
                .ifPresent(t -> table.getSelectionModel().select(t));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
