package io.storedesk.stock.ui;

import io.storedesk.stock.StoredPurchaseOrder;
import io.storedesk.stock.StoredPurchaseOrderLine;
import io.storedesk.ui.Columns;
import io.storedesk.ui.DeniedHint;
import io.storedesk.ui.I18n;
import io.storedesk.ui.Notices;
import io.storedesk.ui.layout.LayoutMemory;
import io.storedesk.ui.Theme;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The open purchase orders in a window of their own: send, receive in full, cancel a draft. */
final class PurchaseOrdersWindow {

    private PurchaseOrdersWindow() {
    }

    /** names: supplier names by id, and warehouse codes by id, for the table. */
    static void open(Window owner, I18n i18n, PurchaseOrdersViewModel model, Map<Long, String> suppliers,
                     Map<Long, String> warehouses) {
        TableView<StoredPurchaseOrder> table = new TableView<>(model.open());
        table.setId("purchase-orders-table");
        Columns c = new Columns(i18n);
        table.getColumns().setAll(List.of(
                Columns.width(c.text("stock.po.column.code", StoredPurchaseOrder::code), 150),
                Columns.width(c.text("stock.po.column.supplier", po -> suppliers.getOrDefault(po.supplierId(), "")),
                        150),
                Columns.width(c.text("stock.po.column.warehouse", po -> warehouses.getOrDefault(po.warehouseId(),
                        "")), 80),
                Columns.width(c.label("stock.po.column.status", "stock.po.status.", StoredPurchaseOrder::status), 100),
                Columns.width(c.number("stock.po.column.lines", (po, f) -> f.integer(po.lines().size())), 60),
                Columns.width(c.number("stock.po.column.outstanding", (po, f) -> f.integer(po.lines().stream()
                        .mapToInt(StoredPurchaseOrderLine::outstanding).sum())), 90),
                Columns.width(c.number("stock.po.column.total", (po, f) -> f.money(po.total())), 110)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "purchase-orders");
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("stock.po.none"));
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        var selected = table.getSelectionModel().selectedItemProperty();
        Button send = button("purchase-order-send", i18n, "stock.po.action.send", model::send, selected::get);
        send.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().status() != io.storedesk.stock.PurchaseOrderStatus.DRAFT, selected)
                .or(model.canEditProperty().not()));
        DeniedHint.explain(send, model.canEditProperty(), i18n);
        Button receive = button("purchase-order-receive", i18n, "stock.po.action.receiveAll", model::receiveAll,
                selected::get);
        receive.disableProperty().bind(Bindings.createBooleanBinding(() -> selected.get() == null
                || selected.get().status() == io.storedesk.stock.PurchaseOrderStatus.DRAFT, selected)
                .or(model.canReceiveProperty().not()));
        DeniedHint.explain(receive, model.canReceiveProperty(), i18n);
        Button receivePart = button("purchase-order-receive-part", i18n, "stock.po.action.receivePart",
                po -> ReceiptDialog.ask(stage(table), i18n, po, model::skuCode)
                        .ifPresent(arrived -> model.receive(po, arrived)), selected::get);
        receivePart.disableProperty().bind(receive.disableProperty());
        Button cancel = button("purchase-order-cancel", i18n, "stock.po.action.cancel", model::cancel, selected::get);
        cancel.disableProperty().bind(send.disableProperty());
        HBox actions = new HBox(8, send, receive, receivePart, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        Node notice = Notices.bar("purchase-orders-notice", i18n, model.noticeProperty(), model::dismissNotice);
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("stock.po.hint"));
        hint.setWrapText(true);
        VBox root = new VBox(10, hint, actions, notice, table);
        root.setPadding(new Insets(12));
        root.setId("purchase-orders");

        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.text("stock.po.title"));
        Scene scene = new Scene(root, 860, 480);
        Theme.follow(scene, owner);
        stage.setScene(scene);
        model.load();
        stage.show();
    }

    private static Window stage(Node node) {
        return node.getScene() == null ? null : node.getScene().getWindow();
    }

    private static Button button(String id, I18n i18n, String key, Consumer<StoredPurchaseOrder> action,
                                 java.util.function.Supplier<StoredPurchaseOrder> selected) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.accept(selected.get()));
        return button;
    }
}
