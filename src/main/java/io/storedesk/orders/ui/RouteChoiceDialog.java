package io.storedesk.orders.ui;

import io.storedesk.orders.Carrier;
import io.storedesk.orders.routing.Site;
import io.storedesk.ui.Choices;
import io.storedesk.ui.Dialogs;
import io.storedesk.ui.I18n;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks a person which warehouse and/or carrier an order ships with; either left open is routing's to choose. */
final class RouteChoiceDialog {

    private RouteChoiceDialog() {
    }

    /** The ids chosen; null where routing chooses. */
    record Choice(Long warehouseId, Long carrierId) {
    }

    static Optional<Choice> ask(Window owner, I18n i18n, String orderNumber, ObservableList<Site> sites,
                                ObservableList<Carrier> carriers) {
        Dialog<Choice> dialog = Dialogs.localised(new Dialog<>(), i18n);
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("orders.action.chooseRoute"));
        dialog.setHeaderText(i18n.get("orders.action.chooseRouteHeader", orderNumber));
        ComboBox<Site> site = Choices.withAnyNamed("orders-route-warehouse", i18n, "orders.action.routingChooses",
                sites, s -> s.code() + " · " + s.name());
        ComboBox<Carrier> carrier = Choices.withAnyNamed("orders-route-carrier", i18n,
                "orders.action.routingChooses", carriers, c -> c.name() + " · " + c.code());
        site.setPrefWidth(280);
        carrier.setPrefWidth(280);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.get("orders.action.warehouse")), site);
        form.addRow(1, new Label(i18n.get("orders.action.carrier")), carrier);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? new Choice(
                site.getValue() == null ? null : site.getValue().id(),
                carrier.getValue() == null ? null : carrier.getValue().id()) : null);
        return dialog.showAndWait();
    }
}
