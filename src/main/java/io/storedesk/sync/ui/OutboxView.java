package io.storedesk.sync.ui;

import io.storedesk.sync.outbox.OutboxEntry;
import io.storedesk.sync.outbox.OutboxStatus;
import io.storedesk.ui.Columns;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Icon;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The chosen channel's outbox: the held banner (confirm or discard), the rows, retry and discard. */
final class OutboxView {

    private final OutboxViewModel model;
    private final I18n i18n;
    private final TableView<OutboxEntry> table = new TableView<>();
    private final VBox root = new VBox(8);

    OutboxView(OutboxViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        root.setId("channel-outbox");
        root.getChildren().addAll(heldBanner(), actions(), table());
    }

    private VBox heldBanner() {
        Label what = new Label();
        what.setId("channel-outbox-held-text");
        what.setWrapText(true);
        what.textProperty().bind(i18n.text("sync.ui.outbox.heldExplained", model.heldProperty()));
        Button confirm = new Button(null, Icon.CONFIRM.node());
        confirm.setId("channel-outbox-confirm-held");
        confirm.textProperty().bind(i18n.text("sync.ui.outbox.confirmHeld"));
        confirm.setOnAction(e -> model.confirmHeld());
        DeniedHint.disableUnless(confirm, model.canEditProperty(), i18n);
        Button discard = new Button(null, Icon.DELETE.node());
        discard.setId("channel-outbox-discard-held");
        discard.textProperty().bind(i18n.text("sync.ui.outbox.discardHeld"));
        DeniedHint.disableUnless(discard, model.canEditProperty(), i18n);
        discard.setOnAction(e -> {
            if (confirmed("sync.ui.outbox.discardHeldAsk", model.heldProperty().get())) {
                model.discardHeld();
            }
        });
        VBox banner = new VBox(6, what, new HBox(8, confirm, discard));
        banner.getStyleClass().add("held-banner");
        banner.visibleProperty().bind(model.heldProperty().greaterThan(0));
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private HBox actions() {
        Button retry = new Button(null, Icon.RETRY.node());
        retry.setId("channel-outbox-retry");
        retry.textProperty().bind(i18n.text("sync.ui.outbox.retry"));
        Button discard = new Button(null, Icon.DELETE.node());
        discard.setId("channel-outbox-discard");
        discard.textProperty().bind(i18n.text("sync.ui.outbox.discard"));
        var chosen = table.getSelectionModel().selectedItemProperty();
        retry.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
                || !Set.of(OutboxStatus.FAILED, OutboxStatus.PENDING).contains(chosen.get().status()), chosen)
                .or(model.canEditProperty().not()));
        discard.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null
                || !Set.of(OutboxStatus.FAILED, OutboxStatus.PENDING, OutboxStatus.HELD)
                .contains(chosen.get().status()), chosen).or(model.canEditProperty().not()));
        DeniedHint.explain(retry, model.canEditProperty(), i18n);
        DeniedHint.explain(discard, model.canEditProperty(), i18n);
        retry.setOnAction(e -> model.retry(chosen.get()));
        discard.setOnAction(e -> {
            OutboxEntry entry = chosen.get();
            if (confirmed("sync.ui.outbox.discardAsk", entry.id(), entry.aggregateId())) {
                model.discard(entry);
            }
        });
        CheckBox all = new CheckBox();
        all.setId("channel-outbox-all");
        all.textProperty().bind(i18n.text("sync.ui.outbox.showAll"));
        all.selectedProperty().bindBidirectional(model.showAllProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, retry, discard, spacer, all);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private TableView<OutboxEntry> table() {
        Columns columns = new Columns(i18n);
        table.setId("channel-outbox-table");
        table.getColumns().setAll(List.of(
                Columns.width(columns.label("sync.ui.outbox.column.kind", "sync.ui.push.", OutboxEntry::kind), 120),
                Columns.width(columns.text("sync.ui.outbox.column.what", OutboxEntry::aggregateId), 140),
                Columns.width(columns.label("sync.ui.outbox.column.status", "sync.ui.outboxStatus.",
                        OutboxEntry::status), 100),
                Columns.width(columns.number("sync.ui.outbox.column.attempts", (e, f) -> f.integer(e.attempts())), 70),
                Columns.width(columns.text("sync.ui.outbox.column.nextAttempt", (e, f) ->
                        e.status() == OutboxStatus.PENDING ? f.dateTime(e.nextAttemptAt()) : ""), 130),
                columns.text("sync.ui.outbox.column.lastError", e -> e.lastError() == null ? "" : e.lastError())));
        table.setItems(model.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.text("sync.ui.outbox.empty"));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private boolean confirmed(String questionKey, Object... arguments) {
        Alert ask = Dialogs.localised(new Alert(Alert.AlertType.CONFIRMATION, i18n.get(questionKey, arguments),
                ButtonType.OK, ButtonType.CANCEL), i18n);
        ask.initOwner(root.getScene().getWindow());
        ask.setHeaderText(null);
        ask.setTitle(i18n.get("sync.ui.outbox.confirmTitle"));
        return ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    Node node() {
        return root;
    }
}
